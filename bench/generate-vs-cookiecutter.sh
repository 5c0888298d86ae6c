#!/usr/bin/env bash
# Benchmark 1: cold `agentry generate` of a full web-app team against cookiecutter rendering the same files
# (a template built from agentry's own output: same file count and sizes), in one hyperfine run.
source "$(dirname "$(readlink -f "$0")")/lib.sh"
need hyperfine
need cookiecutter
machine

# cookiecutter's template: agentry's output for a project named "demo", with the name as a variable.
"$agentry" generate --target "$(mkdir -p "$scratch/model" && echo "$scratch/model")" --project-name demo \
  --project-type web-app --deployment aws --stack java-spring-boot >/dev/null
tpl="$scratch/template"
mkdir -p "$tpl/{{cookiecutter.project_slug}}"
echo '{"project_name": "demo", "project_slug": "out"}' > "$tpl/cookiecutter.json"
(cd "$scratch/model" && find . -type f ! -name lock | while read -r f; do
  mkdir -p "$tpl/{{cookiecutter.project_slug}}/$(dirname "$f")"
  sed 's/demo/{{cookiecutter.project_name}}/g' "$f" > "$tpl/{{cookiecutter.project_slug}}/$f"
done)
echo "files rendered: agentry $(cd "$scratch/model" && find . -type f ! -name lock | wc -l)," \
  "cookiecutter $(find "$tpl/{{cookiecutter.project_slug}}" -type f | wc -l); bytes: agentry" \
  "$(cd "$scratch/model" && find . -type f ! -name lock -exec cat {} + | wc -c), template" \
  "$(find "$tpl/{{cookiecutter.project_slug}}" -type f -exec cat {} + | wc -c)"

mkdir -p "$scratch/a" "$scratch/b"
gen="$agentry generate --target $scratch/a/demo --project-name demo --project-type web-app --deployment aws --stack java-spring-boot"
cc="cookiecutter --no-input -f -o $scratch/b $tpl"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" --export-json "$scratch/r.json" \
  --prepare "sh -c 'rm -rf $scratch/a/demo $scratch/b/out; mkdir -p $scratch/a/demo'" "$gen" "$cc"
a=$(median_of "$scratch/r.json" "$gen"); b=$(median_of "$scratch/r.json" "$cc")
python3 -c "import sys; a,b=map(float,sys.argv[1:]); print(f'median agentry generate: {a*1000:.0f} ms; cookiecutter: {b*1000:.0f} ms; ratio {a/b:.2f}')" "$a" "$b"
