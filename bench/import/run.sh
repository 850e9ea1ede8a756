#!/usr/bin/env bash
# Import benchmark: the packaged service on a free port with a fresh database (no demo world),
# 10,000 organizations with aliases, 1,000 generated ~600-word articles through importArticles.
# Usage: bench/import/run.sh [orgs] [articles] [batch] [clients]     (from the project root)
set -euo pipefail
cd "$(dirname "$0")/../.."
ORGS=${1:-10000}; ARTICLES=${2:-1000}; BATCH=${3:-50}; CLIENTS=${4:-2}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
DATA=$(mktemp -d); PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
KEY=bench-key
PORT=$PORT NEWSGRAPH_DATA_DIR=$DATA NEWSGRAPH_DEMO=false NEWSGRAPH_API_KEY=$KEY \
  java -jar target/quarkus-app/quarkus-run.jar > "$DATA/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
CLASSES="$DATA/bench-classes"
javac -d "$CLASSES" -cp target/classes bench/import/*.java
java -cp "$CLASSES" ImportBench "http://127.0.0.1:$PORT/graphql" "$KEY" "$ORGS" "$ARTICLES" "$BATCH" "$CLIENTS"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== linker alone =="
java -cp "$CLASSES:target/classes" LinkerBench
