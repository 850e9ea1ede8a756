#!/usr/bin/env bash
# Subscription fan-out: CLIENTS graphql-ws connections (a Node.js load client on the same machine)
# subscribed to articleImported, IMPORTS imports at RATE/s; delivery p50/p99 from the import request
# to receipt, losses and the service's RSS. Each client count runs on a fresh service. With BEFORE_APP
# (the quarkus-app folder of an earlier build) both builds run in the same session, alternating.
# Usage: bench/fanout/run.sh [CLIENTS...]   (default: 1000 5000; IMPORTS=10 RATE=10 ROUNDS=2; WARMUP=0 imports
# delivered first and not counted, so that the measured ones meet a warm service)
# Needs: ./mvnw -B package -DskipTests, and npm ci in e2e/ (for the ws client).
set -euo pipefail
source "$(dirname "$0")/../common.sh"
require_package
IMPORTS="${IMPORTS:-10}"
RATE="${RATE:-10}"
ROUNDS="${ROUNDS:-2}"
counts=("$@")
[ ${#counts[@]} -eq 0 ] && counts=(1000 5000)
builds=("current=$APP_JAR")
[ -n "${BEFORE_APP:-}" ] && builds+=("before=$BEFORE_APP/quarkus-run.jar")
ulimit -n 65536 2>/dev/null || true
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  for clients in "${counts[@]}"; do
    for build in "${builds[@]}"; do
      name="${build%%=*}"
      APP_JAR="${build#*=}"
      data="$(mktemp -d)"
      NEWSGRAPH_RATE_LIMIT=0 start_app "$data" -Xmx512m
      result="$(node "$BENCH_DIR/fanout/fanout.mjs" "$APP_URL" "$APP_PID" "$clients" "$IMPORTS" "$RATE")"
      echo "round $round $name $result load $(cut -d' ' -f1 /proc/loadavg)"
      stop_app
      rm -rf "$data" "$data.log"
    done
  done
done
