# The profile names --profile takes: the built-in local, those of the mms config file and of the aliyun CLI's.
function __mms_profiles
    echo local
    set -l config_home $XDG_CONFIG_HOME
    test -n "$config_home"; or set config_home $HOME/.config
    set -l config $config_home/mms/config.yaml
    if test -r $config
        awk '/^profiles:[[:space:]]*(#.*)?$/ { inside = 1; indent = -1; next }
             inside && /^[^[:space:]#]/ { inside = 0 }
             inside && /^[[:space:]]+[^[:space:]#]/ {
               match($0, /^[[:space:]]+/); n = RLENGTH
               if (indent < 0) indent = n
               if (n == indent) { key = substr($0, n + 1); sub(/[[:space:]]*:.*/, "", key); gsub(/["\']/, "", key); print key }
             }' $config 2>/dev/null
    end
    if test -r $HOME/.aliyun/config.json
        grep -o '"name"[[:space:]]*:[[:space:]]*"[^"]*"' $HOME/.aliyun/config.json 2>/dev/null | sed 's/.*"\([^"]*\)"$/\1/'
    end
end

# Completes the token under the cursor: walks the tokens before it to find the command and whether an option
# waits for its value, then prints candidates (with a tab and a summary where there is one).
function __mms_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l cmdpath mms
    set -l expect
    set -l positional
    for w in $tokens[2..-1]
        if test -n "$expect"
            set expect
            continue
        end
        switch $w
            case '-*=*'
            case '-*'
                if test -n "$(_mms_action $cmdpath $w)"
                    set expect $w
                end
            case '*'
                set -l sub (_mms_resolve $cmdpath $w)
                if test -n "$sub"; and test (count $positional) -eq 0
                    set cmdpath "$cmdpath $sub"
                else
                    set -a positional $w
                end
        end
    end
    set -l opt
    set -l action
    set -l before ''
    if test -n "$expect"
        set opt $expect
        set action (_mms_action $cmdpath $opt)
    else if string match -q -- '-*=*' $cur
        set opt (string split -m1 = -- $cur)[1]
        set action (_mms_action $cmdpath $opt)
        set before "$opt="
        set cur (string split -m1 = -- $cur)[2]
    else if string match -q -- '-*' $cur
        set action options
    else if test -n "$(_mms_subcommands $cmdpath)"; and test (count $positional) -eq 0
        set action subcommands
    else
        set opt "#"(count $positional)
        set action (_mms_positional $cmdpath $opt)
        if test -z "$action"; and test -z "$cur"
            set action options
        end
    end
    switch "$action"
        case options
            _mms_options $cmdpath
        case subcommands
            _mms_subcommands $cmdpath
        case words
            _mms_words $cmdpath $opt | string replace -r '^' -- "$before"
        case list
            set -l head (string match -r '^.*,' -- $cur)
            _mms_words $cmdpath $opt | string replace -r '^' -- "$before$head"
        case profiles
            __mms_profiles | sort -u | string replace -r '^' -- "$before"
        case commands
            set -l target mms
            for p in $positional
                set target "$target "(_mms_resolve $target $p)
            end
            _mms_subcommands $target
        case specfiles
            for f in $cur*
                if test -d $f
                    echo $before$f/
                else if string match -qr '\.(yaml|yml|json)$' -- $f
                    echo $before$f
                end
            end
        case files
            for f in $cur*
                test -d $f; and echo $before$f/; or echo $before$f
            end
        case directories
            for f in $cur*
                test -d $f; and echo $before$f/
            end
    end
end

complete -c mms -f -a '(__mms_complete)'
