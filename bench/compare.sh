#!/usr/bin/env bash
# mms beside the CLIs people compare it with, side by side in one run, as ratios (issue 13):
#   mms --version                against  gh --version                         (target: JVM <= 3.5x, native <= 0.5x)
#   mms job list -o json         against  aws dynamodb list-tables             (target: JVM <= 0.6x, native <= 0.1x)
#     (one page of 20 from an emulator already running; aws asks a loopback stub, so both are start-up + one request)
#   mms job list --all -o json over 10,000 jobs at 20 ms per request: wall, the CLI's CPU time, peak RSS
#                                                                           (target: <= 1.5 s wall, <= 1 s CPU)
# Every mms built here takes part: target/mms (the launcher on the default JVM), target/mms-runtime (-Pruntime, the
# jlink image), target/mms-native/mms (-Pnative, where a GraalVM built it).
# Usage: bench/compare.sh [RUNS]   (default 20 runs per command after 3 warm-ups; ALL_RUNS, default 5, for --all;
#        EXTRA="NAME=/path/to/bin/mms ..." adds launchers, e.g. an unpacked release zip)
# Installs what it needs from Debian (hyperfine gh awscli time python3) with apt-get, through sudo when not root.
set -euo pipefail

RUNS=${1:-20}
ALL_RUNS=${ALL_RUNS:-5}
COUNT=${COUNT:-10000}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/gh ] || missing+=(gh)
[ -x /usr/bin/aws ] || missing+=(awscli)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} from Debian" >&2
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd=sudo
  $sudo_cmd apt-get install -y "${missing[@]}" >/dev/null || { $sudo_cmd apt-get update >/dev/null && $sudo_cmd apt-get install -y "${missing[@]}" >/dev/null; }
fi

launchers=()
[ -x target/mms/bin/mms ] && launchers+=("jvm=$root/target/mms/bin/mms")
[ -x target/mms-runtime/bin/mms ] && launchers+=("jlink=$root/target/mms-runtime/bin/mms")
[ -x target/mms-native/mms ] && launchers+=("native=$root/target/mms-native/mms")
# More launchers to measure beside them, e.g. an unpacked release: EXTRA="release=/tmp/r/mms-0.1.0/bin/mms other=..."
for entry in ${EXTRA:-}; do launchers+=("$entry"); done
[ ${#launchers[@]} -gt 0 ] || { echo "nothing to measure: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
MMS=$root/target/mms/bin/mms
[ -x "$MMS" ] || MMS=${launchers[0]#*=}

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for_port() {
  for _ in $(seq 300); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done
  echo "nothing listens on port $1; see $work/*.log" >&2; exit 1
}
# Starts an emulator serving the state file $2 with extra options and sets the variable named $1 to its endpoint.
# (Not called as $(...): the emulator's pid must reach the cleanup of this shell, not of a subshell.)
start_emulator() {
  local port; port=$(free_port)
  MMS_JAVA_OPTS="" "$MMS" emulator --port "$port" --state "$2" --speed 1000 "${@:3}" >>"$work/emulator.log" 2>&1 &
  pids+=($!)
  wait_for_port "$port"
  printf -v "$1" 'http://127.0.0.1:%s' "$port"
}

export ALIBABA_CLOUD_ACCESS_KEY_ID=mms-local ALIBABA_CLOUD_ACCESS_KEY_SECRET=mms-local-secret
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_DEFAULT_REGION=us-east-1 AWS_PAGER=""
export AWS_CONFIG_FILE=$work/aws-config AWS_SHARED_CREDENTIALS_FILE=$work/aws-credentials
touch "$AWS_CONFIG_FILE" "$AWS_SHARED_CREDENTIALS_FILE"

# State files: one real emulator writes one job (the format is its own), GenerateState clones it.
port=$(free_port)
MMS_JAVA_OPTS="" "$MMS" emulator --port "$port" --state "$work/template.json" --speed 1000 >>"$work/emulator.log" 2>&1 &
template_pid=$!
wait_for_port "$port"
"$MMS" --endpoint "http://127.0.0.1:$port" job create -f docs/examples/tables-with-filters.yaml --source-id 2000015 >/dev/null
for _ in $(seq 100); do
  python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["jobs"] else 1)' "$work/template.json" 2>/dev/null && break
  sleep 0.1
done
kill "$template_pid"; wait "$template_pid" 2>/dev/null || true
lib=$(cd "$(dirname "$MMS")/../lib" && pwd)
java -cp "$lib/*" bench/GenerateState.java "$work/template.json" "$work/jobs-20.json" 20 >/dev/null
java -cp "$lib/*" bench/GenerateState.java "$work/template.json" "$work/jobs-all.json" "$COUNT" >/dev/null
start_emulator one_page "$work/jobs-20.json"
start_emulator all_pages "$work/jobs-all.json" --faults latency=20ms

# The loopback stub aws talks to: DynamoDB's ListTables answer, as fast as Python's http.server gives it.
stub_port=$(free_port)
python3 - "$stub_port" >"$work/stub.log" 2>&1 <<'EOF' &
import http.server, sys
class Stub(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        body = b'{"TableNames":["bench"]}'
        self.send_response(200)
        self.send_header("content-type", "application/x-amz-json-1.0")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Stub).serve_forever()
EOF
pids+=($!)
wait_for_port "$stub_port"
aws=(/usr/bin/aws dynamodb list-tables --endpoint-url "http://127.0.0.1:$stub_port")
"${aws[@]}" >/dev/null

# Each launcher's class-data archive must be in use, as for a user's second run: wait for one being made.
for entry in "${launchers[@]}"; do
  name=${entry%%=*}; cmd=${entry#*=}
  for _ in $(seq 120); do
    line=$("$cmd" --version | grep '^class data:' || true)
    case $line in *"being made"*) sleep 1 ;; *) break ;; esac
  done
  echo "$name: $("$cmd" --version | sed -n 2p) | $line"
done
echo "gh: $(/usr/bin/gh --version | head -1) | aws: $(/usr/bin/aws --version 2>&1)"
echo "$(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

commands=(-n "gh --version" "/usr/bin/gh --version" -n "aws dynamodb list-tables" "${aws[*]}")
for entry in "${launchers[@]}"; do
  name=${entry%%=*}; cmd=${entry#*=}
  commands+=(-n "$name mms --version" "$cmd --version")
  commands+=(-n "$name mms job list -o json" "$cmd --endpoint $one_page --source-id 2000015 job list -o json")
done
hyperfine -N -w 3 -r "$RUNS" --export-json "$work/startup.json" "${commands[@]}" >"$work/hyperfine.log" 2>&1 \
  || { cat "$work/hyperfine.log" >&2; exit 1; }

python3 - "$work/startup.json" <<'EOF'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
def median(name): return 1000 * results[name]["median"]
def p90(name):
    t = sorted(results[name]["times"]); return 1000 * t[round(0.9 * (len(t) - 1))]
targets = {("jvm", "version"): 3.5, ("jlink", "version"): 3.5, ("native", "version"): 0.5,
           ("jvm", "list"): 0.6, ("jlink", "list"): 0.6, ("native", "list"): 0.1}
print("%-34s %10s %8s %8s %7s %8s" % ("command", "median_ms", "p90_ms", "user_ms", "ratio", "target"))
for ref in ("gh --version", "aws dynamodb list-tables"):
    print("%-34s %10.1f %8.1f %8.1f %7s %8s" % (ref, median(ref), p90(ref), 1000 * results[ref]["user"], "1.00", ""))
for name in results:
    if " mms " not in name:
        continue
    launcher = name.split()[0]
    kind = "version" if name.endswith("--version") else "list"
    ref = "gh --version" if kind == "version" else "aws dynamodb list-tables"
    ratio = median(name) / median(ref)
    target = targets.get((launcher.split("-")[0], kind))  # jvm-release: the targets of jvm
    verdict = "" if target is None else ("<= %.1f %s" % (target, "ok" if ratio <= target else "MISS"))
    print("%-34s %10.1f %8.1f %8.1f %7.2f %8s" % (name, median(name), p90(name), 1000 * results[name]["user"], ratio,
                                                 verdict))
EOF

echo
echo "mms job list --all -o json over $COUNT jobs, 20 ms per request ($ALL_RUNS runs each; target <= 1.5 s wall, <= 1 s CPU)"
printf '%-10s %9s %9s %9s %9s  %s\n' launcher median_s max_s cpu_s rss_MiB output
for entry in "${launchers[@]}"; do
  name=${entry%%=*}; cmd=${entry#*=}
  rows=()
  for _ in $(seq "$ALL_RUNS"); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$cmd" --endpoint "$all_pages" --source-id 2000015 job list --all -o json \
      >"$work/all.json" 2>"$work/all.err"
    rows+=("$(cat "$work/time")")
  done
  python3 - "$name" "$work/all.json" "$COUNT" "${rows[@]}" <<'EOF'
import json, statistics, sys
name, path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
runs = [list(map(float, r.split())) for r in sys.argv[4:]]
ids = [job["id"] for job in json.load(open(path))]
verdict = "ok: %d distinct jobs" % count if len(ids) == count == len(set(ids)) else "WRONG: %d jobs" % len(ids)
wall = [r[0] for r in runs]; cpu = [r[1] + r[2] for r in runs]; rss = [r[3] / 1024 for r in runs]
print("%-10s %9.2f %9.2f %9.2f %9.0f  %s" % (name, statistics.median(wall), max(wall), statistics.median(cpu),
                                               statistics.median(rss), verdict))
EOF
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
