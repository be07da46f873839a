#!/usr/bin/env bash
# Throughput of a no-op UAPI call over HTTP (token authentication, dispatch, JSON, access log) against a bare
# Jetty handler that returns the same bytes, side by side in one run, with wrk on loopback.
#
#   bench/http-throughput.sh [SECONDS] [CONNECTIONS] [ROUNDS]   (defaults: 10 s, 50 connections, 3 rounds)
#
# The two servers take turns, ROUNDS times each, and the median of each is compared: on a shared machine one
# run of each swings by a fifth.
#
# Needs the build (mvn -B -q package -DskipTests) and wrk (Debian package). Uses a temporary UAPI_HOME on the
# embedded store, a token made with bin/uapi, and Bench::noop from bench/src/BenchPlugin.java, put on the
# class path only for this run. Both servers are stopped at the end, whatever happens.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-10}
connections=${2:-50}
rounds=${3:-3}
warmup=10
command -v wrk >/dev/null || { echo "bench: needs wrk (apt-get install wrk)" >&2; exit 2; }
source "$root/bin/lib/launcher.sh"
uapi_classpath
java=$(uapi_java)

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/classes/META-INF/services" "$work/home"
javac -nowarn -d "$work/classes" -cp "$UAPI_CLASSPATH" "$root"/bench/src/*.java
echo BenchPlugin > "$work/classes/META-INF/services/dev.uapi.spi.UapiPlugin"
cp="$UAPI_CLASSPATH:$work/classes"

# wait_for FILE PATTERN: the line of FILE that matches, once it is there (at most 30 s)
wait_for() {
  for _ in $(seq 300); do
    if grep -m1 -E "$2" "$1" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "bench: no line matching '$2' in $1" >&2; cat "$1" >&2; exit 1
}

export UAPI_HOME="$work/home"
token=$("$root/bin/uapi" --user=bench --output=json Tokens create_full_access name=bench \
  | sed -n 's/.*"token":"\([0-9A-Z]\{32\}\)".*/\1/p')
[ -n "$token" ] || { echo "bench: bin/uapi made no token" >&2; exit 1; }

read -r -a jvm <<<"${BENCH_JVM_OPTS:--Xms1g -Xmx1g -XX:+UseParallelGC -XX:+AlwaysPreTouch}"
"$java" "${jvm[@]}" -cp "$cp" dev.uapi.dispatcher.server.UapidMain --home "$work/home" --port 0 \
  >"$work/uapid.log" 2>"$work/uapid.err" &
pids+=($!)
uapid=$(wait_for "$work/uapid.log" '^uapid: serving ' | sed -n 's/^uapid: serving \(http[^ ]*\).*/\1/p')
url="$uapid/execute/Bench/noop"
auth="Authorization: cpanel bench:$token"

curl -sS -H "$auth" -o "$work/body.json" "$url"
grep -q '"status":1' "$work/body.json" || { echo "bench: the no-op call failed:" >&2; cat "$work/body.json" >&2; exit 1; }
"$java" "${jvm[@]}" -cp "$cp" BareJetty "$work/body.json" >"$work/bare.log" 2>&1 &
pids+=($!)
bare=$(wait_for "$work/bare.log" '^bare: serving ' | sed -n 's/^bare: serving \(http[^ ]*\).*/\1/p')
cmp -s "$work/body.json" <(curl -sS "$bare/") || { echo "bench: the bare handler's bytes differ" >&2; exit 1; }

run() { # run LABEL URL [HEADER]: one measured run, its figures appended to $work/LABEL.runs
  local label=$1 target=$2; shift 2
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" "$target" >"$work/$label.wrk"
  local rps p99 errors
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/$label.wrk")
  p99=$(awk '$1 == "99%" {print $2}' "$work/$label.wrk")
  errors=$(grep -E 'Non-2xx|Socket errors' "$work/$label.wrk" || true)
  printf '  %-6s %12s req/s   p99 %8s   %s\n' "$label" "$rps" "$p99" "$errors"
  echo "$rps $p99" >>"$work/$label.runs"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ms() { awk '{ v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }'; }

echo "wrk -t2 -c$connections -d${seconds}s --latency, $rounds rounds taking turns after ${warmup}s of warm-up each; loopback, $(nproc) cores"
wrk -t2 -c"$connections" -d"${warmup}s" "$bare/execute/Bench/noop" >/dev/null
wrk -t2 -c"$connections" -d"${warmup}s" -H "$auth" "$url" >/dev/null
for round in $(seq "$rounds"); do
  run bare "$bare/execute/Bench/noop"
  run uapid "$url" -H "$auth"
done
bare_rps=$(median <"$work/bare.runs")
uapid_rps=$(median <"$work/uapid.runs")
printf 'median bare   %10s req/s   p99 %6s ms (median)\n' "$bare_rps" "$(ms <"$work/bare.runs" | median)"
printf 'median uapid  %10s req/s   p99 %6s ms (median)\n' "$uapid_rps" "$(ms <"$work/uapid.runs" | median)"
awk -v u="$uapid_rps" -v b="$bare_rps" \
  'BEGIN { printf "ratio  %.1f%% of the bare handler (target: at least 75%%)\n", 100 * u / b }'
echo "uapid access log: $(wc -l <"$work/uapid.log") lines"
