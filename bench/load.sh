#!/usr/bin/env bash
# Load benchmark: wrk on loopback against the packaged JVM app (fresh data folder, demo world plus
# 1,000 articles / 200 organizations / 100 events seeded through the API), for three queries:
# (a) the article feed, (b) organizationByName with its events, (c) search.
# Usage: bench/load.sh   (after ./mvnw -B package -DskipTests; needs wrk, python3, curl)
# Knobs: THREADS (2), CONNECTIONS (32), DURATION (30s), WARMUP (20s), QUERIES ("feed organization search"),
# BENCH_JAVA_OPTS, APP_JAR (see common.sh). NEWSGRAPH_CACHE_ENABLED=false measures every request executed
# (no response cache); the app inherits the environment. WRITES_PER_SECOND (0) runs bench/steady_writer.py
# during each measured run, so that the cache is dropped that often. DATA_TEMPLATE: start on a copy of
# that data folder (seeded by an earlier run, no service using it) instead of seeding a fresh one.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require_package
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-20s}"
WORK="$(mktemp -d /tmp/newsgraph-load.XXXXXX)"
trap stop_app EXIT

echo "== $(date -u +%FT%TZ) load benchmark, data in $WORK, java $(java -version 2>&1 | head -1)"
if [ -n "${DATA_TEMPLATE:-}" ]; then
    cp -a "$DATA_TEMPLATE" "$WORK/data"
fi
start_app "$WORK/data"
[ -n "${DATA_TEMPLATE:-}" ] || python3 "$BENCH_DIR/seed_graph.py" "$APP_URL"

graphql_body '{ articles(first: 20) { pageInfo { hasNextPage endCursor } edges { cursor node { id title publishedAt source url organizations { name } events { title kind } } } } }' >"$WORK/feed.json"
graphql_body '{ organizationByName(name: "norwind sys") { id name kind country aliases events(first: 20) { edges { node { id title kind occurredOn datePrecision } } } } }' >"$WORK/organization.json"
graphql_body '{ search(text: "norwind cloud", first: 20) { __typename ... on Article { id title publishedAt } ... on Organization { id name } ... on Event { id title occurredOn } } }' >"$WORK/search.json"

cpu_ticks() {
    awk '{print $14 + $15}' "/proc/$1/stat"
}

statements() {
    curl -s "$APP_URL/q/metrics" | awk '/^hibernate_statements_total\{.*prepared/ {print int($2)}'
}

cache_requests() {
    curl -s "$APP_URL/q/metrics" | awk -v m="newsgraph_response_cache_requests_total{result=\"$1\"}" 'index($0, m) == 1 {print int($2)}'
}

echo "response cache: ${NEWSGRAPH_CACHE_ENABLED:-true} (NEWSGRAPH_CACHE_ENABLED)"
for name in ${QUERIES:-feed organization search}; do
    body="$WORK/$name.json"
    before="$(statements)"
    # The first request is executed (never answered from the cache): it shows what one execution costs.
    response="$(curl -s -H 'Content-Type: application/json' --data-binary @"$body" "$APP_URL/graphql")"
    if echo "$response" | grep -q '"errors"'; then
        echo "$name answers with errors: $response" >&2
        exit 1
    fi
    echo
    echo "-- ($name) $(cat "$body")"
    echo "response: ${#response} bytes; SQL statements when executed: $(($(statements) - before))"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/wrk/post.lua" "$APP_URL/graphql" -- "$body" >/dev/null
    echo "uptime before: $(uptime)"
    echo "\$ wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s bench/wrk/post.lua $APP_URL/graphql -- $name.json"
    app_cpu_before="$(cpu_ticks "$APP_PID")"
    hits_before="$(cache_requests hit)"; misses_before="$(cache_requests miss)"; shared_before="$(cache_requests shared)"
    if [ "${WRITES_PER_SECOND:-0}" != 0 ]; then
        python3 "$BENCH_DIR/steady_writer.py" "$APP_URL" "$WRITES_PER_SECOND" "${DURATION%s}" &
        writer=$!
    fi
    /usr/bin/time -f "%U %S" -o "$WORK/wrk-cpu" \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BENCH_DIR/wrk/post.lua" "$APP_URL/graphql" -- "$body" \
        | tee "$WORK/$name.wrk"
    app_cpu_after="$(cpu_ticks "$APP_PID")"
    if [ -n "${writer:-}" ]; then
        wait "$writer"
        writer=""
    fi
    echo "answered from the response cache: $(( $(cache_requests hit) - ${hits_before:-0} ));" \
        "with the answer of an identical request executing then: $(( $(cache_requests shared) - ${shared_before:-0} ));" \
        "executed (cacheable): $(( $(cache_requests miss) - ${misses_before:-0} ))"
    echo "uptime after:  $(uptime)"
    # CPU time per request, which machine load disturbs far less than throughput does.
    python3 - "$WORK/$name.wrk" "$WORK/wrk-cpu" "$app_cpu_before" "$app_cpu_after" "$(getconf CLK_TCK)" <<'PY'
import re, sys
requests = int(re.search(r"(\d+) requests in", open(sys.argv[1]).read()).group(1))
user, system = map(float, open(sys.argv[2]).read().split()[-2:])
app_ms = (int(sys.argv[4]) - int(sys.argv[3])) * 1000.0 / int(sys.argv[5]) / requests
wrk_ms = (user + system) * 1000.0 / requests
print(f"CPU per request: app {app_ms:.3f} ms, wrk {wrk_ms:.3f} ms"
      f" -> at most {2000.0 / (app_ms + wrk_ms):.0f} req/s if both had 2 cores to themselves")
PY
done
