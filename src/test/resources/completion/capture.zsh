# Presses Tab at the end of a line in an interactive zsh and prints the matches its completion system adds, one a
# line. Usage: zsh -f capture.zsh FOLDER LINE, where FOLDER holds the completion function (_agentry) to load.
# The interactive zsh runs on a pseudo-terminal of zsh's zpty module, with compinit as a user's .zshrc would run it;
# compadd is wrapped so that every match it adds is also printed (between markers, to tell it from the echo).
zmodload zsh/zpty || exit 1
zpty z zsh -f -i
zpty -w z "PS1='> '; fpath=(${(q)1} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z 'bindkey "^I" complete-word'
zpty -w z '_capture_end() { print -r -- "<<""end>>" }'
zpty -w z 'comppostfuncs=(_capture_end)'
# a call that only asks what would match (-O, -A, -D) is passed on; any other also prints its matches, then adds them
zpty -w z 'compadd() {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a __hits
  builtin compadd -A __hits "$@"
  local h; for h in $__hits; do print -r -- "<<""match>>$IPREFIX$h"; done
  builtin compadd "$@"
}'
zpty -w z 'print -r -- "<<""ready>>"'
# the quotes split the markers in what is typed, so only what runs prints them whole
while zpty -r z line; do [[ $line == *'<<ready>>'* ]] && break; done
zpty -w -n z "$2"$'\t'
while zpty -r z line; do
  [[ $line == *'<<match>>'* ]] && print -r -- "${${line##*<<match>>}%%$'\r'}"
  [[ $line == *'<<end>>'* ]] && break
done
zpty -d z
