#!/usr/bin/env bash
# Shared set-up for the benchmarks: tools from Debian's packages, a built agentry, a scratch folder.
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
agentry="$home/agentry"

need() {
  local tool="$1" package="${2:-$1}"
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "installing $package (Debian package) ..." >&2
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq "$package" >/dev/null; else sudo apt-get install -y -qq "$package" >/dev/null; fi
  fi
}

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# Builds agentry and trains its start-up archive outside the timed runs.
"$agentry" --version >/dev/null

machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n1)"
}

# median_of FILE.json NAME: the median in seconds of one hyperfine command.
median_of() {
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print([r["median"] for r in d["results"] if r["command"]==sys.argv[2]][0])' "$1" "$2"
}
