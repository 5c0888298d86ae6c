#!/usr/bin/env bash
# Benchmark: start-up of the installed launcher (the distribution archive unpacked, run through a symlink with a
# fresh cache folder) against the source checkout's ./agentry: the first run (which trains the start-up archive),
# and later runs of `--version` and a cold `generate`, in one hyperfine run.
source "$(dirname "$(readlink -f "$0")")/lib.sh"
need hyperfine
machine

archive="$(ls "$home"/target/distributions/agentry-*.tar.gz 2>/dev/null | head -n1 || true)"
if [ -z "$archive" ]; then (cd "$home" && ./mvnw -q -B -DskipTests package >/dev/null); archive="$(ls "$home"/target/distributions/agentry-*.tar.gz | head -n1)"; fi
tar -xzf "$archive" -C "$scratch"
trap 'chmod -R u+w "$scratch"; rm -rf "$scratch"' EXIT
chmod -R a-w "$scratch"/agentry-*/
mkdir -p "$scratch/bin" "$scratch/cache"
ln -s "$(ls -d "$scratch"/agentry-*/)bin/agentry" "$scratch/bin/agentry"
installed="env XDG_CACHE_HOME=$scratch/cache $scratch/bin/agentry"

# The first run of each mode trains its archive: timed once, by the clock.
start=$(date +%s%N); $installed --version >/dev/null; end=$(date +%s%N)
echo "installed launcher, first run (trains the command archive): $(( (end - start) / 1000000 )) ms"
$installed generate --target "$scratch/warm" --project-type web-app --deployment aws --stack java-spring-boot >/dev/null

gen() { echo "$1 generate --target $scratch/$2 --project-type web-app --deployment aws --stack java-spring-boot"; }
hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-json "$scratch/r.json" \
  --prepare "rm -rf $scratch/i $scratch/c" \
  "$installed --version" "$agentry --version" "$(gen "$installed" i)" "$(gen "$agentry" c)"
for c in "$installed --version" "$agentry --version" "$(gen "$installed" i)" "$(gen "$agentry" c)"; do
  python3 -c "import sys; print(f'median {float(sys.argv[1])*1000:.0f} ms: ' + sys.argv[2].replace('$scratch', '\$tmp'))" "$(median_of "$scratch/r.json" "$c")" "$c"
done
