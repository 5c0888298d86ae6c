#!/usr/bin/env bash
# Benchmark 2: time from launching `agentry init` in a terminal (a pseudo-terminal) to the first prompt being drawn.
source "$(dirname "$(readlink -f "$0")")/lib.sh"
machine
mkdir -p "$scratch/target"
python3 - "$agentry" "$scratch/target" "${RUNS:-15}" <<'PY'
import os, pty, select, statistics, sys, time, signal
agentry, target, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
times = []
env = dict(os.environ, TERM=os.environ.get("BENCH_TERM", "xterm-256color"))
for i in range(runs + 2):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(agentry, [agentry, "init", "--target", target], env)
    seen = b""
    while b"Project name" not in seen:
        ready, _, _ = select.select([fd], [], [], 30)
        if not ready:
            sys.exit("no prompt within 30 s")
        try:
            seen += os.read(fd, 4096)
        except OSError:
            sys.exit("agentry exited before the prompt: " + seen.decode(errors="replace"))
    elapsed = time.monotonic() - start
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(fd)
    if i >= 2:  # the first two runs warm the file cache
        times.append(elapsed)
print(f"init to first prompt: median {statistics.median(times)*1000:.0f} ms, min {min(times)*1000:.0f} ms, "
      f"max {max(times)*1000:.0f} ms over {len(times)} runs")
PY
