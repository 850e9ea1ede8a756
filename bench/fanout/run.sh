#!/usr/bin/env bash
# Subscription fan-out: CLIENTS graphql-ws connections (a Node.js load client on the same machine)
# subscribed to articleImported, IMPORTS imports at RATE/s; delivery p50/p99 from the import request
# to receipt, losses and the service's RSS. Each client count runs on a fresh service. With BEFORE_APP
# (the quarkus-app folder of an earlier build) both builds run in the same session, alternating.
# Usage: bench/fanout/run.sh [CLIENTS...]   (default: 1000 5000; IMPORTS=10 RATE=10 ROUNDS=2; WARMUP=0 imports
# delivered first and not counted, so that the measured ones meet a warm service; TIMELINE=1 logs each change's
# steps in the service and prints, per import, where its deliveries spent their time: bench/fanout/timeline.py;
# LOGS=<folder> keeps each service's log there)
# Each result line has p50/p99 over all deliveries and, apart, those of the first import (first_import_*: on a
# fresh service with WARMUP=0, p99 is its tail) and of the others (rest_*).
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
# run_client CLIENTS FILE: the load client's result line; with TIMELINE its stderr goes to FILE (for timeline.py),
# else it stays the script's own (a redirect to /dev/stderr would truncate a log file the caller sent it to)
run_client() {
  if [ "${TIMELINE:-0}" = 1 ]; then
    TIMELINE=1 node "$BENCH_DIR/fanout/fanout.mjs" "$APP_URL" "$APP_PID" "$1" "$IMPORTS" "$RATE" 2>"$2"
  else
    node "$BENCH_DIR/fanout/fanout.mjs" "$APP_URL" "$APP_PID" "$1" "$IMPORTS" "$RATE"
  fi
}
for round in $(seq 1 "$ROUNDS"); do
  for clients in "${counts[@]}"; do
    for build in "${builds[@]}"; do
      name="${build%%=*}"
      APP_JAR="${build#*=}"
      data="$(mktemp -d)"
      timeline=()
      if [ "${TIMELINE:-0}" = 1 ]; then
        timeline=('-Dquarkus.log.category."dev.newsgraph.subscription.timeline".level=DEBUG')
      fi
      NEWSGRAPH_RATE_LIMIT=0 start_app "$data" -Xmx512m "${timeline[@]}"
      if ! result="$(run_client "$clients" "$data.client")"; then
        [ -f "$data.client" ] && cat "$data.client" >&2
        stop_app
        echo "round $round $name: the client failed (the service's log: $data.log)" >&2
        exit 1
      fi
      echo "round $round $name $result load $(cut -d' ' -f1 /proc/loadavg)"
      stop_app
      if [ "${TIMELINE:-0}" = 1 ]; then
        python3 "$BENCH_DIR/fanout/timeline.py" "$data.log" "$data.client" | sed "s/^/  $name: /"
      fi
      if [ -n "${LOGS:-}" ]; then
        mkdir -p "$LOGS" && cp "$data.log" "$LOGS/round$round-$clients-$name.log"
        [ -f "$data.client" ] && cp "$data.client" "$LOGS/round$round-$clients-$name.client"
      fi
      rm -f "$data.client"
      rm -rf "$data" "$data.log"
    done
  done
done
