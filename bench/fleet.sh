#!/usr/bin/env bash
# Benchmark 4: fleet mode. `check` over N generated targets in one process, and an `update` that changes every
# target (a new deployment), with the targets per second each achieves (whole process, JVM start included).
source "$(dirname "$(readlink -f "$0")")/lib.sh"
machine
n="${TARGETS:-1000}"
list="$scratch/targets.txt"
for i in $(seq 1 "$n"); do mkdir -p "$scratch/t/$i"; echo "$scratch/t/$i"; done > "$list"
"$agentry" generate --targets-from "$list" --project-type backend-api --deployment aws --stack python-fastapi | tail -n 1
rate() { python3 -c "import sys; n,s=int(sys.argv[1]),float(sys.argv[2]); print(f'{n} targets in {s:.2f} s: {n/s:.0f} targets/s')" "$@"; }
for round in 1 2 3; do
  start=$(date +%s.%N); "$agentry" check --targets-from "$list" >/dev/null; end=$(date +%s.%N)
  echo -n "check, round $round: "; rate "$n" "$(echo "$end - $start" | bc)"
done
for deployment in gcp aws kubernetes; do
  start=$(date +%s.%N); "$agentry" update --targets-from "$list" --deployment "$deployment" >/dev/null; end=$(date +%s.%N)
  echo -n "update to $deployment: "; rate "$n" "$(echo "$end - $start" | bc)"
done
