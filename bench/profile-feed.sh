#!/usr/bin/env bash
# A JFR profile of the executed feed (response cache off): the packaged app on a fresh H2 data folder
# seeded like bench/load.sh (or a copy of DATA_TEMPLATE, a data folder seeded before and not in use),
# the feed under wrk -t2 -c32 for WARMUP + DURATION, JFR recording only DURATION; then bench/jfr_top.py
# on it. Usage: bench/profile-feed.sh [OUT.jfr]  Knobs: WARMUP (30s), DURATION (30s), FEED_QUERY, APP_JAR.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require_package
WARMUP="${WARMUP:-30s}"
DURATION="${DURATION:-30s}"
WORK="$(mktemp -d /tmp/newsgraph-profile.XXXXXX)"
OUT="${1:-$WORK/feed.jfr}"
trap stop_app EXIT
FEED_QUERY="${FEED_QUERY:-}"
[ -n "$FEED_QUERY" ] || FEED_QUERY='{ articles(first: 20) { pageInfo { hasNextPage endCursor } edges { cursor node { id title publishedAt source url organizations { name } events { title kind } } } } }'

if [ -n "${DATA_TEMPLATE:-}" ]; then
    cp -a "$DATA_TEMPLATE" "$WORK/data"
fi
export NEWSGRAPH_CACHE_ENABLED=false NEWSGRAPH_RATE_LIMIT=0  # wrk is one client: no rate limit (nor its tarpit)
start_app "$WORK/data"
[ -n "${DATA_TEMPLATE:-}" ] || python3 "$BENCH_DIR/seed_graph.py" "$APP_URL" >/dev/null
graphql_body "$FEED_QUERY" >"$WORK/feed.json"
echo "load average before: $(cat /proc/loadavg)"
wrk -t2 -c32 -d"$WARMUP" -s "$BENCH_DIR/wrk/post.lua" "$APP_URL/graphql" -- "$WORK/feed.json" >/dev/null
jcmd "$APP_PID" JFR.start name=feed settings=profile filename="$OUT" >/dev/null
wrk -t2 -c32 -d"$DURATION" --latency -s "$BENCH_DIR/wrk/post.lua" "$APP_URL/graphql" -- "$WORK/feed.json" | grep -E "Requests/sec|99%"
jcmd "$APP_PID" JFR.stop name=feed >/dev/null
echo "load average after: $(cat /proc/loadavg); recording: $OUT"
python3 "$BENCH_DIR/jfr_top.py" "$OUT" --threads executor-thread \
    graphql-java=graphql.execution. smallrye=io.smallrye.graphql. context-propagation=io.smallrye.context. \
    selection-set=DataFetchingFieldSelectionSetImpl hibernate=org.hibernate. h2=org.h2. jdbc-pool=io.agroal. \
    lob=ValueLob json=jakarta.json newsgraph=dev.newsgraph.
python3 "$BENCH_DIR/jfr_top.py" "$OUT" --top 0 \
    graphql-java=graphql.execution. smallrye=io.smallrye.graphql. context-propagation=io.smallrye.context. \
    selection-set=DataFetchingFieldSelectionSetImpl hibernate=org.hibernate. h2=org.h2. vertx=io.vertx. \
    netty=io.netty. lob=ValueLob json=jakarta.json newsgraph=dev.newsgraph.
