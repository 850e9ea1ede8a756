#!/usr/bin/env bash
# Import benchmark: the packaged service on a free port with a fresh database (no demo world),
# 10,000 organizations with aliases, 1,000 generated ~600-word articles through importArticles.
# Before the measured imports, WARMUP other articles (default 1,000) are imported and reported on
# their own: on a fresh JVM that first import runs while the JIT compiles the import path. Then ROUNDS
# (default 3) imports of ARTICLES new articles each are measured, and their median reported.
# Organizations go in through importOrganizations, 1,000 a call (MODE bulk), or one createOrganization at
# a time (MODE single, for builds without importOrganizations). In bulk mode the store is then topped up
# to RELINK_AT articles (default 10,000, 0 skips) and 1,000 organizations the articles name are imported
# in one call, which relinks the stored articles containing them: that call is timed too.
# Usage: bench/import/run.sh [orgs] [articles] [batch] [clients] [warmup] [rounds] [mode] [relinkAt]   (from the project root)
set -euo pipefail
cd "$(dirname "$0")/../.."
ORGS=${1:-10000}; ARTICLES=${2:-1000}; BATCH=${3:-50}; CLIENTS=${4:-2}; WARMUP=${5:-1000}; ROUNDS=${6:-3}
MODE=${7:-bulk}; RELINK_AT=${8:-10000}
. bench/lib/service.sh
build_flavour h2
DATA=$(mktemp -d); PORT=${BENCH_PORT:-$(free_port)}; KEY=bench-key
trap 'kill ${SERVICE_PID:-0} 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT
start_service h2 "$PORT" "$DATA/db" "$DATA/service.log" NEWSGRAPH_DEMO=false
echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
CLASSES="$DATA/bench-classes"
javac -d "$CLASSES" -cp target/classes bench/import/*.java
SERVICE_PID=$SERVICE_PID java -cp "$CLASSES" ImportBench "http://127.0.0.1:$PORT/graphql" "$KEY" "$ORGS" "$ARTICLES" "$BATCH" "$CLIENTS" "$WARMUP" "$ROUNDS" "$MODE" "$RELINK_AT"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== linker alone =="
java -cp "$CLASSES:target/classes" LinkerBench
