#!/usr/bin/env bash
# Kill-and-restart durability: a stream of acknowledged writes, SIGKILL mid-stream, restart on the
# same data, then check that every acknowledged write is there.
# Usage (from the project root): bench/durability/run.sh [h2|postgresql] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/service.sh
FLAVOUR=${1:-h2}; ROUNDS=${2:-3}
build_flavour "$FLAVOUR"
WORK=$(mktemp -d); PORT=$(free_port)
[ "$FLAVOUR" = postgresql ] && reset_postgresql
trap 'kill -9 ${SERVICE_PID:-0} ${WRITER_PID:-0} 2>/dev/null || true; rm -rf "$WORK"' EXIT
echo "flavour: $FLAVOUR; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
total_acked=0; total_lost=0
for round in $(seq 1 "$ROUNDS"); do
  start_service "$FLAVOUR" "$PORT" "$WORK/data" "$WORK/service.log" NEWSGRAPH_DEMO=false
  python3 bench/durability/writer.py "http://127.0.0.1:$PORT/graphql" "round$round" "$WORK/acked-$round.txt" &
  WRITER_PID=$!
  sleep "$(python3 -c 'import random; print(round(random.uniform(3, 6), 1))')"
  kill -9 "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
  wait "$WRITER_PID" 2>/dev/null || true
  start_service "$FLAVOUR" "$PORT" "$WORK/data" "$WORK/service.log" NEWSGRAPH_DEMO=false
  read -r acked lost < <(python3 bench/durability/check.py "http://127.0.0.1:$PORT/graphql" "$WORK/acked-$round.txt")
  echo "round $round: $acked writes acknowledged before SIGKILL, $lost missing after restart"
  total_acked=$((total_acked + acked)); total_lost=$((total_lost + lost))
  kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
done
echo "total: $total_acked acknowledged, $total_lost lost"
[ "$total_lost" -eq 0 ]
