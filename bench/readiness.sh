#!/usr/bin/env bash
# Readiness follows the database: stop the local PostgreSQL under a running service, time until
# /q/health/ready says DOWN, start it again, time until UP, without restarting the service.
# Needs a local PostgreSQL cluster managed by pg_ctlcluster. Usage: bench/readiness.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/service.sh
build_flavour postgresql
WORK=$(mktemp -d); PORT=$(free_port); CLUSTER=$(ls /etc/postgresql)
reset_postgresql
trap 'pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main start 2>/dev/null || true; kill ${SERVICE_PID:-0} 2>/dev/null || true; rm -rf "$WORK"' EXIT
start_service postgresql "$PORT" "$WORK/data" "$WORK/service.log"
status() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready"; }
echo "ready before: $(status)"
pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main stop -m fast
start=$(date +%s%N)
until [ "$(status)" = 503 ]; do sleep 0.1; done
echo "DOWN (503) $(( ($(date +%s%N) - start) / 1000000 )) ms after PostgreSQL stopped"
pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main start
start=$(date +%s%N)
until [ "$(status)" = 200 ]; do sleep 0.1; done
echo "UP (200) $(( ($(date +%s%N) - start) / 1000000 )) ms after PostgreSQL started, same process (pid $SERVICE_PID)"
curl -s "http://127.0.0.1:$PORT/graphql" -H 'Content-Type: application/json' -d '{"query":"{ organizations { totalCount } }"}'; echo
