#!/usr/bin/env bash
# Combined filters and the near-duplicate step at 100,000 articles, on H2 and, optionally, PostgreSQL.
# For each database: 2,000 organizations imported through the API, then COUNT articles bulk-loaded with
# JDBC batches (bench/filters/SeedGraph.java: mentions by Zipf rank, events, fingerprints and band keys,
# one article in ten a syndicated copy) and analyzed. Then
#   1. the near-duplicate step timed part by part on the loaded database, with the service's own code
#      (CandidateLookup: fingerprint, band-index lookup, similarity check), the service stopped;
#   2. combined filter pages through the API: or of two organizations, not a third, excludeDuplicates,
#      one year, first: 20 with totalCount, and the next page by cursor (pages.py, median and p90);
#   3. IMPORTS new articles (one in ten a copy of a stored original) imported through importArticles
#      into the loaded service and into a service with the same organizations and no articles,
#      alternating batch by batch (imports.py): wall time and service CPU per article in each.
# Usage: bench/filters/run.sh [COUNT]   (after ./mvnw -B package -DskipTests)
# Knobs: DATABASES ("h2 postgresql"; postgresql only when PG_APP_JAR is set), IMPORTS (1000), WARMUP_IMPORTS (300), REPEATS (100 per page case), APP_JAR (see ../common.sh).
# PostgreSQL too: PG_APP_JAR (a -Dpostgresql build, copied aside), PG_JDBC_URL and PG_EMPTY_JDBC_URL (two
# databases of your own; their public schema is dropped), PG_USERNAME (postgres); REUSE_LOADED=1 measures
# the PostgreSQL databases an earlier run loaded (steps 2 and 3 of the list below are skipped then), with
# IMPORT_SEEDS="3 4" (default "1 2") so that the imported articles are new to them.
set -euo pipefail
source "$(dirname "$0")/../common.sh"
require_package
COUNT="${1:-100000}"
IMPORTS="${IMPORTS:-1000}"
WARMUP_IMPORTS="${WARMUP_IMPORTS:-300}"
REPEATS="${REPEATS:-100}"
ORGANIZATIONS=2000
WORK="$(mktemp -d /tmp/newsgraph-filters.XXXXXX)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
    done
}
trap cleanup EXIT
export NEWSGRAPH_DEMO=false NEWSGRAPH_CACHE_ENABLED=false NEWSGRAPH_RATE_LIMIT=0

app_classes() { # JAR: the application's own classes beside a packaged quarkus-run.jar
    ls "$(dirname "$1")"/app/*.jar | head -1
}
CLASSES="$WORK/classes"
javac -d "$CLASSES" -cp "$(app_classes "$APP_JAR")" "$BENCH_DIR"/filters/*.java
java -cp "$CLASSES" SeedGraph --names "$ORGANIZATIONS" >"$WORK/names.txt"
read -r WARMUP_SEED MEASURED_SEED <<<"${IMPORT_SEEDS:-1 2}" # other seeds, other articles (for a second run on reused databases)
java -cp "$CLASSES" SeedGraph --files "$WARMUP_IMPORTS" "$ORGANIZATIONS" "$WARMUP_SEED" >"$WORK/warmup.jsonl"
java -cp "$CLASSES" SeedGraph --files "$IMPORTS" "$ORGANIZATIONS" "$MEASURED_SEED" >"$WORK/measured.jsonl"

# start NAME JAR [VAR=value...]: the service on data folder $WORK/NAME; sets PID and URL.
start() {
    local name="$1" jar="$2"
    shift 2
    (if [ $# -gt 0 ]; then export "$@"; fi; APP_JAR="$jar"; start_app "$WORK/$name"; echo "$APP_PID $APP_URL" >"$WORK/$name.started")
    read -r PID URL <"$WORK/$name.started"
    PIDS+=("$PID")
}
stop() { # PID: and wait until it has exited (H2 releases its files then)
    kill "$1"
    while kill -0 "$1" 2>/dev/null; do sleep 0.2; done
}

# measure LABEL JAR DRIVER_JAR LOADED_URL EMPTY_URL USER [VAR=value...]: the whole sequence on one database kind.
measure() {
    local label="$1" jar="$2" driver="$3" loaded_url="$4" empty_url="$5" user="$6"
    shift 6
    local env_loaded=("$@") env_empty=("$@")
    if [ "$label" = postgresql ]; then
        env_loaded+=(QUARKUS_DATASOURCE_JDBC_URL="$loaded_url" QUARKUS_DATASOURCE_USERNAME="$user")
        env_empty+=(QUARKUS_DATASOURCE_JDBC_URL="$empty_url" QUARKUS_DATASOURCE_USERNAME="$user")
    fi
    echo
    echo "== $label: $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    if [ -n "${REUSE_LOADED:-}" ]; then # PostgreSQL only: the databases of an earlier run, loaded and empty
        echo "reusing the databases of an earlier run"
    else
    for kind in loaded empty; do
        local envs=("${env_loaded[@]}")
        [ "$kind" = empty ] && envs=("${env_empty[@]}")
        start "$label-$kind" "$jar" "${envs[@]}"
        python3 "$BENCH_DIR/filters/organizations.py" "$URL" "$NEWSGRAPH_API_KEY" "$WORK/names.txt"
        stop "$PID"
    done
    local cp="$CLASSES:$(app_classes "$jar"):$driver"
    java -cp "$cp" SeedGraph "$loaded_url" "$user" "$COUNT"
    java -cp "$cp" dev.newsgraph.duplicate.CandidateLookup "$loaded_url" "$user" 500
    fi

    start "$label-loaded" "$jar" "${env_loaded[@]}"
    local loaded_pid="$PID" loaded="$URL"
    echo "-- combined filter pages ($label, $COUNT articles), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    python3 "$BENCH_DIR/filters/pages.py" "$loaded" "$WORK/names.txt" "$REPEATS"
    start "$label-empty" "$jar" "${env_empty[@]}"
    echo "-- imports over $COUNT stored articles and over none ($label), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    python3 "$BENCH_DIR/filters/imports.py" "$NEWSGRAPH_API_KEY" "$WORK/warmup.jsonl" "$WORK/measured.jsonl" \
        "loaded=$loaded=$loaded_pid" "empty=$URL=$PID" --copies-from loaded
    stop "$PID"
    stop "$loaded_pid"
}

echo "== $(date -u +%FT%TZ) filters benchmark, $COUNT articles, $ORGANIZATIONS organizations, data in $WORK"
echo "commit $(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown), java $(java -version 2>&1 | head -1)"
H2_OPTIONS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;PAGE_SIZE=4096"
DATABASES="${DATABASES:-h2 postgresql}"
[[ " $DATABASES " == *" h2 "* ]] && measure h2 "$APP_JAR" "$(ls "$(dirname "$APP_JAR")"/lib/main/com.h2database.h2-*.jar)" \
    "jdbc:h2:file:$WORK/h2-loaded/newsgraph;$H2_OPTIONS" "jdbc:h2:file:$WORK/h2-empty/newsgraph;$H2_OPTIONS" newsgraph

if [ -n "${PG_APP_JAR:-}" ] && [[ " $DATABASES " == *" postgresql "* ]]; then
    PG_USERNAME="${PG_USERNAME:-postgres}"
    [ -n "${REUSE_LOADED:-}" ] || for url in "${PG_JDBC_URL:?PG_JDBC_URL names the database to load}" "${PG_EMPTY_JDBC_URL:?PG_EMPTY_JDBC_URL names the empty database}"; do
        database="${url##*/}"
        database="${database%%\?*}"
        psql -h 127.0.0.1 -U "$PG_USERNAME" -d "$database" -qc 'drop schema public cascade; create schema public;' >/dev/null
    done
    measure postgresql "$PG_APP_JAR" "$(ls "$(dirname "$PG_APP_JAR")"/lib/main/org.postgresql.postgresql-*.jar)" \
        "$PG_JDBC_URL" "$PG_EMPTY_JDBC_URL" "$PG_USERNAME"
fi
echo
echo "load average at end: $(cat /proc/loadavg)"
