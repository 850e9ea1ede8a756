#!/usr/bin/env bash
# One service alone (bench/startup.sh runs Newsgraph side by side with a peer). JVM "first answer":
# milliseconds from launching the packaged jar to the first successful GraphQL response to
# POST /graphql { __typename }. Each run gets a free port and, unless --reuse-data is given, a fresh
# NEWSGRAPH_DATA_DIR (so every run migrates and loads the demo).
#
#   bench/startup-single.sh [-n RUNS] [--reuse-data] [--jar PATH] [-- extra JVM options]
#   bench/startup-single.sh -n 5                                         # plain JVM, fresh database each run
#   bench/startup-single.sh -n 5 -- -XX:SharedArchiveFile=app-cds.jsa    # with the AppCDS archive (-Dappcds build)
#   bench/startup-single.sh -n 5 --reuse-data                            # an existing database (one untimed run first)
#
# PATH is relative to the repository root (default target/quarkus-app/quarkus-run.jar). For a
# PostgreSQL build, export QUARKUS_DATASOURCE_* first: all runs then share that database.
# Prints one line per run and the medians. The jar runs from its own folder, as AppCDS needs.
set -euo pipefail

runs=5
reuse=false
jar=target/quarkus-app/quarkus-run.jar
timeout_ms=60000
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --reuse-data) reuse=true; shift ;;
    --jar) jar="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
jvm_opts=("$@")
# A CDS archive that no longer matches the jar (rebuilt, or copied without its timestamps) is
# silently ignored; -Xshare:on makes such a run fail instead of measuring the wrong thing.
if [[ " ${jvm_opts[*]-} " == *" -XX:SharedArchiveFile="* && " ${jvm_opts[*]} " != *" -Xshare:"* ]]; then
  jvm_opts+=("-Xshare:on")
fi

cd "$(dirname "$0")/.."
[ -f "$jar" ] || { echo "no $jar: run ./mvnw package -DskipTests first" >&2; exit 2; }
app_dir="$(cd "$(dirname "$jar")" && pwd)"
jar_name="$(basename "$jar")"

now_ms() { date +%s%3N; }

# CPU time (user + system) the JVM has used so far: less sensitive than wall time to other
# processes competing for the cores.
cpu_ms_of() {
  local ticks
  ticks="$(awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0)"
  echo $(( ticks * 1000 / $(getconf CLK_TCK) ))
}

free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port found" >&2; exit 1
}

work="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

results=()
cpus=()
shared_data="$work/data-shared"
first=1
$reuse && first=0   # run 0 creates the shared database and is not timed
i="$first"
retries=0
while [ "$i" -le "$runs" ]; do
  port="$(free_port)"
  if $reuse; then data="$shared_data"; else data="$work/data-$i"; fi
  log="$work/run-$i.log"
  start="$(now_ms)"
  (cd "$app_dir" && PORT="$port" NEWSGRAPH_DATA_DIR="$data" NEWSGRAPH_API_KEY=bench \
      exec java "${jvm_opts[@]}" -jar "$jar_name") >"$log" 2>&1 &
  pid=$!
  answered=""
  while [ $(( $(now_ms) - start )) -lt "$timeout_ms" ]; do
    if body="$(curl -s --max-time 1 -H 'Content-Type: application/json' \
          -d '{"query":"{ __typename }"}' "http://127.0.0.1:$port/graphql" 2>/dev/null)" \
        && [[ "$body" == *'"__typename":"Query"'* ]]; then
      answered="$(( $(now_ms) - start ))"
      cpu_ms="$(cpu_ms_of "$pid")"
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    grep -q 'seems to be in use' "$log" && break
    sleep 0.01
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
  if [ -z "$answered" ] && grep -q 'seems to be in use' "$log" && [ "$retries" -lt 3 ]; then
    echo "run $i: port $port was taken in the meantime; running it again" >&2
    retries=$((retries + 1))
    continue
  elif [ -z "$answered" ]; then
    echo "run $i: no answer within ${timeout_ms} ms; log:" >&2; tail -20 "$log" >&2; exit 1
  fi
  i=$((i + 1))
  [ "$i" -eq 1 ] && continue   # run 0 (--reuse-data) only created the database
  started="$(grep -o 'started in [0-9.]*s' "$log" | head -1 || true)"
  echo "run $((i - 1)): first answer ${answered} ms, cpu ${cpu_ms} ms (Quarkus: ${started:-n/a})"
  results+=("$answered")
  cpus+=("$cpu_ms")
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
echo "median first answer: $(median "${results[@]}") ms, median cpu: $(median "${cpus[@]}") ms" \
  "over ${runs} runs (fresh data dir: $([ "$reuse" = true ] && echo no || echo yes); load: $(cut -d' ' -f1-3 /proc/loadavg))"
