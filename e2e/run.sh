#!/usr/bin/env bash
# Runs the e2e tests against the packaged service (target/quarkus-app, made by `./mvnw package`):
# starts it on a free port with a fresh database and a known editor key, waits until it is ready,
# runs the node tests, and stops it afterwards, also when a test or the start fails.
# Needs: `npm ci` done in e2e/, and Chromium at /usr/bin/chromium (or $CHROMIUM) for GraphiQL.
# Extra arguments go to `node --test` (e.g. e2e/run.sh tests/schema.test.js).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$JAR" ]; then
  echo "e2e: no packaged service at target/quarkus-app; run ./mvnw -B package -DskipTests first" >&2
  exit 1
fi

export E2E_ARTIFACTS="$ROOT/target/e2e"
mkdir -p "$E2E_ARTIFACTS"
LOG="$E2E_ARTIFACTS/service.log"
DATA=$(mktemp -d)
free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}
PORT=$(free_port)
export NEWSGRAPH_API_KEY="e2e-$(node -e 'console.log(require("crypto").randomBytes(12).toString("hex"))')"
export NEWSGRAPH_URL="http://127.0.0.1:$PORT"
# The browser tests serve their page on this port: the only origin besides the service's own allowed here.
E2E_PAGE_PORT=$(free_port)
export E2E_PAGE_PORT

PORT=$PORT NEWSGRAPH_DATA_DIR="$DATA" NEWSGRAPH_DEMO=true NEWSGRAPH_CORS_ORIGINS="http://127.0.0.1:$E2E_PAGE_PORT" \
  java -jar "$JAR" >"$LOG" 2>&1 &
SERVICE=$!
stop() {
  status=$?
  if kill -0 "$SERVICE" 2>/dev/null; then
    kill "$SERVICE" && wait "$SERVICE" 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ]; then
    echo "e2e: failed; the last lines of the service log ($LOG):" >&2
    tail -n 40 "$LOG" >&2 || true
  fi
  rm -rf "$DATA"
  exit "$status"
}
trap stop EXIT

echo "e2e: service starting on $NEWSGRAPH_URL (log: target/e2e/service.log)"
for _ in $(seq 1 180); do
  if ! kill -0 "$SERVICE" 2>/dev/null; then
    echo "e2e: the service exited during start" >&2
    exit 1
  fi
  if curl -sf "$NEWSGRAPH_URL/q/health/ready" >/dev/null; then
    break
  fi
  sleep 1
done
curl -sf "$NEWSGRAPH_URL/q/health/ready" >/dev/null || { echo "e2e: the service was not ready within 180 s" >&2; exit 1; }

# One test file at a time: the machine may have few cores, and the browser is the heaviest.
node --test --test-concurrency=1 "${@:-tests/}"
