# Shared helpers for the bench scripts: start the packaged JVM app on a free loopback port with its
# own data folder, wait until it is ready, stop it. Source it; do not run it.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
# APP_JAR may point at a renamed copy of the packaged app (same folder layout), e.g. to keep it apart from other runs.
APP_JAR="${APP_JAR:-$REPO_DIR/target/quarkus-app/quarkus-run.jar}"
export NEWSGRAPH_API_KEY="${NEWSGRAPH_API_KEY:-bench-editor-key}"

require_package() {
    if [ ! -f "$APP_JAR" ]; then
        echo "No $APP_JAR: run ./mvnw -B package -DskipTests first" >&2
        exit 1
    fi
}

# free_port: a free loopback port; within BENCH_PORT_RANGE (FIRST-LAST) when the machine assigns ranges.
free_port() {
    python3 - "${BENCH_PORT_RANGE:-0-0}" <<'PY'
import socket, sys
first, last = (int(p) for p in sys.argv[1].split("-"))
for port in range(first, last + 1):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
        print(s.getsockname()[1])
        break
    except OSError:
        continue
    finally:
        s.close()
else:
    sys.exit("no free port in %s" % sys.argv[1])
PY
}

# start_app DATA_DIR [extra java options...]: sets APP_PID and APP_URL.
start_app() {
    local data_dir="$1"
    shift
    local port
    port="${BENCH_PORT:-$(free_port)}"  # a fixed port when the machine assigns ranges
    APP_URL="http://127.0.0.1:$port"
    NEWSGRAPH_DATA_DIR="$data_dir" PORT="$port" setsid java ${BENCH_JAVA_OPTS:-} "$@" -jar "$APP_JAR" \
        >"$data_dir.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 240); do
        if curl -fs "$APP_URL/q/health/ready" >/dev/null 2>&1; then
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "The app exited; see $data_dir.log" >&2
            exit 1
        fi
        sleep 0.5
    done
    echo "The app did not become ready; see $data_dir.log" >&2
    exit 1
}

stop_app() {
    if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

# graphql_body QUERY: the JSON body of a POST /graphql request.
graphql_body() {
    python3 -c 'import json, sys; print(json.dumps({"query": sys.argv[1]}))' "$1"
}
