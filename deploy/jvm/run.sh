#!/usr/bin/env bash
# Runs the packaged JVM service the fast way: with the AppCDS archive that `./mvnw package -Dappcds`
# writes next to quarkus-run.jar, when it is there (the JVM must start in that folder for it), else
# plainly. Data stays in ./data of the folder you run this from, as with `java -jar`.
#
#   ./mvnw -B package -DskipTests -Dappcds && deploy/jvm/run.sh [JVM options...]
#
# NEWSGRAPH_APP_DIR picks another fast-jar folder (default target/quarkus-app of this checkout).
# The archive is only used by the JVM that wrote it; another JVM ignores it and starts without.
# Faster still: train the archive first (deploy/jvm/appcds-training.sh target/quarkus-app); on JDK 25+
# that writes the JVM's AOT cache (app.aot), which this script then prefers. JAVA names the java to use.
set -euo pipefail
app_dir="${NEWSGRAPH_APP_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/target/quarkus-app}"
[ -f "$app_dir/quarkus-run.jar" ] || { echo "no $app_dir/quarkus-run.jar: run ./mvnw -B package -DskipTests -Dappcds first" >&2; exit 2; }
export NEWSGRAPH_DATA_DIR="${NEWSGRAPH_DATA_DIR:-$PWD/data}"
cd "$app_dir"
java="${JAVA:-java}"
cds=()
# The JDK's feature version, from its release file (no extra JVM start): 25 and later have the AOT cache.
release="$(dirname "$(readlink -f "$(command -v "$java")")")/../release"
feature="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null || true)"
if [ -f app.aot ] && [ "${feature:-0}" -ge 25 ]; then
  cds=(-XX:AOTCache=app.aot)
elif [ -f app-cds.jsa ]; then
  cds=(-XX:SharedArchiveFile=app-cds.jsa)
fi
exec "$java" "${cds[@]}" "$@" -jar quarkus-run.jar
