#!/usr/bin/env bash
# Writes APP_DIR/app-cds.jsa from a training run: starts the service from APP_DIR (a fast-jar built
# with -Dappcds, whose layout lets the JVM archive the library classes too), sends it a few GraphQL
# requests, stops it, and the JVM archives every class it loaded. The archive Quarkus writes itself
# covers static init only; this one also covers Flyway, Hibernate, Vert.x and query execution.
#
#   ./mvnw package -DskipTests -Dappcds && deploy/jvm/appcds-training.sh target/quarkus-app
#   cd target/quarkus-app && java -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar
#
# Run the service from APP_DIR with the JVM that made the archive (the JVM ignores it otherwise).
# On JDK 25 and later the same training writes the JVM's AOT cache instead (APP_DIR/app.aot,
# -XX:AOTCacheOutput: classes loaded and linked, and method profiles); deploy/jvm/run.sh uses it with
# -XX:AOTCache=app.aot. JAVA names the java to use (default: java on the PATH).
# The training uses a throw-away H2 database; a PostgreSQL build needs QUARKUS_DATASOURCE_* set to a
# database the training may write to. Only bash is needed: the requests go through /dev/tcp.
set -euo pipefail

app_dir="${1:?usage: appcds-training.sh APP_DIR}"
cd "$app_dir"
[ -f quarkus-run.jar ] || { echo "no quarkus-run.jar in $app_dir" >&2; exit 2; }
port="${APPCDS_TRAINING_PORT:-18089}"
data="$(mktemp -d)"
pid=""
java="${JAVA:-java}"
# The JDK's feature version, from its release file (no extra JVM start): 25 and later have the AOT cache.
release="$(dirname "$(readlink -f "$(command -v "$java")")")/../release"
feature="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null || true)"
if [ "${feature:-0}" -ge 25 ]; then
  archive=app.aot record=(-XX:AOTCacheOutput=app.aot.training)
else
  archive=app-cds.jsa record=(-XX:ArchiveClassesAtExit=app-cds.jsa.training)
fi
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  rm -rf "$data" "$archive.training"
}
trap cleanup EXIT

# POST one GraphQL request (ASCII only); succeeds when the answer has data and no errors.
graphql() {
  local body="$1" header="" response
  [ -z "${2:-}" ] || header="Authorization: Bearer $2"$'\r\n'
  response="$(
    exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
    printf 'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n%sContent-Length: %d\r\nConnection: close\r\n\r\n%s' \
      "$header" "${#body}" "$body" >&3
    cat <&3
  )" || return 1
  [[ "$response" == *'"data"'* && "$response" != *'"errors"'* ]]
}

# A connection wait of 60 s instead of 5: on a busy build machine the first H2 connection can take longer.
NEWSGRAPH_DATA_DIR="$data" PORT="$port" NEWSGRAPH_API_KEY=training NEWSGRAPH_DEMO=true \
  QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT="${QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT:-60S}" \
  "$java" "${record[@]}" -jar quarkus-run.jar &
pid=$!

for _ in $(seq 1 1200); do   # up to 10 minutes: a start on a busy machine is slow
  graphql '{"query":"{ __typename }"}' 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || { echo "the service stopped during the training run" >&2; exit 1; }
  sleep 0.5
done
graphql '{"query":"{ __typename }"}' || { echo "the service did not answer" >&2; exit 1; }

# The requests a cold instance typically serves first: lists with nested fields, lookups, a mutation.
graphql '{"query":"{ articles(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title publishedAt mentions { organization { name } count snippet } organizations { name } events { title kind } } } } }"}' \
  || { echo "training query 1 failed (does it match the schema?)" >&2; exit 1; }
graphql '{"query":"{ organizationByName(name: \"commerce department\") { name aliases events(first: 10) { totalCount edges { node { title occurredOn datePrecision consequences { title } causes { title } participants { role organization { name } } } } } articles(first: 5) { totalCount } } }"}' \
  || { echo "training query 2 failed (does it match the schema?)" >&2; exit 1; }
graphql '{"query":"{ organizations(first: 2, orderBy: { field: NAME, direction: ASC }) { totalCount edges { cursor node { id name kind country } } } events(first: 5) { edges { node { title articles(first: 5) { edges { node { title } } } } } } }"}' \
  || { echo "training query 3 failed (does it match the schema?)" >&2; exit 1; }
graphql '{"query":"mutation { createOrganization(input: { name: \"Training Org\", kind: COMPANY, country: \"US\" }) { id name version } }"}' training \
  || { echo "training mutation failed (does it match the schema?)" >&2; exit 1; }

kill -TERM "$pid"
wait "$pid" || true   # exits with 143 after SIGTERM; the archive is written on the way out
pid=""
[ -s "$archive.training" ] || { echo "the JVM wrote no archive" >&2; exit 1; }
mv -f "$archive.training" "$archive"
echo "$([ "$archive" = app.aot ] && echo 'AOT cache' || echo 'AppCDS archive') from a training run: $app_dir/$archive ($(du -h "$archive" | cut -f1))"
