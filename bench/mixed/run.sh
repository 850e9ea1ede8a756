#!/usr/bin/env bash
# Mixed load: 80 % reads / 20 % writes, 32 connections, 60 s, wrk on loopback against the packaged service.
# Usage (from the project root): bench/mixed/run.sh [h2|postgresql] [duration]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/service.sh
FLAVOUR=${1:-h2}; DURATION=${2:-60s}
command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }
build_flavour "$FLAVOUR"
WORK=$(mktemp -d); PORT=$(free_port)
[ "$FLAVOUR" = postgresql ] && reset_postgresql
trap 'kill ${SERVICE_PID:-0} 2>/dev/null || true; wait 2>/dev/null; rm -rf "$WORK"' EXIT
start_service "$FLAVOUR" "$PORT" "$WORK/data" "$WORK/service.log"
# warm up the JIT, then measure
wrk -t2 -c32 -d10s -s bench/mixed/mixed.lua "http://127.0.0.1:$PORT" > /dev/null
echo "flavour: $FLAVOUR; machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c32 -d"$DURATION" -s bench/mixed/mixed.lua "http://127.0.0.1:$PORT"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
