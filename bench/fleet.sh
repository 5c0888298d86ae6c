#!/usr/bin/env bash
# Benchmark 4: fleet mode. `check` over N generated targets in one process, an `update` that changes every
# target (a new deployment), and an upgrade of a scaffold pack from git on every target, with the targets per
# second each achieves (whole process, JVM start included).
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

# A fleet upgrade: every target uses a scaffold pack from git at v1.0.0 (a file:// repository made here, its cache in
# the scratch folder); v1.1.0 changes the code reviewer, and `update --upgrade` moves all of them, merging.
export XDG_CACHE_HOME="$scratch/cache" XDG_CONFIG_HOME="$scratch/config"
pack="$scratch/acme-team"
g() { git -c user.name=bench -c user.email=bench@example.com -c init.defaultBranch=main "$@"; }
g init -q --bare "$pack.git"
g clone -q "$pack.git" "$pack-work" 2>/dev/null
mkdir -p "$pack-work/templates"
sed 's/^# Approach$/- **Acme Policy**: every change names its ticket\n\n# Approach/' "$home/scaffolds/templates/code-reviewer.ftl" \
  > "$pack-work/templates/code-reviewer.ftl"
printf 'name: acme-team\nversion: 1.0.0\n' > "$pack-work/catalog.yml"
(cd "$pack-work" && g add -A && g commit -qm v1.0.0 && g tag -a v1.0.0 -m v1.0.0 && g push -q origin main v1.0.0)
"$agentry" update --targets-from "$list" --scaffolds "file://$pack.git" >/dev/null
sed -i 's/every change names its ticket/every change names its ticket and its risk/' "$pack-work/templates/code-reviewer.ftl"
(cd "$pack-work" && g commit -qam v1.1.0 && g tag -a v1.1.0 -m v1.1.0 && g push -q origin main v1.1.0)
start=$(date +%s.%N); "$agentry" check --targets-from "$list" --upgrades >/dev/null 2>&1 || true; end=$(date +%s.%N)
echo -n "check --upgrades: "; rate "$n" "$(echo "$end - $start" | bc)"
start=$(date +%s.%N); "$agentry" update --targets-from "$list" --upgrade | tail -n 1; end=$(date +%s.%N)
echo -n "update --upgrade to v1.1.0: "; rate "$n" "$(echo "$end - $start" | bc)"
