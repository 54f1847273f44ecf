# Completes the word under the cursor: walks the words before it to find the command and whether an option
# waits for its value, then offers subcommands, options, or the values the model gives.
_mms() {
  local line=${COMP_LINE:0:COMP_POINT} cur cmdpath=mms expect= w i sub opt= action= before=
  local -a words positional candidates
  read -ra words <<< "$line"
  if [[ -z $line || $line == *[[:space:]] ]]; then words+=(""); fi
  cur=${words[${#words[@]}-1]}
  for ((i = 1; i < ${#words[@]} - 1; i++)); do
    w=${words[i]}
    if [[ -n $expect ]]; then expect=; continue; fi
    case $w in
      -*=*) ;;
      -*) [[ -n $(_mms_action "$cmdpath" "$w") ]] && expect=$w ;;
      *) sub=$(_mms_resolve "$cmdpath" "$w")
         if [[ -n $sub && ${#positional[@]} -eq 0 ]]; then cmdpath="$cmdpath $sub"; else positional+=("$w"); fi ;;
    esac
  done
  if [[ -n $expect ]]; then
    opt=$expect
    action=$(_mms_action "$cmdpath" "$opt")
  elif [[ $cur == -*=* ]]; then
    opt=${cur%%=*}
    action=$(_mms_action "$cmdpath" "$opt")
    before="$opt="
    cur=${cur#*=}
  elif [[ $cur == -* ]]; then
    action=options
  elif [[ -n $(_mms_subcommands "$cmdpath") && ${#positional[@]} -eq 0 ]]; then
    action=subcommands
  else
    opt="#${#positional[@]}"
    action=$(_mms_positional "$cmdpath" "$opt")
    [[ -z $action && -z $cur ]] && action=options
  fi
  local IFS=$'\n'
  case $action in
    options) candidates=($(_mms_options "$cmdpath" | cut -f1)) ;;
    subcommands) candidates=($(_mms_subcommands "$cmdpath" | cut -f1)) ;;
    words) candidates=($(_mms_words "$cmdpath" "$opt")) ;;
    list)
      local head=
      [[ $cur == *,* ]] && head=${cur%,*},
      candidates=($(_mms_words "$cmdpath" "$opt" | sed "s/^/${head//\//\\/}/"))
      compopt -o nospace 2>/dev/null ;;
    profiles) candidates=($(_mms_profiles | sort -u)) ;;
    commands)
      local target=mms p
      for p in "${positional[@]}"; do target="$target $(_mms_resolve "$target" "$p")"; done
      candidates=($(_mms_subcommands "$target" | cut -f1)) ;;
    specfiles)
      compopt -o filenames 2>/dev/null
      candidates=($(compgen -d -- "$cur"; compgen -f -X '!*.yaml' -- "$cur"; compgen -f -X '!*.yml' -- "$cur"
                    compgen -f -X '!*.json' -- "$cur")) ;;
    files) compopt -o filenames 2>/dev/null; candidates=($(compgen -f -- "$cur")) ;;
    directories) compopt -o filenames 2>/dev/null; candidates=($(compgen -d -- "$cur")) ;;
    *) candidates=() ;;
  esac
  COMPREPLY=()
  # readline replaces only the part of the word after its last word-break character (COMP_WORDBREAKS has '=' and
  # ':'), so each candidate loses what comes before that: --status=DONE is offered as DONE after "--status="
  local c full strip breaks=${COMP_WORDBREAKS//[[:space:]]/}
  full="$before$cur"
  strip=
  for ((i = ${#full} - 1; i >= 0; i--)); do
    if [[ $breaks == *"${full:i:1}"* ]]; then strip=${full:0:i+1}; break; fi
  done
  for c in "${candidates[@]}"; do
    if [[ $c == "$cur"* ]]; then
      c="$before$c"
      COMPREPLY+=("${c#"$strip"}")
    fi
  done
}

complete -F _mms mms
