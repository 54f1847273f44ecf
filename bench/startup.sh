#!/usr/bin/env bash
# Start-up benchmark of the mms launcher: wall time (median, p90) and peak RSS of short commands, with the JVM's
# own floor (java -version) as an anchor. Usage: bench/startup.sh [N]   (N runs per command, default 20)
# Environment: MMS (launcher, default target/mms/bin/mms), WARMUP (default 2), RSS_RUNS (default 5).
set -euo pipefail

N=${1:-20}
WARMUP=${WARMUP:-2}
RSS_RUNS=${RSS_RUNS:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
MMS=${MMS:-$root/target/mms/bin/mms}
SPEC=docs/examples/tables-with-filters.yaml
[ -x "$MMS" ] || { echo "no launcher at $MMS: run 'mvn -o -q package -DskipTests' first" >&2; exit 2; }

work=$(mktemp -d)
emulator_pid=""
cleanup() {
  if [ -n "$emulator_pid" ]; then kill "$emulator_pid" 2>/dev/null || true; wait "$emulator_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The emulator the 'job list' row talks to; its state lives in the temporary directory.
port=$(free_port)
"$MMS" emulator --port "$port" --state "$work/state.json" --speed 1000 2>"$work/emulator.log" &
emulator_pid=$!
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done
export ALIBABA_CLOUD_ACCESS_KEY_ID=mms-local ALIBABA_CLOUD_ACCESS_KEY_SECRET=mms-local-secret
endpoint="http://127.0.0.1:$port"
# A few jobs, so that the list has rows to render.
for _ in 1 2 3; do "$MMS" --endpoint "$endpoint" job create -f "$SPEC" --source-id 2000015 >/dev/null; done

names=("java -version" "mms --version" "mms --help" "mms job create --dry-run" "mms job list" "mms job list (pty)")
commands=(
  "java -version"
  "$MMS --version"
  "$MMS --help"
  "$MMS job create --dry-run -f $SPEC --source-id 2000015"
  "$MMS --endpoint $endpoint job list --source-id 2000015"
  "script -qec '$MMS --endpoint $endpoint job list --source-id 2000015' /dev/null"
)

# Prints "median p90" in milliseconds of the numbers (seconds) on stdin.
stats() {
  python3 -c '
import sys
t = sorted(float(x) * 1000 for x in sys.stdin.read().split())
n = len(t)
med = t[n // 2] if n % 2 else (t[n // 2 - 1] + t[n // 2]) / 2
p90 = t[min(n - 1, int(round(0.9 * (n - 1))))]
print(f"{med:.0f} {p90:.0f} {t[0]:.0f} {t[-1]:.0f}")'
}

# The pty row runs mms on a terminal (script(1)'s pseudo-terminal), so it pays for reading the terminal's width.

# One command's wall times in seconds, one a line.
times() {
  local cmd=$1
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup "$WARMUP" --runs "$N" --export-json "$work/h.json" --output=null "$cmd" >/dev/null 2>&1
    python3 -c 'import json,sys; print("\n".join(str(t) for t in json.load(open(sys.argv[1]))["results"][0]["times"]))' "$work/h.json"
  else
    for _ in $(seq "$WARMUP"); do bash -c "$cmd" >/dev/null 2>&1; done
    for _ in $(seq "$N"); do
      local start end
      start=$(date +%s%N)
      bash -c "$cmd" >/dev/null 2>&1 </dev/null
      end=$(date +%s%N)
      echo "$(( end - start ))e-9"
    done
  fi
}

# Median peak RSS in MiB over RSS_RUNS runs.
peak_rss() {
  local cmd=$1
  if [ ! -x /usr/bin/time ]; then echo "-"; return; fi
  for _ in $(seq "$RSS_RUNS"); do
    /usr/bin/time -f %M -o "$work/rss" bash -c "$cmd" >/dev/null 2>&1 </dev/null || true
    tail -1 "$work/rss"
  done | sort -n | awk '{v[NR]=$1} END {printf "%.0f", v[int((NR+1)/2)]/1024}'
}

echo "mms start-up: $N runs per command (+$WARMUP warm-up), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "timer: $(command -v hyperfine >/dev/null && hyperfine --version || echo 'bash date +%s%N')"
echo "cds archive: $([ -f "$(dirname "$MMS")/../lib/mms.jsa" ] && echo present || echo absent)"
printf '%-26s %8s %8s %8s %8s %9s\n' command median_ms p90_ms min_ms max_ms rss_MiB
for i in "${!commands[@]}"; do
  read -r med p90 min max < <(times "${commands[$i]}" | stats)
  rss=$(peak_rss "${commands[$i]}")
  printf '%-26s %8s %8s %8s %8s %9s\n' "${names[$i]}" "$med" "$p90" "$min" "$max" "$rss"
done
if command -v aliyun >/dev/null; then
  read -r med p90 min max < <(times "aliyun version" | stats)
  printf '%-26s %8s %8s %8s %8s %9s\n' "aliyun version" "$med" "$p90" "$min" "$max" "$(peak_rss "aliyun version")"
else
  echo "aliyun: not installed (no anchor)"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
