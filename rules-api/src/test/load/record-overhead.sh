#!/usr/bin/env bash
# What the decision record costs /v1/classify (issue 15: at most 10 % of its throughput). A
# measurement: it prints the figures and exits 0 whatever they are; non-zero only when the run
# itself fails.
#
#   rules-api/src/test/load/record-overhead.sh             # defaults below
#   ROUNDS=5 DURATION=15s rules-api/src/test/load/record-overhead.sh
#
# Throughput counts 200 answers only; other statuses are counted and shown (on this shared machine
# an occasional 408 appears under load: the connectors' minimum data rate, with or without recording).
#
# Two servers from the same jar run side by side on free 127.0.0.1 ports, one recording (the
# default H2 file, in a temporary folder) and one with DISCLOSURE_RECORD=false. Both are warmed up,
# then loaded in turn, one at a time, ROUNDS times each (on, off, on, off, …), so that both are
# measured in the same minutes of a shared machine. Items rotate through the golden cases of
# rules/cases/*.json. At the end the recording server's decision count is checked against the
# requests it answered, so the figures are for decisions actually recorded.
#
# Settings: ROUNDS=3 DURATION=10s WARMUP=30s THREADS=2 CONNECTIONS=8
#   JAVA_OPTS (default: the load test's) OUT (default rules-api/target/record-overhead)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
JAR="$ROOT/rules-api/target/rules-api.jar"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-30s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
JAVA_OPTS="${JAVA_OPTS--Xms56m -Xmx144m -Xmn56m -XX:SurvivorRatio=3 -XX:+UseSerialGC}"
OUT="${OUT:-$ROOT/rules-api/target/record-overhead}"

say() { printf '[record-overhead] %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 2; }

if ! command -v wrk >/dev/null 2>&1; then
  say "installing wrk (Debian package)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null || die "no wrk"
fi
[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -q package -DskipTests) || die "build failed"
rm -rf "$OUT"; mkdir -p "$OUT/on" "$OUT/off"

python3 - "$ROOT" "$OUT" <<'PY'
import glob, json, os, sys
root, out = sys.argv[1], sys.argv[2]
bodies = [json.dumps(c["item"], ensure_ascii=False) for f in sorted(glob.glob(os.path.join(root, "rules/cases/*.json")))
          for c in json.load(open(f, encoding="utf-8"))]
def lua(s):
    level = 0
    while ("]" + "=" * level + "]") in s:
        level += 1
    return "[" + "=" * level + "[" + s + "]" + "=" * level + "]"
with open(os.path.join(out, "single.lua"), "w", encoding="utf-8") as f:
    f.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n')
    f.write("local bodies = {\n" + ",\n".join(lua(b) for b in bodies) + "\n}\n")
    f.write('local i = 0\nfunction request() i = i % #bodies + 1; return wrk.format(nil, nil, nil, bodies[i]) end\n')
    f.write('function done(s) io.write(string.format("RESULT %d %d %d\\n", s.requests, s.duration, s.errors.status)) end\n')
PY

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start() { # name record -> sets PORT_<name>, ADMIN_<name>
  local name=$1 record=$2 port admin
  port=$(free_port); admin=$(free_port)
  (cd "$OUT/$name" && DISCLOSURE_RULES="$ROOT/rules" DISCLOSURE_PORT=$port DISCLOSURE_ADMIN_PORT=$admin \
     DISCLOSURE_RELOAD=false DISCLOSURE_RECORD=$record exec java $JAVA_OPTS -jar "$JAR" server >"$OUT/$name/server.log" 2>&1) &
  PIDS+=($!)
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$admin/healthcheck" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -sf "http://127.0.0.1:$admin/healthcheck" >/dev/null || die "$name did not start (see $OUT/$name/server.log)"
  eval "PORT_$name=$port; ADMIN_$name=$admin"
}
start on true
start off false
say "servers up: recording on :$PORT_on, off :$PORT_off"

load() { # port duration -> "answered-with-200 microseconds non-200"
  local r
  r=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" -s "$OUT/single.lua" "http://127.0.0.1:$1/v1/classify" | grep '^RESULT') \
    || die "wrk failed"
  set -- $r
  echo "$(($2 - $4)) $3 $4"
}
say "warming up both ($WARMUP each, twice)"
for _ in 1 2; do load "$PORT_on" "$WARMUP" >/dev/null; load "$PORT_off" "$WARMUP" >/dev/null; done

on_total=0
for round in $(seq 1 "$ROUNDS"); do
  read -r n_on us_on bad_on < <(load "$PORT_on" "$DURATION")
  read -r n_off us_off bad_off < <(load "$PORT_off" "$DURATION")
  on_total=$((on_total + n_on))
  python3 -c "import sys; on=$n_on/($us_on/1e6); off=$n_off/($us_off/1e6); print(f'round $round: recording on {on:.0f}/s, off {off:.0f}/s, ratio {on/off:.3f} (non-200: $bad_on on, $bad_off off)')" | tee -a "$OUT/rounds.txt"
done
sleep 3
metrics=$(curl -s "http://127.0.0.1:$ADMIN_on/metrics")
python3 - "$OUT/rounds.txt" "$metrics" <<'PY'
import json, re, statistics, sys
ratios = [float(re.search(r"ratio ([0-9.]+)", l).group(1)) for l in open(sys.argv[1])]
m = json.loads(sys.argv[2])["counters"]
print(f"median ratio on/off {statistics.median(ratios):.3f} (range {min(ratios):.3f}-{max(ratios):.3f}); "
      f"recorded {m['record.recorded']['count']}, lost {m['record.lost']['count']}")
PY
