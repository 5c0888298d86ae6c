#!/usr/bin/env bash
# Drives `./agentry init` and the interactive shell in tmux as a person would, and checks what they leave behind.
# Needs tmux. Exits non-zero on the first failed check. It runs on a tmux server of its own (its own socket), and the
# shell keeps its history in a temporary config folder, so nothing of the user's is seen or changed.
set -euo pipefail

home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
work="$(mktemp -d)"
socket="agentry-smoke-$$"
session="shell-smoke"
tmux() { command tmux -L "$socket" "$@"; }
trap 'tmux kill-server 2>/dev/null || true; sleep 1; rm -rf "$work" 2>/dev/null || true' EXIT

"$home/agentry" --version >/dev/null   # builds the jar first if needed, outside the timed part
mkdir -p "$work/shop" "$work/cwd"

screen() { tmux capture-pane -p -t "$session"; }
wait_for() {
  local text="$1" deadline=$((SECONDS + ${2:-30}))
  until screen | grep -qF -- "$text"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "FAIL: '$text' did not appear; the screen shows:" >&2; screen >&2; exit 1
    fi
    sleep 0.2
  done
}
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1" >&2; screen >&2; exit 1; fi; }

# 1. init: accept the name, pick "Backend API" (two down), the third deployment, the first stack, the team and the
#    agent tools, confirm.
tmux new-session -d -s "$session" -x 140 -y 45 "cd '$work/cwd' && '$home/agentry' init --target '$work/shop'; echo EXIT=\$?; sleep 300"
wait_for "Project name"; tmux send-keys -t "$session" Enter
wait_for "Project type"; tmux send-keys -t "$session" Down Down Enter
wait_for "Deployment"; tmux send-keys -t "$session" Down Down Enter
wait_for "Stack"; tmux send-keys -t "$session" Enter
wait_for "Team"; tmux send-keys -t "$session" Enter
wait_for "Agent tools"; tmux send-keys -t "$session" Enter
wait_for "Write these files?"; tmux send-keys -t "$session" Enter
wait_for "EXIT="
check "init exits 0" 'screen | grep -q "EXIT=0"'
check "init wrote the backend-api team" '[ -f "$work/shop/.claude/agents/backend-engineer.md" ] && [ ! -f "$work/shop/.claude/agents/frontend-engineer.md" ]'
check "init recorded the answers" 'grep -q "project-type: backend-api" "$work/shop/.agentry/answers.yml"'
check "agentry check agrees" '"$home/agentry" check --target "$work/shop" >/dev/null'
tmux kill-session -t "$session"

# 2. init again over the stored answers, cancelled with Ctrl-C at the second prompt: exit 130, nothing changed.
before="$(cd "$work/shop" && find . -type f ! -name lock -exec sha256sum {} + | sort)"
tmux new-session -d -s "$session" -x 140 -y 45 "cd '$work/cwd' && '$home/agentry' init --target '$work/shop'; echo EXIT=\$?; sleep 300"
wait_for "Project name"; tmux send-keys -t "$session" Enter
wait_for "Project type"; tmux send-keys -t "$session" C-c
wait_for "EXIT="
check "Ctrl-C exits 130" 'screen | grep -q "EXIT=130"'
check "Ctrl-C says nothing was written" 'screen | grep -q "Cancelled: nothing was written."'
after="$(cd "$work/shop" && find . -type f ! -name lock -exec sha256sum {} + | sort)"
check "Ctrl-C left the files as they were" '[ "$before" = "$after" ]'
tmux kill-session -t "$session"

# 3. the interactive shell: prompt, a command, init inside it (cancelled with Esc, then with Ctrl-C, then finished),
#    each followed by a command that must still show its output; Ctrl-C on a half-typed line; quoting; agentry's own
#    errors; quit. Nothing is left in the current folder.
forget() { tmux send-keys -R -t "$session"; tmux clear-history -t "$session"; }
still_works() { forget; tmux send-keys -t "$session" "version" Enter; wait_for "agentry 0."; forget; }
tmux new-session -d -s "$session" -x 140 -y 45 \
  "cd '$work/cwd' && XDG_CONFIG_HOME='$work/config' '$home/agentry'; echo EXIT=\$?; sleep 300"
wait_for "agentry:>" 60
tmux send-keys -t "$session" "list deployments" Enter
wait_for "aws-deployment-engineer"
tmux send-keys -t "$session" "check --target $work/shop" Enter
wait_for "In sync"
tmux send-keys -t "$session" "init --target $work/inshell" Enter
wait_for "Project name"; tmux send-keys -t "$session" Escape
wait_for "Cancelled: nothing was written."
check "init cancelled with Esc shows no default as chosen" '! screen | grep -q "? Project name inshell"'
still_works
tmux send-keys -t "$session" "init --target $work/inshell" Enter
wait_for "Project name"; tmux send-keys -t "$session" Enter
wait_for "Project type"; tmux send-keys -t "$session" C-c
wait_for "Cancelled: nothing was written."
still_works
tmux send-keys -t "$session" "init --target $work/inshell" Enter
for question in "Project name" "Project type" "Deployment" "Stack" "Team" "Agent tools"; do
  wait_for "$question"; tmux send-keys -t "$session" Enter
done
wait_for "Write these files?"; tmux send-keys -t "$session" Enter
wait_for "Generated"
check "the confirmation echoes yes" 'screen | grep -q "Write these files? yes"'
check "init in the shell wrote the team" '[ -f "$work/inshell/.claude/agents/frontend-engineer.md" ]'
still_works
tmux send-keys -t "$session" "check --targ"; tmux send-keys -t "$session" C-c
still_works
tmux send-keys -t "$session" "check --target '$work/shop'" Enter
wait_for "In sync"
tmux send-keys -t "$session" "version --json" Enter
wait_for '"java"'
forget
tmux send-keys -t "$session" "check --bogus" Enter
wait_for "Unknown option '--bogus' for 'check'."
tmux send-keys -t "$session" "chek" Enter
wait_for "Did you mean 'check'?"
check "no Spring Shell command list" '! screen | grep -q "script"'
tmux send-keys -t "$session" "quit" Enter
wait_for "EXIT="
check "the shell exits 0" 'screen | grep -q "EXIT=0"'
check "nothing was written to the current folder" '[ -z "$(ls -A "$work/cwd")" ]'
check "the history went to the config folder" 'grep -q "check --bogus" "$work/config/agentry/history"'
echo "tmux smoke test passed"
