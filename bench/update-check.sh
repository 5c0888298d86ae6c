#!/usr/bin/env bash
# Benchmark 3: `update` with nothing to change and `check`, against a cold `generate` of the same team, in one
# hyperfine run.
source "$(dirname "$(readlink -f "$0")")/lib.sh"
need hyperfine
machine
mkdir -p "$scratch/fresh" "$scratch/team"
"$agentry" generate --target "$scratch/team" --project-type web-app --deployment aws --stack java-spring-boot >/dev/null
gen="$agentry generate --target $scratch/fresh --project-type web-app --deployment aws --stack java-spring-boot"
upd="$agentry update --target $scratch/team"
chk="$agentry check --target $scratch/team"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-json "$scratch/r.json" \
  --command-name generate --prepare "sh -c 'rm -rf $scratch/fresh; mkdir -p $scratch/fresh'" "$gen" \
  --command-name update --prepare "true" "$upd" \
  --command-name check --prepare "true" "$chk"
for name in generate update check; do
  printf '%-9s median %4.0f ms\n' "$name" "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print([r["median"] for r in d["results"] if r["command"]==sys.argv[2]][0]*1000)' "$scratch/r.json" "$name")"
done
