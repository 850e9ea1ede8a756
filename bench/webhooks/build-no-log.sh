#!/usr/bin/env bash
# Builds the comparison for the change log's cost: this commit's code with no-change-log.patch applied
# (writes still commit and are announced, but no change_log row is appended and change_position is
# never locked), packaged into OUT_DIR (a quarkus-app folder for run.sh's NOLOG_APP).
# Usage: bench/webhooks/build-no-log.sh OUT_DIR
set -euo pipefail
out="$(mkdir -p "$1" && cd "$1" && pwd)"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
src="$(mktemp -d)"
trap 'rm -rf "$src"' EXIT
git -C "$repo" archive HEAD | tar -x -C "$src"
(cd "$src" && patch -p1 <"$repo/bench/webhooks/no-change-log.patch" && ./mvnw -B -q package -DskipTests)
rm -rf "$out" && cp -r "$src/target/quarkus-app" "$out"
echo "built $out"
