#!/usr/bin/env bash
# Benchmark 5: peak resident memory of a single `generate` of a full team (median of several runs).
source "$(dirname "$(readlink -f "$0")")/lib.sh"
machine
python3 - "$agentry" "$scratch" "${RUNS:-7}" <<'PY'
import os, resource, shutil, statistics, subprocess, sys
agentry, scratch, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
peaks = []
for i in range(runs):
    target = os.path.join(scratch, f"m{i}")
    os.makedirs(target)
    pid = os.fork()
    if pid == 0:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            os.execv(agentry, [agentry, "generate", "--target", target, "--project-type", "web-app",
                               "--deployment", "aws", "--stack", "java-spring-boot"])
    _, status, usage = os.wait4(pid, 0)
    peaks.append(usage.ru_maxrss / 1024)
print(f"peak resident memory of generate: median {statistics.median(peaks):.0f} MB (min {min(peaks):.0f}, max {max(peaks):.0f}) over {runs} runs")
PY
