# Completes the word under the cursor: walks the words before it to find the command and whether an option
# waits for its value, then offers subcommands, options (with their summaries), or the values the model gives.
_mms() {
  local cur=${words[CURRENT]} cmdpath=mms expect= w i sub opt= action=
  local -a positional candidates described
  for (( i = 2; i < CURRENT; i++ )); do
    w=${words[i]}
    if [[ -n $expect ]]; then expect=; continue; fi
    case $w in
      -*=*) ;;
      -*) [[ -n $(_mms_action "$cmdpath" "$w") ]] && expect=$w ;;
      *) sub=$(_mms_resolve "$cmdpath" "$w")
         if [[ -n $sub && ${#positional} -eq 0 ]]; then cmdpath="$cmdpath $sub"; else positional+=("$w"); fi ;;
    esac
  done
  if [[ -n $expect ]]; then
    opt=$expect
    action=$(_mms_action "$cmdpath" "$opt")
  elif [[ $cur == -*=* ]]; then
    opt=${cur%%=*}
    action=$(_mms_action "$cmdpath" "$opt")
    compset -P '*='
    cur=${cur#*=}
  elif [[ $cur == -* ]]; then
    action=options
  elif [[ -n $(_mms_subcommands "$cmdpath") && ${#positional} -eq 0 ]]; then
    action=subcommands
  else
    opt="#${#positional}"
    action=$(_mms_positional "$cmdpath" "$opt")
    [[ -z $action && -z $cur ]] && action=options
  fi
  case $action in
    options)
      described=(${(f)"$(_mms_options "$cmdpath" | sed 's/:/\\:/g; s/	/:/')"})
      _describe -t options 'option' described ;;
    subcommands)
      described=(${(f)"$(_mms_subcommands "$cmdpath" | sed 's/:/\\:/g; s/	/:/')"})
      _describe -t commands 'command' described ;;
    words)
      candidates=(${(f)"$(_mms_words "$cmdpath" "$opt")"})
      compadd -a candidates ;;
    list)
      candidates=(${(f)"$(_mms_words "$cmdpath" "$opt")"})
      compset -P '*,'
      compadd -q -S , -a candidates ;;
    profiles)
      candidates=(${(fu)"$(_mms_profiles)"})
      compadd -a candidates ;;
    commands)
      local target=mms p
      for p in $positional; do target="$target $(_mms_resolve "$target" "$p")"; done
      described=(${(f)"$(_mms_subcommands "$target" | sed 's/:/\\:/g; s/	/:/')"})
      _describe -t commands 'command' described ;;
    specfiles) _files -g '*.(yaml|yml|json)' ;;
    files) _files ;;
    directories) _files -/ ;;
    *) return 1 ;;
  esac
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _mms "$@"
else
  compdef _mms mms
fi
