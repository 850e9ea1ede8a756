#!/usr/bin/env bash
# Attack benchmark (issue 12): wrk measures the article feed while 4 clients send the hostile-query
# corpus (bench/attack_clients.py: fan-outs, alias and fragment bombs, directives, batches, deep
# introspection, huge variables, deep input) for the same time. Runs alternate, in one service:
# quiet, attacked, quiet, attacked. Reports the feed's throughput and latency (p99), the peak RSS of the
# service, its 5xx answers, the attackers' codes and connections, and the load average around each run.
# Usage: bench/attack.sh   (after ./mvnw -B package -DskipTests; needs wrk, python3, curl)
# Knobs: ATTACK_PORT (18401), ROUNDS (2), DURATION (30), ATTACKERS (4), CONNECTIONS (8), SEED_ARTICLES
# (1000), BENCH_JAVA_OPTS. NEWSGRAPH_CACHE_ENABLED=false executes every feed request (no response cache);
# then set NEWSGRAPH_RATE_LIMIT=0 too, or the one feed client spends its budget (about 700 feeds a minute).
# MODES ("quiet attacked") are the runs of a round, in order; "flooded" adds one client that sends an
# operation over the node limit as fast as wrk -c4 can (its refusals spend its budget, then the door
# answers it 429 unread): the report gives its req/s and how many of its answers were 429s.
# PIN=1 stands in for attackers on another host: the service and wrk share CPU 0 in every run, the
# attacking clients get CPU 1 (taskset), so the attack takes from the feed only what the service spends
# answering it, not the CPU the attackers' own processes burn. Needs 2 CPUs or more.
# JFR=DIR records each attacked or flooded run (jcmd JFR.start/stop, settings=profile) to DIR/<mode>-<round>.jfr
# and prints bench/jfr_top.py's summary of it.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require_package
PORT="${ATTACK_PORT:-18401}"
ROUNDS="${ROUNDS:-2}"
DURATION="${DURATION:-30}"
ATTACKERS="${ATTACKERS:-4}"
CONNECTIONS="${CONNECTIONS:-8}"
WORK="$(mktemp -d /tmp/newsgraph-attack.XXXXXX)"
SERVICE_ON=() ATTACKERS_ON=()
if [ "${PIN:-0}" = 1 ]; then
    SERVICE_ON=(taskset -c 0) ATTACKERS_ON=(taskset -c 1)
fi
APP_URL="http://127.0.0.1:$PORT"
trap stop_app EXIT

echo "== $(date -u +%FT%TZ) attack benchmark, data in $WORK, java $(java -version 2>&1 | head -1)"
# Loopback is the "proxy": each attacker and the feed client name their own address in X-Forwarded-For,
# so the rate limit (on, at its default) charges them apart, as it would real clients.
NEWSGRAPH_TRUSTED_PROXIES=127.0.0.1/32 NEWSGRAPH_DATA_DIR="$WORK/data" PORT="$PORT" \
    setsid "${SERVICE_ON[@]}" java ${BENCH_JAVA_OPTS:-} -jar "$APP_JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
    curl -fs "$APP_URL/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited; see $WORK/app.log" >&2; exit 1; }
    sleep 0.5
done
python3 "$BENCH_DIR/seed_graph.py" "$APP_URL" --articles "${SEED_ARTICLES:-1000}" >/dev/null

graphql_body '{ articles(first: 20) { pageInfo { hasNextPage endCursor } edges { cursor node { id title publishedAt source url organizations { name } events { title kind } } } } }' >"$WORK/feed.json"
graphql_body '{ events(first: 100) { edges { node { articles(first: 100) { edges { node { events { articles(first: 100) { edges { node { title } } } } } } } } } } }' >"$WORK/bomb.json"
echo "response cache: ${NEWSGRAPH_CACHE_ENABLED:-true} (NEWSGRAPH_CACHE_ENABLED); pinned: ${PIN:-0} (PIN)"
wrk -t2 -c"$CONNECTIONS" -d10s -s "$BENCH_DIR/wrk/post.lua" -H "X-Forwarded-For: 198.51.100.1" "$APP_URL/graphql" -- "$WORK/feed.json" >/dev/null

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$APP_PID/status"; }

run() {
    local mode=$1 round=$2 out="$WORK/$1-$2"
    echo
    echo "-- round $round, $mode; load before: $(cat /proc/loadavg)"
    local attacker="" flood=""
    if [ "$mode" = attacked ]; then
        "${ATTACKERS_ON[@]}" python3 "$BENCH_DIR/attack_clients.py" "$APP_URL" "$ATTACKERS" "$DURATION" >"$out.attack" &
        attacker=$!
    elif [ "$mode" = flooded ]; then
        # one client, as fast as 4 connections go, sending an operation the node limit refuses
        "${ATTACKERS_ON[@]}" wrk -t1 -c4 -d"${DURATION}s" -s "$BENCH_DIR/wrk/post.lua" -H "X-Forwarded-For: 203.0.113.99" \
            "$APP_URL/graphql" -- "$WORK/bomb.json" >"$out.flood" &
        flood=$!
    fi
    local peak=0
    ( while kill -0 "$APP_PID" 2>/dev/null; do rss_kb; sleep 1; done ) >"$out.rss" &
    local sampler=$!
    local recording=""
    if [ -n "${JFR:-}" ] && [ "$mode" != quiet ]; then
        mkdir -p "$JFR"
        recording="$(cd "$JFR" && pwd)/$mode-$round.jfr"
        jcmd "$APP_PID" JFR.start name=attack settings=profile filename="$recording" >/dev/null
    fi
    echo "\$ wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency -s bench/wrk/post.lua -H 'X-Forwarded-For: 198.51.100.1' $APP_URL/graphql -- feed.json"
    "${SERVICE_ON[@]}" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$BENCH_DIR/wrk/post.lua" -H "X-Forwarded-For: 198.51.100.1" \
        "$APP_URL/graphql" -- "$WORK/feed.json" >"$out.wrk"
    [ -n "$attacker" ] && wait "$attacker"
    [ -n "$flood" ] && wait "$flood"
    kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
    [ -n "$recording" ] && jcmd "$APP_PID" JFR.stop name=attack >/dev/null
    peak=$(sort -n "$out.rss" | tail -1)
    grep -E "Requests/sec|99%|50%|Non-2xx|Socket errors" "$out.wrk" | sed 's/^ */  /'
    echo "  peak RSS during the run: $((peak / 1024)) MiB"
    [ -n "$attacker" ] && echo "  attackers: $(cat "$out.attack")"
    [ -n "$flood" ] && echo "  flood: $(grep -E 'Requests/sec' "$out.flood" | tr -s ' '), answered 429 (non-2xx): $(grep -E 'Non-2xx' "$out.flood" | awk '{print $NF}')"
    # each closed connection stays in TIME-WAIT for a minute on the side that closed it first
    echo "  connections to the service closed in the last minute (TIME-WAIT): $(ss -Htan state time-wait "( sport = :$PORT or dport = :$PORT )" | wc -l)"
    echo "  load after: $(cat /proc/loadavg)"
    if [ -n "$recording" ]; then
        echo "  JFR: $recording"
        python3 "$BENCH_DIR/jfr_top.py" "$recording" --top 15 door=RateGate decoder=RequestDecoder \
            graphql-java=graphql. json=jakarta.json cost=dev.newsgraph.cost. vertx=io.vertx. netty=io.netty. \
            cache=ResponseCache newsgraph=dev.newsgraph. | sed 's/^/    /'
    fi
}

for round in $(seq 1 "$ROUNDS"); do
    for mode in ${MODES:-quiet attacked}; do
        run "$mode" "$round"
    done
done
echo
echo "peak RSS of the service over the whole run (VmHWM): $(( $(awk '/^VmHWM/ {print $2}' "/proc/$APP_PID/status") / 1024 )) MiB"
echo "5xx in the service log: $(grep -c 'HTTP Request to /graphql failed' "$WORK/app.log" || true)"
