#!/usr/bin/env bash
# Time to fail (issue 7): how long mms takes to give up, with which exit code and reason, against servers that hang,
# speak the wrong protocol, do not exist, throttle with a long x-acs-retry-after, or cut answers short; and how many
# requests mms sends after the reader of its stdout has gone (`| head -c 100`).
# Usage: bench/failures.sh [RUNS]   (default 3 runs a case; the median is shown)
# Uses the distribution that `mvn -o -q package -DskipTests` builds (override with MMS=/path/to/bin/mms); starts its
# own emulators and stand-in servers on free loopback ports and stops them when it exits.
set -uo pipefail

RUNS=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
MMS=${MMS:-$root/target/mms/bin/mms}
[ -x "$MMS" ] || { echo "no launcher at $MMS: run 'mvn -o -q package -DskipTests' first" >&2; exit 2; }
lib=$(cd "$(dirname "$MMS")/../lib" && pwd)
export ALIBABA_CLOUD_ACCESS_KEY_ID=mms-local ALIBABA_CLOUD_ACCESS_KEY_SECRET=mms-local-secret

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for_port() {
  for _ in $(seq 300); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing listens on port $1; see $work/*.log" >&2
  exit 1
}

# emulator PORT [ARGS...]: an emulator in the background
emulator() {
  local port=$1
  shift
  MMS_JAVA_OPTS="" "$MMS" emulator --port "$port" --speed 1000 "$@" 2>>"$work/emulator-$port.log" &
  pids+=($!)
  wait_for_port "$port"
}

# A server that accepts every connection and never says a word.
hang_port=$(free_port)
python3 -c '
import socket, sys, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(128)
held = []
while True:
    c, _ = s.accept(); held.append(c)
' "$hang_port" &
pids+=($!)
wait_for_port "$hang_port"

plain_port=$(free_port); emulator "$plain_port"
throttle_port=$(free_port); emulator "$throttle_port" --faults throttle=1,retry-after=50
truncate_port=$(free_port); emulator "$truncate_port" --faults truncate=1

printf 'name: bench-fail\nsrcDbName: sales\ndstDbName: sales_dw\ntables: [customers]\n' > "$work/spec.yaml"

# case NAME ARGS...: median wall time of RUNS runs, the exit code and the first line of stderr
case_() {
  local name=$1
  shift
  local times=() code line
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$MMS" "$@" >/dev/null 2>"$work/err"
    code=$?
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  line=$(grep -v '^mms: retrying' "$work/err" | head -1)
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  printf '| %-44s | %6.2f s | %4s | %s |\n' "$name" "$(echo "$median / 1000" | bc -l)" "$code" "$line"
}

echo "Time to fail, median of $RUNS runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| case | time | exit | first line of stderr |"
echo "|---|---|---|---|"
hang="--endpoint http://127.0.0.1:$hang_port --source-id 2000015"
case_ "hanging server, --timeout 3s: job list" $hang --timeout 3s job list
case_ "hanging server, --timeout 3s: job list --all" $hang --timeout 3s job list --all -o json
case_ "hanging server, --timeout 3s: source list" $hang --timeout 3s source list
case_ "hanging server, --timeout 3s: job create" $hang --timeout 3s job create -f "$work/spec.yaml"
case_ "hanging server, --timeout 3s: job watch" $hang --timeout 3s job watch 100
case_ "hanging server, no --timeout: source list" $hang source list
case_ "https:// to a plain-HTTP port: job list" --endpoint "https://127.0.0.1:$plain_port" --source-id 2000015 job list
case_ "unknown host: job list" --endpoint "https://no-such-host.invalid" --source-id 2000015 job list
case_ "retry-after 50, --timeout 5s: job list" --endpoint "http://127.0.0.1:$throttle_port" --timeout 5s --source-id 2000015 job list
case_ "retry-after 50, no --timeout: source list" --endpoint "http://127.0.0.1:$throttle_port" --attempts 2 source list
case_ "truncated 200: job list" --endpoint "http://127.0.0.1:$truncate_port" --source-id 2000015 job list
case_ "truncated 200: job create (not re-sent)" --endpoint "http://127.0.0.1:$truncate_port" --source-id 2000015 job create -f "$work/spec.yaml"

# Requests after the pipe closed: 2,000 jobs (the state file cloned as bench/list-all.sh does), 20 pages of 100.
template_port=$(free_port)
emulator "$template_port" --state "$work/template.json"
"$MMS" --endpoint "http://127.0.0.1:$template_port" job create -f "$work/spec.yaml" --source-id 2000015 >/dev/null
sleep 1
java -cp "$lib/*" bench/GenerateState.java "$work/template.json" "$work/state.json" 2000 >/dev/null
pipe_port=$(free_port)
emulator "$pipe_port" --state "$work/state.json"
echo
echo "Requests after the reader of stdout has gone (2,000 jobs, --all: 20 pages of 100; head exits within page 1):"
echo
echo "| command | ListMmsJobs requests | after page 1 | exit of mms | stderr besides the trace |"
echo "|---|---|---|---|---|"
for format in json yaml csv name table; do
  "$MMS" -v --endpoint "http://127.0.0.1:$pipe_port" --source-id 2000015 job list --all -o "$format" \
    2>"$work/trace" | head -c 100 >/dev/null
  code=${PIPESTATUS[0]}
  requests=$(grep -c '^> GET .*/jobs?' "$work/trace")
  other=$(grep -v '^[<>]' "$work/trace" | head -1)
  printf '| `job list --all -o %s \\| head -c 100` | %d | %d | %d | %s |\n' "$format" "$requests" $((requests - 1)) \
    "$code" "${other:-(none)}"
done
