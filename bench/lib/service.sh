# Shared by the bench scripts: build a flavour of the service and run it on a free port.
#   flavour h2:          the default build, into target/bench-h2, embedded H2 under a fresh data folder
#   flavour postgresql:  built with -Dpostgresql into target/bench-postgresql, against the PostgreSQL
#                        at PGURL (default jdbc:postgresql://127.0.0.1:5432/test, user postgres)
# Each run builds its flavour afresh (BENCH_NO_BUILD=1 reuses the last build); APP_JAR=<quarkus-run.jar>
# runs that packaged service instead and builds nothing (e.g. a copy of another commit's build, for
# before/after runs alternated with the same bench code); BENCH_JAVA_OPTS go to the service's JVM.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

build_flavour() {
  local flavour=$1 profile=""
  [ "$flavour" = postgresql ] && profile=-Dpostgresql
  [ -n "${APP_JAR:-}" ] && return 0
  if [ "${BENCH_NO_BUILD:-0}" != 1 ] || [ ! -f "target/bench-$flavour/quarkus-run.jar" ]; then
    ./mvnw -B -q package -DskipTests $profile -Dquarkus.package.output-directory="bench-$flavour"
  fi
}

# start_service FLAVOUR PORT DATA_DIR LOG [extra env...]: starts in the background, sets SERVICE_PID
start_service() {
  local flavour=$1 port=$2 data=$3 log=$4; shift 4
  local jar="${APP_JAR:-target/bench-$flavour/quarkus-run.jar}"
  local -a envs=(PORT="$port" NEWSGRAPH_DATA_DIR="$data" NEWSGRAPH_API_KEY=bench-key "$@")
  if [ "$flavour" = postgresql ]; then
    envs+=(QUARKUS_DATASOURCE_JDBC_URL="${PGURL:-jdbc:postgresql://127.0.0.1:5432/test}"
           QUARKUS_DATASOURCE_USERNAME="${PGUSER:-postgres}" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}")
  fi
  # BENCH_JAVA_OPTS: JVM options for the service only, e.g. -XX:TieredStopAtLevel=1
  env "${envs[@]}" java ${BENCH_JAVA_OPTS:-} -jar "$jar" >> "$log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "service died, see $log" >&2; return 1; }
    sleep 0.5
  done
  echo "service not ready, see $log" >&2; return 1
}

# reset_postgresql: empty the bench database so every run starts the same way
reset_postgresql() {
  psql -h 127.0.0.1 -U "${PGUSER:-postgres}" -d test -qc 'drop schema public cascade; create schema public;' > /dev/null
}
