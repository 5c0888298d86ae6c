# usage: zsh -f capture.zsh FPATH_DIR 'line to complete'
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PS1='> '; fpath=($1 \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z 'bindkey "^I" complete-word'
zpty -w z 'zstyle ":completion:*" list-grouped false'
zpty -w z 'zstyle ":completion:*" insert-tab false'
zpty -w z '_agentry_capture_end() { print -r -- "<<end>>" }'
zpty -w z 'comppostfuncs=(_agentry_capture_end)'
zpty -w z 'compadd() {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a __hits
  builtin compadd -A __hits "$@"
  local h; for h in $__hits; do print -r -- "<<match>>$IPREFIX$h"; done
  builtin compadd "$@"
}'
zpty -w z 'print -r -- "<<ready>>"'
while zpty -r z line; do [[ $line == *'<<ready>>'* && $line != *print* ]] && break; done
zpty -w -n z "$2"$'\t'
while zpty -r z line; do
  [[ $line == *'<<match>>'* ]] && print -r -- "${${line##*<<match>>}%%$'\r'}"
  [[ $line == *'<<end>>'* && $line != *print* ]] && break
done
zpty -d z
