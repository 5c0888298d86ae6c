# bash completion for agentry @VERSION@, printed by 'agentry completion bash' from agentry's own command model.
# Installed by agentry's bin/install, or by hand:
#   agentry completion bash > ~/.local/share/bash-completion/completions/agentry
# (or '. <(agentry completion bash)' in ~/.bashrc). Commands, options and fixed choices are written below; the
# catalogue's ids (project types, deployments, stacks, agents), which custom scaffolds can add to, are asked of
# agentry at the Tab that needs them, with the words of the line (its --target, --scaffolds and --project-type):
#   agentry completion --values KIND --word=WORD...   (prints one "id<TAB>description" a line)

_agentry_commands='@COMMANDS@'
# the kinds of value asked of agentry, and those given as comma-separated lists (a,b,c)
_agentry_asked=' @ASKED@ '
_agentry_lists=' @LISTS@ '

# Sets _agentry_opts to the options of command $1: --name (a flag), --name=KIND (takes a value), --name=KIND+
# (takes a value, and may be given again).
_agentry_options() {
  case $1 in
@OPTIONS@
    *) _agentry_opts= ;;
  esac
}

# Sets _agentry_pos and _agentry_max to what the positional arguments of command $1 are, and how many it takes.
_agentry_positionals() {
  case $1 in
@POSITIONALS@
    *) _agentry_pos=none _agentry_max=0 ;;
  esac
}

# Sets _agentry_ids to the values of kind $1 that this script knows.
_agentry_fixed() {
  case $1 in
@FIXED@
    *) _agentry_ids= ;;
  esac
}

# Sets _agentry_word to the word $1 as the command would receive it, in the simple cases: surrounding quotes or
# backslashes removed, a leading ~ made the home folder. Nothing is expanded or run: completing runs nothing typed.
_agentry_dequote() {
  _agentry_word=$1
  case $_agentry_word in
    \'*\' | \"*\") _agentry_word=${_agentry_word:1:${#_agentry_word}-2} ;;
    *) _agentry_word=${_agentry_word//\\/} ;;
  esac
  case $_agentry_word in
    \~) _agentry_word=$HOME ;;
    \~/*) _agentry_word=$HOME/${_agentry_word:2} ;;
  esac
}

# Sets _agentry_ids to the catalogue's ids of kind $1, asked of the agentry on the line with the words before the
# cursor (one JVM start).
_agentry_ask() {
  local agentry id w
  local -a line=()
  for w in "${_agentry_words[@]:0:_agentry_count-1}"; do
    case $w in
      --*=*)
        # --name=VALUE: its value unquoted
        _agentry_dequote "${w#*=}"
        line+=("--word=${w%%=*}=$_agentry_word")
        ;;
      *)
        _agentry_dequote "$w"
        line+=("--word=$_agentry_word")
        ;;
    esac
  done
  _agentry_dequote "${COMP_WORDS[0]}"
  agentry=$_agentry_word
  _agentry_ids=
  while IFS=$'\t' read -r id _; do
    _agentry_ids="$_agentry_ids $id"
  done < <("$agentry" completion --values "$1" "${line[@]}" </dev/null 2>/dev/null)
}

# Sets _agentry_kind to what option $1 of the command takes (flag, or the KIND of its value; empty when the command
# has no such option) and _agentry_repeat to 1 when it may be given again.
_agentry_kind_of() {
  local opt
  _agentry_kind=
  _agentry_repeat=
  for opt in $_agentry_opts; do
    case $opt in
      "$1") _agentry_kind=flag ;;
      "$1"=*) _agentry_kind=${opt#*=} ;;
      *) continue ;;
    esac
    case $_agentry_kind in
      *+) _agentry_kind=${_agentry_kind%+} _agentry_repeat=1 ;;
    esac
    return
  done
}

# Adds to COMPREPLY the values of kind $1 that complete $2.
_agentry_values() {
  local kind=$1 cur=$2 typed=$2 id head='' rest n first=${#COMPREPLY[@]}
  case $kind in
    folders | files)
      # names of files and folders: quoted as needed, a folder gets a slash and no space after it
      compopt -o filenames 2>/dev/null
      if [ "$kind" = folders ]; then set -- -d; else set -- -f; fi
      while IFS= read -r id; do
        COMPREPLY+=("$id")
      done < <(compgen "$1" -- "$cur")
      ;;
    none | flag | '') return ;;
    *)
      if [[ $_agentry_asked == *" $kind "* ]]; then _agentry_ask "$kind"; else _agentry_fixed "$kind"; fi
      if [[ $_agentry_lists == *" $kind "* ]]; then
        # a comma-separated list: its last item is completed, and an id already in it is not offered again
        case $cur in *,*) head=${cur%,*}, ;; esac
        cur=${cur#"$head"}
        for id in $_agentry_ids; do
          case ,$head in *",$id,"*) continue ;; esac
          case $id in "$cur"*) COMPREPLY+=("$head$id") ;; esac
        done
      else
        for id in $_agentry_ids; do
          case $id in "$cur"*) COMPREPLY+=("$id") ;; esac
        done
      fi
      ;;
  esac
  # bash replaces only the text after the value's last '=' or ':' (where it splits words): that part is offered
  rest=${typed##*[=:]}
  if [ "$rest" != "$typed" ]; then
    for ((n = first; n < ${#COMPREPLY[@]}; n++)); do
      COMPREPLY[n]=${COMPREPLY[n]#"${typed%"$rest"}"}
    done
  fi
}

# Adds to COMPREPLY the options of the command that complete $1, but those already given (unless repeatable).
_agentry_offer_options() {
  local opt name
  for opt in $_agentry_opts; do
    name=${opt%%=*}
    case $opt in
      *+) ;;
      *) case $_agentry_given in *" $name "*) continue ;; esac ;;
    esac
    case $name in "$1"*) COMPREPLY+=("$name") ;; esac
  done
}

_agentry() {
  local i w raw cur command pending='' positionals=0 line blank
  COMPREPLY=()
  # the words from the command on, as the command receives them: bash splits a word at each '=' and ':'
  # (COMP_WORDBREAKS), so --name=value or a value such as a=b comes as three words; those that touch (nothing
  # blank between them on the line) are joined again. Without COMP_LINE an '=' or ':' word joins its neighbours.
  _agentry_words=()
  _agentry_count=0
  line=${COMP_LINE:0:COMP_POINT}
  line=${line#"${line%%[![:blank:]]*}"}
  line=${line#"${COMP_WORDS[0]}"}
  raw=
  for ((i = 1; i <= COMP_CWORD; i++)); do
    w=${COMP_WORDS[i]}
    blank=
    if [ -n "$COMP_LINE" ]; then
      case $line in [[:blank:]]*) blank=1 ;; esac
      line=${line#"${line%%[![:blank:]]*}"}
      line=${line#"$w"}
    fi
    if [ -z "$blank" ] && [ "$_agentry_count" -gt 0 ] && { [[ $w =~ ^[=:]+$ ]] || [[ $raw =~ ^[=:]+$ ]]; }; then
      _agentry_words[_agentry_count-1]+=$w
    else
      _agentry_words[_agentry_count]=$w
      _agentry_count=$((_agentry_count + 1))
    fi
    raw=$w
  done
  cur=${_agentry_words[_agentry_count-1]}
  if [ "$_agentry_count" -le 1 ]; then
    for w in $_agentry_commands; do
      case $w in "$cur"*) COMPREPLY+=("$w") ;; esac
    done
    return 0
  fi
  command=${_agentry_words[0]}
  case " $_agentry_commands " in *" $command "*) ;; *) return 0 ;; esac
  _agentry_options "$command"
  _agentry_positionals "$command"
  # what is on the line already: the options given, an option waiting for its value, the positional arguments
  _agentry_given=' '
  for ((i = 1; i < _agentry_count - 1; i++)); do
    w=${_agentry_words[i]}
    if [ -n "$pending" ]; then
      pending=
      continue
    fi
    case $w in
      --*=*) _agentry_given="$_agentry_given${w%%=*} " ;;
      --*)
        _agentry_given="$_agentry_given$w "
        _agentry_kind_of "$w"
        case $_agentry_kind in flag | '') ;; *) pending=$_agentry_kind ;; esac
        ;;
      *) positionals=$((positionals + 1)) ;;
    esac
  done
  if [ -n "$pending" ]; then
    _agentry_values "$pending" "$cur"
    return 0
  fi
  case $cur in
    --*=*)
      _agentry_kind_of "${cur%%=*}"
      _agentry_values "$_agentry_kind" "${cur#*=}"
      return 0
      ;;
    -*)
      _agentry_offer_options "$cur"
      return 0
      ;;
  esac
  if [ "$positionals" -lt "$_agentry_max" ]; then _agentry_values "$_agentry_pos" "$cur"; fi
  if [ -z "$cur" ]; then _agentry_offer_options ""; fi
  return 0
}

complete -F _agentry agentry
