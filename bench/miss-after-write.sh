#!/usr/bin/env bash
# The first-page cache miss: the feed's first answer after a write, at low load (one client), with
# the response cache on. Starts the packaged app on a fresh H2 data folder seeded like bench/load.sh
# (or a copy of DATA_TEMPLATE), then runs bench/miss_after_write.py.
# Usage: bench/miss-after-write.sh [ROUNDS (300)] [WARMUP_ROUNDS (300)]   Knobs: APP_JAR, DATA_TEMPLATE, FEED_QUERY.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require_package
WORK="$(mktemp -d /tmp/newsgraph-miss.XXXXXX)"
trap stop_app EXIT
FEED_QUERY="${FEED_QUERY:-}"
[ -n "$FEED_QUERY" ] || FEED_QUERY='{ articles(first: 20) { pageInfo { hasNextPage endCursor } edges { cursor node { id title publishedAt source url organizations { name } events { title kind } } } } }'
if [ -n "${DATA_TEMPLATE:-}" ]; then
    cp -a "$DATA_TEMPLATE" "$WORK/data"
fi
export NEWSGRAPH_RATE_LIMIT=0  # one client reading hundreds of executed feeds: no rate limit
start_app "$WORK/data"
[ -n "${DATA_TEMPLATE:-}" ] || python3 "$BENCH_DIR/seed_graph.py" "$APP_URL" >/dev/null
graphql_body "$FEED_QUERY" >"$WORK/feed.json"
echo "== $(date -u +%FT%TZ) first read after a write; load average before: $(cat /proc/loadavg)"
python3 "$BENCH_DIR/miss_after_write.py" "$APP_URL" "$WORK/feed.json" "${1:-300}" "${2:-300}"
echo "load average after: $(cat /proc/loadavg)"
