#!/usr/bin/env bash
# Change feed and webhooks on the packaged service (fresh H2 data folder per service):
#  1. delivery to a local receiver while createOrganization runs at RATE/s for DURATION s: delivered, lost,
#     duplicated, in the log's order, delivery rate, p50/p99 from the change's `at` and from the
#     mutation's response to receipt, and how long each attempt took by the service's own records;
#  2. a backlog of BACKLOG changes made while the receiver answers 503, then how fast it drains;
#  3. the change log's cost per write: createOrganization back to back from CLIENTS threads for
#     WRITE_SECONDS (after a 10 s warm-up), on this build and, with NOLOG_APP (the quarkus-app folder
#     that build-no-log.sh makes: the same code with the log's append cut out), on that one, alternating.
# Usage: bench/webhooks/run.sh   (RATE=100 DURATION=30 BACKLOG=3000 CLIENTS="1 4" WRITE_SECONDS=20 ROUNDS=2)
set -euo pipefail
source "$(dirname "$0")/../common.sh"
require_package
RATE="${RATE:-100}"
DURATION="${DURATION:-30}"
BACKLOG="${BACKLOG:-3000}"
CLIENTS="${CLIENTS:-1 4}"
WRITE_SECONDS="${WRITE_SECONDS:-20}"
ROUNDS="${ROUNDS:-2}"
TOOL="$BENCH_DIR/webhooks/webhooks.py"
export NEWSGRAPH_RATE_LIMIT=0 NEWSGRAPH_WEBHOOK_BACKOFF=PT0.1S NEWSGRAPH_WEBHOOK_BACKOFF_CAP=PT0.2S \
    NEWSGRAPH_WEBHOOK_MAX_FAILURES=100000
builds=("current=$APP_JAR")
[ -n "${NOLOG_APP:-}" ] && builds+=("no-log=$NOLOG_APP/quarkus-run.jar")
current_jar="$APP_JAR"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  APP_JAR="$current_jar"
  data="$(mktemp -d)"
  start_app "$data" -Xmx512m
  python3 "$TOOL" writes "$APP_URL" 2 10 >/dev/null # warm-up
  echo "round $round $(python3 "$TOOL" deliver "$APP_URL" "$RATE" "$DURATION") load $(cut -d' ' -f1 /proc/loadavg)"
  echo "round $round $(python3 "$TOOL" backlog "$APP_URL" "$BACKLOG") load $(cut -d' ' -f1 /proc/loadavg)"
  stop_app
  rm -rf "$data" "$data.log"
  for build in "${builds[@]}"; do
    APP_JAR="${build#*=}"
    data="$(mktemp -d)"
    start_app "$data" -Xmx512m
    python3 "$TOOL" writes "$APP_URL" 2 10 >/dev/null # warm-up
    for clients in $CLIENTS; do
      echo "round $round ${build%%=*} $(python3 "$TOOL" writes "$APP_URL" "$clients" "$WRITE_SECONDS") load $(cut -d' ' -f1 /proc/loadavg)"
    done
    stop_app
    rm -rf "$data" "$data.log"
  done
done
