#!/usr/bin/env bash
# HTTP load test of the disclosure service on the loopback (issue 5 §3). A measurement: it exits 0
# whether or not the targets are met, and non-zero only when the run itself fails (no wrk, the
# server does not start, a request gets an error status).
#
#   rules-api/src/test/load/run.sh                      # defaults below
#   DURATION=30s CONNECTIONS=16 rules-api/src/test/load/run.sh
#   JAVA_OPTS='-Xmx512m' rules-api/src/test/load/run.sh
#
# What it does: installs wrk (Debian package) if missing, builds rules-api.jar if missing, starts
# `rules-api.jar server` on two free 127.0.0.1 ports with reload off and the benchmark endpoint
# (POST /v1/noop) on, measures start-to-ready (process start until the admin /healthcheck answers
# 200), then loads /v1/noop, /v1/classify (rotating through the golden-case items of
# rules/cases/*.json) and /v1/classify/batch (BATCH_SIZE of the same items), sampling the server's
# VmRSS all the while, and prints the summary against the targets. The server is always stopped on
# exit. Results and the server log go to $OUT.
#
# Warm-up runs the three endpoints in turn until the JIT has settled: a cycle in which the JVM's
# compiler threads used less than JIT_SETTLED_PCT of one core (at least MIN_WARMUP_CYCLES cycles,
# at most MAX_WARMUP_CYCLES). Single calls take about a minute of load to reach full speed, so a
# fixed short warm-up measured the compiler, not the service. The measurement then runs ROUNDS
# rounds, each noop, classify and batch in turn: on a shared host the machine's speed drifts from
# one minute to the next, so each round's ratios compare endpoints measured in the same minute,
# and the summary gives their median and range.
#
# Settings (environment):
#   DURATION=10s (per endpoint and round)  ROUNDS=3  WARMUP=10s (per endpoint and cycle)
#   MIN_WARMUP_CYCLES=2  MAX_WARMUP_CYCLES=8  JIT_SETTLED_PCT=3
#   THREADS=2  CONNECTIONS=8  BATCH_SIZE=1000  TIMEOUT=10s
#   JAVA_OPTS      (default below; JAVA_OPTS= (empty) runs the JVM's own defaults)
#   LAUNCH=serve   start with rules-api/bin/serve, the production launcher (class-data archive,
#                  made before the timed start; C2 thresholds), or LAUNCH=jar: plain `java -jar`
#   OUT            (default: rules-api/target/load)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
JAR="$ROOT/rules-api/target/rules-api.jar"
DURATION="${DURATION:-10s}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-10s}"
MIN_WARMUP_CYCLES="${MIN_WARMUP_CYCLES:-2}"
MAX_WARMUP_CYCLES="${MAX_WARMUP_CYCLES:-8}"
JIT_SETTLED_PCT="${JIT_SETTLED_PCT:-3}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
BATCH_SIZE="${BATCH_SIZE:-1000}"
TIMEOUT="${TIMEOUT:-10s}"
# Recommended for a production-like measurement on a small machine: a bounded heap (the JVM's
# default maximum is a quarter of the RAM, and G1 grows toward it) and the serial collector, which
# has the smallest footprint and is the JVM's own choice below 2 cores / 1792 MB anyway; young
# generation and survivor spaces sized for the batches in progress. The same as rules-api/bin/serve's default.
JAVA_OPTS="${JAVA_OPTS--Xms56m -Xmx144m -Xmn56m -XX:SurvivorRatio=3 -XX:+UseSerialGC}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"  # as rules-api/bin/serve sets it, for LAUNCH=jar too
OUT="${OUT:-$ROOT/rules-api/target/load}"
LAUNCH="${LAUNCH:-serve}"

say() { printf '[load] %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 2; }
secs() { # "15s" / "1m" / "15" -> seconds
  case "$1" in
    *ms) echo 1 ;; *s) echo "${1%s}" ;; *m) echo $(( ${1%m} * 60 )) ;; *) echo "$1" ;;
  esac
}

# ---------------------------------------------------------------- tools, jar
if ! command -v wrk >/dev/null 2>&1; then
  say "installing wrk (Debian package)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null \
    || die "could not install wrk"
fi
for tool in java python3 curl; do command -v "$tool" >/dev/null 2>&1 || die "$tool is needed"; done
if [ ! -f "$JAR" ]; then
  say "building $JAR"
  (cd "$ROOT" && { mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests; }) || die "build failed"
fi

rm -rf "$OUT"; mkdir -p "$OUT"

# ---------------------------------------------------------------- request bodies and wrk scripts
python3 - "$ROOT/rules/cases" "$OUT" "$BATCH_SIZE" <<'PY'
import glob, json, os, sys
cases, out, batch_size = sys.argv[1], sys.argv[2], int(sys.argv[3])
items = []
for f in sorted(glob.glob(os.path.join(cases, "*.json"))):
    for case in json.load(open(f, encoding="utf-8")):
        if isinstance(case.get("item"), dict):
            items.append(case["item"])
if not items:
    sys.exit("no items in " + cases)
bodies = [json.dumps(i, ensure_ascii=False, separators=(",", ":")) for i in items]

def lua_string(s):
    level = 0
    while ("]" + "=" * level + "]") in s:
        level += 1
    return "[" + "=" * level + "[" + s + "]" + "=" * level + "]"

DONE = r'''
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f,' ..
    '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    e.connect, e.read, e.write, e.status, e.timeout))
end
'''
HEAD = 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
# single items, each wrk thread starting at its own offset and rotating through all of them
with open(os.path.join(out, "single.lua"), "w", encoding="utf-8") as f:
    f.write(HEAD)
    f.write("local bodies = {\n" + ",\n".join(lua_string(b) for b in bodies) + "\n}\n")
    f.write('''local counter, i = 0, 0
function setup(thread) counter = counter + 1; thread:set("offset", counter * 37) end
function init(args) i = (offset or 0) % #bodies end
function request()
  i = i % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end
''')
    f.write(DONE)
# one batch body: the items repeated up to batch_size
batch = '{"items":[' + ",".join(bodies[k % len(bodies)] for k in range(batch_size)) + "]}"
with open(os.path.join(out, "batch.json"), "w", encoding="utf-8") as f:
    f.write(batch)
with open(os.path.join(out, "batch.lua"), "w", encoding="utf-8") as f:
    f.write(HEAD)
    f.write("local body = " + lua_string(batch) + "\n")
    f.write("function request() return wrk.format(nil, nil, nil, body) end\n")
    f.write(DONE)
json.dump({"items": len(items), "batch_size": batch_size, "batch_bytes": len(batch.encode())},
          open(os.path.join(out, "bodies.json"), "w"))
PY
ITEMS=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["items"])' "$OUT/bodies.json")
BATCH_BYTES=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["batch_bytes"])' "$OUT/bodies.json")
MAX_BODY=$(( BATCH_BYTES > 1048576 ? BATCH_BYTES + 4096 : 1048576 ))

# ---------------------------------------------------------------- server
read -r PORT ADMIN_PORT < <(python3 - <<'PY'
import socket
socks = []
for _ in range(2):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s)
print(*(s.getsockname()[1] for s in socks))
for s in socks: s.close()
PY
)
BASE="http://127.0.0.1:$PORT"

SERVER_PID=""; SAMPLER_PID=""
cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

case "$LAUNCH" in
  serve)
    JAVA_OPTS="$JAVA_OPTS" DISCLOSURE_JAR="$JAR" "$ROOT/rules-api/bin/serve" prepare \
      || say "no class-data archive could be made; the launcher starts without it"
    LAUNCHER=(env JAVA_OPTS="$JAVA_OPTS" DISCLOSURE_JAR="$JAR" "$ROOT/rules-api/bin/serve" server) ;;
  jar) LAUNCHER=(java $JAVA_OPTS -jar "$JAR" server) ;;
  *) die "LAUNCH must be serve or jar" ;;
esac
say "starting the server on 127.0.0.1:$PORT (admin $ADMIN_PORT) with ${LAUNCHER[*]}"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
T0=$(date +%s%3N)
# shellcheck disable=SC2086
( cd "$ROOT" && exec env DISCLOSURE_PORT="$PORT" DISCLOSURE_ADMIN_PORT="$ADMIN_PORT" \
    DISCLOSURE_BIND=127.0.0.1 DISCLOSURE_ADMIN_BIND=127.0.0.1 DISCLOSURE_RULES="$ROOT/rules" \
    DISCLOSURE_RELOAD=false DISCLOSURE_BENCHMARK_ENDPOINTS=true DISCLOSURE_BATCH_LIMIT="$BATCH_SIZE" \
    DISCLOSURE_MAX_BODY_BYTES="$MAX_BODY" \
    "${LAUNCHER[@]}" ) >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
READY_MS=""
while :; do
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -20 "$OUT/server.log" >&2; die "the server exited during start-up"; }
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$ADMIN_PORT/healthcheck" 2>/dev/null)" = 200 ]; then
    READY_MS=$(( $(date +%s%3N) - T0 )); break
  fi
  [ $(( $(date +%s%3N) - T0 )) -lt 60000 ] || die "not ready after 60 s"
  sleep 0.02
done
say "ready after $READY_MS ms"
RSS_IDLE_KB=$(awk '/^VmRSS/ {print $2}' "/proc/$SERVER_PID/status")

# the bodies are valid: the whole batch (every item) must classify
code=$(curl -s -o "$OUT/batch-answer.json" -w '%{http_code}' --max-time 30 -H 'Content-Type: application/json' \
  --data-binary @"$OUT/batch.json" "$BASE/v1/classify/batch")
[ "$code" = 200 ] || { head -c 600 "$OUT/batch-answer.json" >&2; die "the batch body gets $code, not 200"; }
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H 'Content-Type: application/json' -d '{"title":"x"}' "$BASE/v1/noop")
[ "$code" = 200 ] || die "POST /v1/noop gets $code (is benchmarkEndpoints on?)"

sample_rss() { # VmRSS every 100 ms while the server runs, into $1
  while kill -0 "$SERVER_PID" 2>/dev/null; do
    awk '/^VmRSS/ {print $2}' "/proc/$SERVER_PID/status" 2>/dev/null || true
    sleep 0.1
  done >"$1"
}

run_wrk() { # name script path duration
  local name=$1 script=$2 path=$3 dur=$4
  timeout $(( $(secs "$dur") + $(secs "$TIMEOUT") + 30 )) \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$dur" --timeout "$TIMEOUT" --latency -s "$OUT/$script" "$BASE$path" \
    >"$OUT/$name.txt" 2>&1 || { cat "$OUT/$name.txt" >&2; die "wrk $name failed"; }
  grep '^RESULT ' "$OUT/$name.txt" | sed 's/^RESULT //' >"$OUT/$name.json" || die "wrk $name printed no result"
}

compiler_ticks() { # CPU time (clock ticks) the JVM's JIT compiler threads have used so far
  local total=0 t
  for t in /proc/"$SERVER_PID"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in
      # utime + stime, counted after the ") " that closes the thread's name (which has a space)
      C1\ Compiler*|C2\ Compiler*) total=$(( total + $(sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12 + $13}') + 0 )) ;;
    esac
  done
  echo "$total"
}

run_endpoint() { # name duration -> $OUT/name.json
  case $1 in
    *noop*) run_wrk "$1" single.lua /v1/noop "$2" ;;
    *classify*) run_wrk "$1" single.lua /v1/classify "$2" ;;
    *batch*) run_wrk "$1" batch.lua /v1/classify/batch "$2" ;;
  esac
}

sample_rss "$OUT/rss-warmup.kb" & SAMPLER_PID=$!
TICKS_PER_S=$(getconf CLK_TCK)
WARMUP_CYCLES=0
while :; do
  WARMUP_CYCLES=$(( WARMUP_CYCLES + 1 ))
  t0=$(date +%s%3N); c0=$(compiler_ticks)
  for name in noop classify batch; do run_endpoint "warmup-$name" "$WARMUP"; done
  jit_pct=$(( ($(compiler_ticks) - c0) * 100000 / TICKS_PER_S / ($(date +%s%3N) - t0) ))
  say "warm-up cycle $WARMUP_CYCLES: JIT compiler threads used ${jit_pct}% of one core"
  if [ "$WARMUP_CYCLES" -ge "$MIN_WARMUP_CYCLES" ] && [ "$jit_pct" -lt "$JIT_SETTLED_PCT" ]; then break; fi
  if [ "$WARMUP_CYCLES" -ge "$MAX_WARMUP_CYCLES" ]; then say "the JIT had not settled after $WARMUP_CYCLES cycles; measuring anyway"; break; fi
done
kill "$SAMPLER_PID" 2>/dev/null || true
RSS_WARM_KB=$(sort -n "$OUT/rss-warmup.kb" | tail -1)
sample_rss "$OUT/rss.kb" & SAMPLER_PID=$!   # the maximum reported: over the measured runs
for round in $(seq "$ROUNDS"); do
  for name in noop classify batch; do
    run_endpoint "$name-$round" "$DURATION"
    say "round $round, $name: $(cat "$OUT/$name-$round.json")"
  done
done
kill "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
# shellcheck disable=SC2086
GC_LINE=$(java $JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null \
  | awk '$2 ~ /^Use(Serial|Parallel|G1|Z|Shenandoah)GC$/ && $4 == "true" {print $2}' | head -1)
GC_LINE="$GC_LINE, java $(java -version 2>&1 | awk -F'"' 'NR==1 {print $2}')"
cleanup; SERVER_PID=""

# ---------------------------------------------------------------- summary
python3 - "$OUT" <<PY
import json, os, statistics, sys
out, rounds = sys.argv[1], $ROUNDS
batch_size, items, ready_ms = $BATCH_SIZE, $ITEMS, $READY_MS
runs = {(n, k): json.load(open(os.path.join(out, f"{n}-{k}.json")))
        for n in ("noop", "classify", "batch") for k in range(1, rounds + 1)}
rss = [int(x) for x in open(os.path.join(out, "rss.kb")).read().split() if x.isdigit()]
bad = {f"{n}-{k}": v["status"] + v["connect"] + v["read"] + v["write"] + v["timeout"] for (n, k), v in runs.items()}
for (n, k), v in runs.items():
    v["rps"] = v["requests"] / (v["duration_us"] / 1e6)
    v["items_s"] = v["rps"] * (batch_size if n == "batch" else 1)
# Each round's ratios compare endpoints measured in the same minute.
tp = [runs["classify", k]["rps"] / runs["noop", k]["rps"] for k in range(1, rounds + 1)]
bt = [runs["batch", k]["items_s"] / runs["classify", k]["items_s"] for k in range(1, rounds + 1)]
max_rss_mb = max(rss) / 1024 if rss else float("nan")
def ms(us): return us / 1000
def spread(xs, fmt): return f"{fmt.format(statistics.median(xs))} (rounds: {', '.join(fmt.format(x) for x in xs)})"
print()
print(f"HTTP load: wrk -t$THREADS -c$CONNECTIONS --latency, 127.0.0.1, {os.cpu_count()} cores; {items} distinct items; "
      f"batch of {batch_size} items ({$BATCH_BYTES} bytes)")
print(f"warm-up: $WARMUP_CYCLES cycles of $WARMUP per endpoint (until the JIT used < $JIT_SETTLED_PCT% of a core); "
      f"measured: {rounds} rounds of $DURATION per endpoint, in turn")
print("launch: $LAUNCH; JVM options: ${JAVA_OPTS:-(none: the JVM defaults)}  ($GC_LINE)")
print("load average before / after: $LOAD_BEFORE / $LOAD_AFTER")
print()
print("| round | endpoint | requests/s | items/s | p50 ms | p90 ms | p99 ms | max ms | requests | errors |")
print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for k in range(1, rounds + 1):
    for n, path in (("noop", "POST /v1/noop"), ("classify", "POST /v1/classify"), ("batch", f"POST /v1/classify/batch ({batch_size})")):
        v = runs[n, k]
        print(f"| {k} | {path} | {v['rps']:.0f} | {v['items_s']:.0f} | {ms(v['p50_us']):.2f} | {ms(v['p90_us']):.2f} | "
              f"{ms(v['p99_us']):.2f} | {ms(v['max_us']):.1f} | {v['requests']} | {bad[f'{n}-{k}']} |")
print()
def verdict(ok): return "met" if ok else "MISSED"
rows = [
    ("classify req/s ÷ noop req/s, same round", spread(tp, "{:.2f}"), "≥ 0.80", statistics.median(tp) >= 0.8),
    ("batch items/s ÷ single-call items/s, same round", spread(bt, "{:.1f}"), "≥ 20", statistics.median(bt) >= 20),
    ("start-to-ready", f"{ready_ms} ms", "≤ 3000 ms", ready_ms <= 3000),
    ("max RSS under load", f"{max_rss_mb:.0f} MB (idle after start {$RSS_IDLE_KB/1024:.0f} MB, max during warm-up {$RSS_WARM_KB/1024:.0f} MB)", "≤ 300 MB", max_rss_mb <= 300),
]
print("| target | measured (median of the rounds) | wanted | verdict |")
print("|---|---|---|---|")
for name, got, want, ok in rows:
    print(f"| {name} | {got} | {want} | {verdict(ok)} |")
summary = {"rounds": {f"{n}-{k}": v for (n, k), v in runs.items()}, "ready_ms": ready_ms, "max_rss_mb": max_rss_mb,
           "classify_over_noop": tp, "batch_over_single": bt, "warmup_cycles": $WARMUP_CYCLES,
           "launch": "$LAUNCH", "java_opts": "$JAVA_OPTS", "threads": $THREADS, "connections": $CONNECTIONS, "duration": "$DURATION",
           "load_before": "$LOAD_BEFORE", "load_after": "$LOAD_AFTER"}
json.dump(summary, open(os.path.join(out, "summary.json"), "w"), indent=1)
if any(bad.values()):
    print("\nerror responses or socket errors during the run: " + json.dumps(bad), file=sys.stderr)
    sys.exit(3)
PY
