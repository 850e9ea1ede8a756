#!/usr/bin/env bash
# Keyset pagination at scale: 100,000 articles bulk-loaded into a fresh embedded database, then the
# first page, the last page and every page on the way timed through the GraphQL API.
# Usage: bench/keyset.sh [COUNT]   (after ./mvnw -B package -DskipTests)
set -euo pipefail
source "$(dirname "$0")/common.sh"
require_package
COUNT="${1:-100000}"
WORK="$(mktemp -d /tmp/newsgraph-keyset.XXXXXX)"
trap stop_app EXIT
H2_JAR="$(ls "$REPO_DIR"/target/quarkus-app/lib/main/com.h2database.h2-*.jar)"

echo "== $(date -u +%FT%TZ) keyset benchmark, $COUNT articles, data in $WORK"
echo "uptime before: $(uptime)"
# 1. Create the schema (Flyway) in an empty database, then stop so the files can be written directly.
NEWSGRAPH_DEMO=false start_app "$WORK/data"
stop_app
# 2. Bulk-load the articles with JDBC batches.
java -cp "$H2_JAR" "$BENCH_DIR/SeedArticles.java" "$WORK/data" "$COUNT"
# 3. Start the service on the loaded database and measure.
NEWSGRAPH_DEMO=false start_app "$WORK/data"
python3 "$BENCH_DIR/keyset_walk.py" "$APP_URL" "${REPEATS:-300}"
echo "uptime after: $(uptime)"
