#!/usr/bin/env bash
# `mms job list --all` over many jobs (issue 4): wall time and peak RSS per output format and page size, against a
# local emulator whose state file holds COUNT jobs. Every output is checked to hold exactly COUNT distinct jobs.
# Usage: bench/list-all.sh [COUNT] [RUNS]   (default 10000 jobs, 5 runs per case)
# Environment: MMS (launcher, default target/mms/bin/mms), PAGE_SIZES (default "100 500 1000 2000"); MMS_JAVA_OPTS goes to
# the listing commands only (e.g. -Xmx32m to show that memory stays flat), not to the emulator.
set -euo pipefail

COUNT=${1:-10000}
RUNS=${2:-5}
PAGE_SIZES=${PAGE_SIZES:-"100 500 1000 2000"}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
MMS=${MMS:-$root/target/mms/bin/mms}
[ -x "$MMS" ] || { echo "no launcher at $MMS: run 'mvn -o -q package -DskipTests' first" >&2; exit 2; }
lib=$(cd "$(dirname "$MMS")/../lib" && pwd)
export ALIBABA_CLOUD_ACCESS_KEY_ID=mms-local ALIBABA_CLOUD_ACCESS_KEY_SECRET=mms-local-secret

work=$(mktemp -d)
emulator_pid=""
stop_emulator() {
  if [ -n "$emulator_pid" ]; then kill "$emulator_pid" 2>/dev/null || true; wait "$emulator_pid" 2>/dev/null || true; fi
  emulator_pid=""
}
trap 'stop_emulator; rm -rf "$work"' EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts an emulator on a free port with the given state file; sets emulator_pid and endpoint.
start_emulator() {
  local port
  port=$(free_port)
  MMS_JAVA_OPTS="" "$MMS" emulator --port "$port" --state "$1" --speed 1000 2>>"$work/emulator.log" &
  emulator_pid=$!
  endpoint="http://127.0.0.1:$port"
  for _ in $(seq 200); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "the emulator did not start; see $work/emulator.log" >&2
  exit 1
}

# 1. A real emulator writes a state file with one job: the template of the format.
start_emulator "$work/template.json"
MMS_JAVA_OPTS="" "$MMS" --endpoint "$endpoint" job create -f docs/examples/tables-with-filters.yaml --source-id 2000015 >/dev/null
for _ in $(seq 100); do
  python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["jobs"] else 1)' "$work/template.json" \
    2>/dev/null && break
  sleep 0.1
done
stop_emulator

# 2. COUNT clones of it, then an emulator serving them.
java -cp "$lib/*" bench/GenerateState.java "$work/template.json" "$work/state.json" "$COUNT"
start_emulator "$work/state.json"

# Checks that a listing holds COUNT distinct jobs; prints "ok" or what is wrong.
check() {
  python3 - "$1" "$2" "$COUNT" <<'EOF'
import csv, json, sys
fmt, path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(path, newline="") as f:
    if fmt == "json":
        ids = [job["id"] for job in json.load(f)]
    elif fmt == "csv":
        rows = list(csv.DictReader(f))
        ids = [row[next(iter(row))] for row in rows]
    else:
        ids = [line.split()[0] for line in f.read().splitlines()[1:] if line.strip()]
ok = len(ids) == count and len(set(ids)) == count
print("ok" if ok else "WRONG: %d jobs, %d distinct" % (len(ids), len(set(ids))))
EOF
}

echo "mms job list --all over $COUNT jobs: $RUNS runs per case, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(the emulator runs on the same cores and serialises every page: its share is wall time minus the CLI's cpu_s)"
printf '%-28s %9s %9s %9s %9s %10s %10s  %s\n' case median_s p90_s min_s max_s cpu_s rss_MiB output
run_case() {
  local name=$1 fmt=$2; shift 2
  local times=() rss=() cpu=() verdict=""
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$MMS" --endpoint "$endpoint" job list --source-id 2000015 --all "$@" \
      >"$work/out" 2>"$work/err"
    read -r t m u s < "$work/time"
    times+=("$t"); rss+=("$m"); cpu+=("$(python3 -c "print($u + $s)")")
    verdict=$(check "$fmt" "$work/out")
  done
  python3 - "$name" "$verdict" "${times[*]}" "${rss[*]}" "${cpu[*]}" <<'EOF'
import statistics, sys
name, verdict = sys.argv[1], sys.argv[2]
t = sorted(float(x) for x in sys.argv[3].split())
m = sorted(int(x) for x in sys.argv[4].split())
c = [float(x) for x in sys.argv[5].split()]
p90 = t[round(0.9 * (len(t) - 1))]
print("%-28s %9.2f %9.2f %9.2f %9.2f %10.2f %10.0f  %s" % (name, statistics.median(t), p90, t[0], t[-1],
                                                          statistics.median(c), statistics.median(m) / 1024, verdict))
EOF
}
run_case "-o json" json -o json
run_case "-o csv" csv -o csv
run_case "table (piped)" table
for size in $PAGE_SIZES; do
  run_case "-o json --page-size $size" json -o json --page-size "$size"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
