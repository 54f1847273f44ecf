# The profile names --profile takes: the built-in local, those of the mms config file and of the aliyun CLI's.
_mms_profiles() {
  printf '%s\n' local
  local config="${XDG_CONFIG_HOME:-$HOME/.config}/mms/config.yaml"
  if [ -r "$config" ]; then
    # the keys one level below "profiles:", at the indentation of the first of them
    awk '/^profiles:[[:space:]]*(#.*)?$/ { inside = 1; indent = -1; next }
         inside && /^[^[:space:]#]/ { inside = 0 }
         inside && /^[[:space:]]+[^[:space:]#]/ {
           match($0, /^[[:space:]]+/); n = RLENGTH
           if (indent < 0) indent = n
           if (n == indent) { key = substr($0, n + 1); sub(/[[:space:]]*:.*/, "", key); gsub(/["'\'']/, "", key); print key }
         }' "$config" 2>/dev/null
  fi
  if [ -r "$HOME/.aliyun/config.json" ]; then
    grep -o '"name"[[:space:]]*:[[:space:]]*"[^"]*"' "$HOME/.aliyun/config.json" 2>/dev/null | sed 's/.*"\([^"]*\)"$/\1/'
  fi
}

