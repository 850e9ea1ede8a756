#!/usr/bin/env bash
# Runs the packaged JVM service the fast way: with the AppCDS archive that `./mvnw package -Dappcds`
# writes next to quarkus-run.jar, when it is there (the JVM must start in that folder for it), else
# plainly. Data stays in ./data of the folder you run this from, as with `java -jar`.
#
#   ./mvnw -B package -DskipTests -Dappcds && deploy/jvm/run.sh [JVM options...]
#
# NEWSGRAPH_APP_DIR picks another fast-jar folder (default target/quarkus-app of this checkout).
# The archive is only used by the JVM that wrote it; another JVM ignores it and starts without.
set -euo pipefail
app_dir="${NEWSGRAPH_APP_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/target/quarkus-app}"
[ -f "$app_dir/quarkus-run.jar" ] || { echo "no $app_dir/quarkus-run.jar: run ./mvnw -B package -DskipTests -Dappcds first" >&2; exit 2; }
export NEWSGRAPH_DATA_DIR="${NEWSGRAPH_DATA_DIR:-$PWD/data}"
cd "$app_dir"
cds=()
[ -f app-cds.jsa ] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
exec java "${cds[@]}" "$@" -jar quarkus-run.jar
