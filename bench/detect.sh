#!/usr/bin/env bash
# Benchmark 6: detection on a large repository. A generated monorepo of 50,000 paths (PATHS to change it), with a
# Next.js app, FastAPI services, a Go tool, CI workflows and a node_modules/ that detection skips; `generate --detect`
# against a plain `generate` of the same team with the answers given, and `detect` alone, in one hyperfine run.
# Target: generate --detect at most 300 ms slower than the plain generate. The same run on one thread
# (-Dagentry.detect.threads=1) shows what listing and indexing on a second thread pays.
source "$(dirname "$(readlink -f "$0")")/lib.sh"
need hyperfine
machine
repo="$scratch/monorepo"
python3 - "$repo" "${PATHS:-50000}" <<'PY'
import json, os, sys
root, wanted = sys.argv[1], int(sys.argv[2])
made, folders = 0, set()
def write(path, text=""):
    global made
    parts = path.split("/")
    for depth in range(1, len(parts)):  # folders are paths too
        folder = "/".join(parts[:depth])
        if folder not in folders and not folder.startswith("node_modules"):
            folders.add(folder)
            made += 1
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as out:
        out.write(text)
    made += 0 if path.startswith("node_modules") else 1
write("package.json", json.dumps({"private": True, "workspaces": ["apps/*", "packages/*"]}))
write("apps/web/package.json", json.dumps({"dependencies": {"next": "16", "react-dom": "19", "@prisma/client": "6"}}))
write("apps/web/fly.toml", "app = 'web'\n")
write(".github/workflows/deploy.yml", "name: Deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
      "    steps:\n      - run: flyctl deploy --remote-only\n")
write("tools/gen/go.mod", "module example.com/gen\nrequire github.com/spf13/cobra v1.8.0\n")
for i in range(1000):  # skipped by detection: none of it is listed or read
    write(f"node_modules/pkg{i}/package.json", json.dumps({"dependencies": {"express": "4"}}))
service = 0
while made < wanted:
    base = f"services/api-{service}"
    write(f"{base}/pyproject.toml", "[project]\ndependencies = [\"fastapi\", \"sqlalchemy\"]\n")
    for module in range(40):
        for leaf in range(24):
            if made >= wanted:
                break
            write(f"{base}/src/module{module}/file{leaf}.py", "")
    service += 1
print(f"generated {made} paths in {root}, and node_modules/ beside them")
PY
fresh="rm -rf $repo/.agentry $repo/.claude $repo/CLAUDE.md"
# the plain generate is given the answers detection finds, so that both runs write the same team
answers="$("$agentry" detect --target "$repo" --json | python3 -c 'import json, sys; a = json.load(sys.stdin)["answers"]
print(" ".join(f"--{k} {a[k]}" for k in ("project-type", "stack", "deployment")))')"
echo "detected: $answers"
plain="$agentry generate --target $repo $answers"
detect="$agentry generate --target $repo --detect"
hyperfine -N --warmup 2 --runs "${RUNS:-15}" --export-json "$scratch/r.json" \
  --command-name generate --prepare "sh -c '$fresh'" "$plain" \
  --command-name "generate --detect" --prepare "sh -c '$fresh'" "$detect" \
  --command-name "generate --detect, one scan thread" --prepare "sh -c '$fresh'" \
    "env AGENTRY_JAVA_OPTS=-Dagentry.detect.threads=1 $detect" \
  --command-name detect --prepare "true" "$agentry detect --target $repo"
python3 - "$scratch/r.json" <<'PY'
import json, sys
medians = {r["command"]: r["median"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
for name, ms in medians.items():
    print(f"{name:34} median {ms:4.0f} ms")
extra = medians["generate --detect"] - medians["generate"]
print(f"detection costs {extra:.0f} ms beyond a plain generate (target: at most 300 ms)")
alone = medians["generate --detect, one scan thread"] - medians["generate"]
print(f"on one thread it would cost {alone:.0f} ms: the second thread saves {alone - extra:.0f} ms")
PY
