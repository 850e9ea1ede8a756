#!/usr/bin/env bash
# Executed read path, Newsgraph side by side with a peer, in one run: the peer is the Quarkus
# quickstarts' microprofile-graphql-quickstart (github.com/quarkusio/quarkus-quickstarts, folder
# microprofile-graphql-quickstart: an in-memory SmallRye GraphQL API). It is not part of this
# repository: build it yourself, outside it, unmodified, on Quarkus 3.33.2 like Newsgraph
# (`./mvnw -B package -DskipTests -Dquarkus.platform.version=3.33.2` in its folder), and pass its
# quarkus-app folder.
#
#   bench/peer.sh PEER_APP_DIR        # e.g. ../quickstarts/microprofile-graphql-quickstart/target/quarkus-app
#
# Newsgraph runs as bench/load.sh runs it (packaged jar, fresh H2 data folder, seeded by
# bench/seed_graph.py) with the response cache off (NEWSGRAPH_CACHE_ENABLED=false), so every request
# executes, and without the rate limit (NEWSGRAPH_RATE_LIMIT=0: wrk's requests all come from one
# address). Both answer their query under wrk -t2 -c32: first both are warmed up (WARMUP each, in turn),
# then ROUNDS rounds of DURATION each, alternating peer and Newsgraph, so drifting machine load hits
# both alike. Per run: req/s, p50, p99, fields per answer (every key of every object in the answer's
# data, counted once from one answer), fields/s and the service's CPU time per request (from /proc;
# machine load disturbs it far less than throughput), also without its JIT compiler threads' (on a loaded
# machine a JVM compiles for minutes, and that CPU lands on the few requests it answers meanwhile); at
# the end the ratio Newsgraph / peer per round. KB/req: what Newsgraph allocated per request (its
# Micrometer young-generation counter, counted at each GC), the figure least disturbed by other load.
#
# Knobs: FEED_QUERY (Newsgraph's query), ROUNDS (3), DURATION (15s), WARMUP (45s), THREADS (2), CONNECTIONS (32), APP_JAR (see common.sh),
# BENCH_JAVA_OPTS (both services). PG_APP_JAR + PG_JDBC_URL (+ PG_USERNAME, default postgres): also run a
# PostgreSQL build of Newsgraph (`./mvnw package -DskipTests -Dpostgresql`, copied aside) on that empty
# database, seeded the same way, as another service in every round. BEFORE_APP_JAR: also run that
# (earlier) H2 build of Newsgraph as the service "before", to measure a change before/after in one run.
# DATA_TEMPLATE: start the H2 services on copies of that data folder (seeded before, not in use)
# instead of seeding each.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require_package
PEER_DIR="${1:?usage: bench/peer.sh PEER_APP_DIR (the peer quickstart built on Quarkus 3.33.2: its target/quarkus-app)}"
[ -f "$PEER_DIR/quarkus-run.jar" ] || { echo "$PEER_DIR/quarkus-run.jar not found (see the header of $0)" >&2; exit 2; }
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-45s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
WORK="$(mktemp -d /tmp/newsgraph-peer.XXXXXX)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
    done
}
trap cleanup EXIT

PEER_QUERY='{ allFilms { title director releaseDate heroes { name height mass darkSide lightSaber } } }'
FEED_QUERY="${FEED_QUERY:-}"
[ -n "$FEED_QUERY" ] || FEED_QUERY='{ articles(first: 20) { pageInfo { hasNextPage endCursor } edges { cursor node { id title publishedAt source url organizations { name } events { title kind } } } } }'

# start_newsgraph NAME JAR [VAR=value...]: a Newsgraph with the response cache off, seeded; records its URL.
start_newsgraph() {
    local name="$1" saved_jar="$APP_JAR"
    APP_JAR="$2"
    shift 2
    if [ -n "${DATA_TEMPLATE:-}" ] && [ "$name" != postgresql ]; then
        cp -a "$DATA_TEMPLATE" "$WORK/$name"
    fi
    (export NEWSGRAPH_CACHE_ENABLED=false NEWSGRAPH_RATE_LIMIT=0 "$@"; start_app "$WORK/$name"; echo "$APP_PID $APP_URL" >"$WORK/$name.started")
    APP_JAR="$saved_jar"
    local pid url
    read -r pid url <"$WORK/$name.started"
    PIDS+=("$pid")
    PID_OF[$name]="$pid"
    URLS[$name]="$url"
    if [ -z "${DATA_TEMPLATE:-}" ] || [ "$name" = postgresql ]; then
        python3 "$BENCH_DIR/seed_graph.py" "$url" >/dev/null
    fi
    graphql_body "$FEED_QUERY" >"$WORK/$name.json"
}

declare -A URLS PID_OF
echo "== $(date -u +%FT%TZ) peer benchmark, data in $WORK, java $(java -version 2>&1 | head -1)"
echo "load average at start: $(cat /proc/loadavg)"
port="$(free_port)"
QUARKUS_HTTP_PORT="$port" setsid java ${BENCH_JAVA_OPTS:-} -jar "$PEER_DIR/quarkus-run.jar" >"$WORK/peer.log" 2>&1 &
PIDS+=("$!")
PID_OF[peer]="$!"
URLS[peer]="http://127.0.0.1:$port"
for _ in $(seq 1 240); do
    curl -fs -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "${URLS[peer]}/graphql" && break
    sleep 0.5
done
graphql_body "$PEER_QUERY" >"$WORK/peer.json"

SERVICES=(peer newsgraph)
start_newsgraph newsgraph "$APP_JAR"
if [ -n "${BEFORE_APP_JAR:-}" ]; then
    start_newsgraph before "$BEFORE_APP_JAR"
    SERVICES+=(before)
fi
if [ -n "${PG_APP_JAR:-}" ]; then
    start_newsgraph postgresql "$PG_APP_JAR" QUARKUS_DATASOURCE_JDBC_URL="${PG_JDBC_URL:?PG_JDBC_URL names the empty database}" \
        QUARKUS_DATASOURCE_USERNAME="${PG_USERNAME:-postgres}"
    SERVICES+=(postgresql)
fi

statements() {
    curl -s "$1/q/metrics" | awk '/^hibernate_statements_total\{.*prepared/ {print int($2)}'
}

for name in "${SERVICES[@]}"; do
    url="${URLS[$name]}"
    before=""
    [ "$name" != peer ] && before="$(statements "$url")"
    curl -s -H 'Content-Type: application/json' --data-binary @"$WORK/$name.json" "$url/graphql" >"$WORK/$name.answer"
    python3 - "$WORK/$name.answer" >"$WORK/$name.fields" <<'PY'
import json, sys
answer = json.load(open(sys.argv[1]))
if answer.get("errors") or not answer.get("data"):
    sys.exit("answer with errors: %s" % json.dumps(answer)[:500])
def fields(value):
    if isinstance(value, dict):
        return len(value) + sum(fields(v) for v in value.values())
    if isinstance(value, list):
        return sum(fields(v) for v in value)
    return 0
print(fields(answer["data"]))
PY
    line="-- $name: $(cat "$WORK/$name.json")"
    echo "$line" | cut -c1-400
    echo "   answer $(wc -c <"$WORK/$name.answer") bytes, $(cat "$WORK/$name.fields") fields" \
        "$([ "$name" != peer ] && echo ", SQL statements: $(($(statements "$url") - before))")"
done

cpu_ticks() { # PID: user + system CPU ticks the process has used
    awk '{print $14 + $15}' "/proc/$1/stat"
}

allocated_bytes() { # URL: bytes the Newsgraph at URL has allocated in its young generation so far (Micrometer)
    curl -s "$1/q/metrics" | awk '/^jvm_gc_memory_allocated_bytes_total/ {printf "%.0f\n", $2}'
}

jit_ticks() { # PID: user + system CPU ticks its JIT compiler threads have used (live ones)
    python3 - "$1" <<'PY'
import glob, sys
total = 0
for stat in glob.glob("/proc/%s/task/*/stat" % sys.argv[1]):
    try:
        text = open(stat).read()
    except OSError:
        continue
    name, rest = text[text.index("(") + 1:text.rindex(")")], text[text.rindex(")") + 2:].split()
    if "CompilerThre" in name:
        total += int(rest[11]) + int(rest[12])
print(total)
PY
}

run_wrk() { # NAME DURATION OUT
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s "$BENCH_DIR/wrk/post.lua" "${URLS[$1]}/graphql" -- "$WORK/$1.json" >"$3"
}

for name in "${SERVICES[@]}"; do
    echo "warm-up $name ($WARMUP)"
    run_wrk "$name" "$WARMUP" "$WORK/$name.warmup"
done

echo
echo "\$ wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s bench/wrk/post.lua URL/graphql -- BODY, $ROUNDS rounds"
printf '%-5s %-11s %10s %9s %9s %7s %11s %9s %9s %7s  %s\n' round service req/s p50 p99 fields fields/s "CPU/req" "w/o JIT" "KB/req" "load average"
for round in $(seq 1 "$ROUNDS"); do
    for name in "${SERVICES[@]}"; do
        ticks_before="$(cpu_ticks "${PID_OF[$name]}")"
        jit_before="$(jit_ticks "${PID_OF[$name]}")"
        alloc_before="$([ "$name" != peer ] && allocated_bytes "${URLS[$name]}" || echo 0)"
        run_wrk "$name" "$DURATION" "$WORK/$name.$round.wrk"
        ticks="$(( $(cpu_ticks "${PID_OF[$name]}") - ticks_before ))"
        jit="$(( $(jit_ticks "${PID_OF[$name]}") - jit_before ))"
        allocated="$([ "$name" != peer ] && python3 -c 'print(int(float(__import__("sys").argv[2]) - float(__import__("sys").argv[1])))' \
            "$alloc_before" "$(allocated_bytes "${URLS[$name]}")" || echo 0)"
        python3 - "$WORK/$name.$round.wrk" "$(cat "$WORK/$name.fields")" "$round" "$name" "$(cut -d' ' -f1-3 /proc/loadavg)" "$ticks" "$(getconf CLK_TCK)" "$jit" "$allocated" \
            >>"$WORK/results" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*%s\s+([\d.]+)(us|ms|s)\s*$" % re.escape(label), text, re.M)
    return float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: (.*)", text)
fields = int(sys.argv[2])
requests = int(re.search(r"(\d+) requests in", text).group(1))
cpu_ms = int(sys.argv[6]) * 1000.0 / int(sys.argv[7]) / max(requests, 1)
jit_ms = int(sys.argv[8]) * 1000.0 / int(sys.argv[7]) / max(requests, 1)
print(sys.argv[3], sys.argv[4], "%.1f" % rps, "%.2f" % ms("50%"), "%.2f" % ms("99%"), fields, "%.0f" % (rps * fields),
      "%.3f" % cpu_ms, "%.3f" % (cpu_ms - jit_ms), ("%.0f" % (int(sys.argv[9]) / 1024.0 / max(requests, 1))) if sys.argv[4] != "peer" else "-",
      sys.argv[5].replace(" ", "/"), (bad.group(1) + "_non-2xx") if bad else "", ("socket_errors:" + errors.group(1).replace(" ", "")) if errors else "")
PY
        tail -1 "$WORK/results" | awk '{printf "%-5s %-11s %10s %7sms %7sms %7s %11s %7sms %7sms %7s  %s %s %s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13}'
    done
done

echo
echo "ratios per round: fields/s of the service / fields/s of the peer (req/s ratio; CPU per field ratio):"
python3 - "$WORK/results" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
by = {(r[0], r[1]): r for r in rows}
for service in sorted({r[1] for r in rows} - {"peer"}):
    ratios = []
    for round_ in sorted({r[0] for r in rows}, key=int):
        n, p = by[(round_, service)], by[(round_, "peer")]
        cpu_per_field = (float(n[7]) / float(n[5])) / (float(p[7]) / float(p[5]))
        ratios.append("%.2f (%.2f; %.2f)" % (float(n[6]) / float(p[6]), float(n[2]) / float(p[2]), cpu_per_field))
    print("  %-11s %s" % (service, "  ".join(ratios)))
PY
echo "load average at end: $(cat /proc/loadavg)"
