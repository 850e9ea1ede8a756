#!/usr/bin/env bash
# Runs GraalVM's image builder on a Quarkus native-sources folder through analysis, universe building
# and code generation, and stops before the link (-H:+ExitAfterRelocatableImageWrite): everything a
# `native-image` build does except the final link, which needs the JDK's and SubstrateVM's static C
# libraries that no registry reachable here has (Dockerfile.native does that step).
#
#   ./mvnw package -Dnative -Dpostgresql -Dquarkus.native.sources-only=true -DskipTests
#   native/compile-check.sh [SOURCES_DIR]       # default target/native-sources
#
# Fails on a builder error, on a builder warning not listed in native/expected-warnings.txt, and when
# the builder's own report of the features and metadata it applied differs from what the launcher
# would have passed. Prints the builder's statistics at the end.
#
# Environment: NATIVE_JDK (a JDK 25, default /usr/lib/jvm/temurin-25-jdk-amd64), NATIVE_CHECK_XMX
# (builder heap, default 5g), NATIVE_CHECK_DIR (work folder, default target/native-check),
# NATIVE_CHECK_BREAKDOWN=true adds the builder's dashboard dump of code and heap by package/class,
# NATIVE_CHECK_TIMEOUT (seconds) stops the build when it takes longer: exit status 3, not a failure
# of the builder (the PostgreSQL build needs about 18 CPU-minutes; at a load average of 20 on two
# cores it took 92 minutes).
# Needs gcc and the C library headers (the builder compiles C queries), as a real build does.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
sources="$(cd "${1:-target/native-sources}" && pwd)"
jdk="${NATIVE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
xmx="${NATIVE_CHECK_XMX:-5g}"
work="${NATIVE_CHECK_DIR:-$root/target/native-check}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
[ -f "$sources/native-image.args" ] || { echo "no $sources/native-image.args: build with -Dquarkus.native.sources-only=true first" >&2; exit 2; }
[ -x "$jdk/bin/java" ] || { echo "no JDK 25 at $jdk (set NATIVE_JDK)" >&2; exit 2; }
command -v gcc >/dev/null || { echo "gcc is needed: the builder compiles C queries" >&2; exit 2; }
version="$(sed -n 's:.*<graalvm.version>\(.*\)</graalvm.version>.*:\1:p' native/builder/pom.xml)"
echo "== Image builder $version on $("$jdk/bin/java" -version 2>&1 | head -1), sources $sources (Quarkus targets GraalVM $(cat "$sources/graalvm.version" 2>/dev/null || echo '?'))"

# 1. The builder's jars from Maven Central.
builder="$work/builder-$version"
if [ ! -f "$builder/svm-$version.jar" ]; then
  rm -rf "$builder"
  ./mvnw -B -ntp -q -f native/builder/pom.xml dependency:copy-dependencies -DoutputDirectory="$builder"
fi

# 2. A JDK the builder accepts as its java.home: the builder loads its reporter library from
#    java.home/lib/svm/builder/lib. Hard links (or a copy) of the JDK plus that one library.
home="$work/jdk"
helper="$home/lib/svm/builder/lib/libreporterchelper.so"
if [ ! -x "$home/bin/java" ] || [ "$(cat "$work/jdk.source" 2>/dev/null)" != "$jdk" ]; then
  rm -rf "$home"
  cp -al "$jdk" "$home" 2>/dev/null || cp -a "$jdk" "$home"
  echo "$jdk" >"$work/jdk.source"
fi
mkdir -p "$(dirname "$helper")"
gcc -shared -fPIC -O2 -I "$home/include" -I "$home/include/linux" -o "$helper" native/reporter-helper.c

# 3. The JVM flags the launcher gives the builder: --add-exports of every JDK-internal package the
#    builder modules use (the launcher ships this list, generated from the same modules; jdeps finds it).
exports="$work/builder-$version.exports"
if [ ! -s "$exports" ]; then
  "$jdk/bin/jdeps" --multi-release 25 --ignore-missing-deps --upgrade-module-path "$builder/compiler-$version.jar" \
      --module-path "$builder" --jdk-internals -R --module org.graalvm.nativeimage.builder 2>/dev/null \
    | awk '
        /^[^ ]+ -> [^ ]+$/ { from = $1; next }
        /JDK internal API \(/ {
          match($0, /-> [^ ]+/); cls = substr($0, RSTART + 3, RLENGTH - 3); sub(/\.[^.]+$/, "", cls)
          match($0, /API \([^)]+\)/); module = substr($0, RSTART + 5, RLENGTH - 6)
          key = module "/" cls
          if (!((key, from) in seen)) { seen[key, from] = 1; to[key] = (key in to) ? to[key] "," from : from }
        }
        END { for (k in to) print "--add-exports=" k "=" to[k] }' | sort >"$exports.tmp"
  mv "$exports.tmp" "$exports"
fi
module_path="$(find "$builder" -name '*.jar' ! -name "compiler-$version.jar" | sort | paste -sd:)"
builder_modules="$(for j in "$builder"/*.jar; do "$jdk/bin/jar" --describe-module --file "$j" | head -1 | cut -d' ' -f1; done | paste -sd,)"

# 4. The launcher's own work on Quarkus' arguments and the class path's META-INF/native-image.
out="$work/out"
clib="$work/clibraries-$version"
rm -rf "$out" && mkdir -p "$out" "$clib/include"
"$jdk/bin/java" native/LauncherArgs.java "$sources" "$out" "$clib"

jvm_args="$out/jvm.args"
{
  echo "-XX:+UnlockExperimentalVMOptions"; echo "-XX:+EnableJVMCI"; echo "-XX:-UseJVMCICompiler"
  cat "$exports"
  printf '%s\n' -Xss10m -XX:+UseParallelGC "-Xmx$xmx" -Djava.awt.headless=true \
    '"-Dorg.graalvm.vendor=GraalVM Community"' -Dorg.graalvm.vendorurl=https://www.graalvm.org/ \
    "\"-Dorg.graalvm.vendorversion=GraalVM CE $version\"" -Dorg.graalvm.version="$version" -Dcom.oracle.graalvm.isaot=true \
    -Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader \
    -Dorg.graalvm.nativeimage.imagecode=buildtime -Xshare:off \
    -Djdk.internal.lambda.disableEagerInitialization=true -Djdk.internal.lambda.eagerlyInitialize=false \
    -Djava.lang.invoke.InnerClassLambdaMetafactory.initializeLambdas=false \
    -Djava.lang.invoke.MethodHandle.DONT_INLINE_THRESHOLD=-1 -Djava.lang.invoke.MethodHandle.PROFILE_GWT=false
  cat "$out/builder-jvm.args"
  echo "--enable-native-access=$builder_modules"
  echo "--upgrade-module-path"; echo "$builder/compiler-$version.jar"
  echo "--module-path"; echo "$module_path"
  # every JDK module that exports an API resolvable, as for a class-path application (java.net.http for
  # the webhook client): launched as a module, the builder would otherwise see only its own requirements
  echo "--add-modules"; echo "ALL-DEFAULT"
  echo "--module"; echo "org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner"
} >"$jvm_args"   # a java @argfile: one option a line, quoted where it has a space

run_builder() {   # extra builder options...; output to $out/builder.log
  local args_file="$out/builder-run.args"
  { cat "$out/builder.args"; for extra in "$@"; do printf '\0%s' "$extra"; done; } >"$args_file"
  (cd "$out" && exec env -i PATH="$PATH" HOME="$HOME" LANG=C.UTF-8 USE_NATIVE_IMAGE_JAVA_PLATFORM_MODULE_SYSTEM=true \
      DRIVER_TEMP_DIR_ENV_VARIABLE="$out" "$home/bin/java" @"$jvm_args" "--image-args-file=$args_file") \
    >"$out/builder.log" 2>&1 &
  echo $! >"$out/builder.pid"
  wait $!
}

# 5. Stand-ins for GraalVM's own C headers, written from the builder's layout queries (once per
#    builder version: they depend on the builder's own C directives).
if [ ! -f "$clib/complete" ]; then
  directives="$(unzip -Z1 "$builder/svm-$version.jar" | grep 'Directives\.class$' || true)"
  # shellcheck disable=SC2086 # one argument per class file
  for h in $(unzip -p "$builder/svm-$version.jar" $directives | grep -aoE 'include/[a-z0-9_]+\.h' | sort -u); do
    [ -n "$(find "$home/include" -name "$(basename "$h")")" ] || [ -f "$clib/$h" ] || : >"$clib/$h"
  done
  echo "== Layout queries (query code for the C headers)"
  run_builder "-H:QueryCodeDir@driver=$out/query" "-H:+ExitAfterQueryCodeGeneration@driver" || true
  if missing="$(grep -oE 'Header file include/[a-z0-9_]+\.h not found' "$out/builder.log")"; then
    echo "$missing" >&2; tail -30 "$out/builder.log" >&2; exit 1
  fi
  grep -q 'Exiting image generation because of -H:+ExitAfterQueryCodeGeneration' "$out/builder.log" \
    || { echo "the builder did not reach its layout queries:" >&2; tail -60 "$out/builder.log" >&2; exit 1; }
  awk -v dir="$clib/include" -f native/query-headers.awk "$out"/query/*.c
  touch "$clib/complete"
fi

# 6. The build, through code generation; the relocatable object file stays in TempDirectory.
extra=("-H:+ExitAfterRelocatableImageWrite@driver" "-H:TempDirectory@driver=$out/tmp")
if [ "${NATIVE_CHECK_BREAKDOWN:-false}" = true ]; then
  extra+=("-H:DashboardDump@driver=$out/dashboard" "-H:+DashboardCode@driver" "-H:+DashboardHeap@driver"
          "-H:+DashboardJson@driver" "-H:-DashboardBgv@driver")
fi
echo "== Image build (analysis, universe, compilation; no link), heap $xmx — the builder's output:"
start="$(date +%s)"
status=0
if [ -n "${NATIVE_CHECK_TIMEOUT:-}" ]; then
  run_builder "${extra[@]}" & builder_pid=$!
  while kill -0 "$builder_pid" 2>/dev/null && [ $(( $(date +%s) - start )) -lt "$NATIVE_CHECK_TIMEOUT" ]; do sleep 5; done
  if kill -0 "$builder_pid" 2>/dev/null; then
    java_pid="$(cat "$out/builder.pid")"
    kill -TERM "$java_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$java_pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$java_pid" 2>/dev/null || true
    wait "$builder_pid" 2>/dev/null || true
    cat "$out/builder.log"
    echo "native compile check: stopped after ${NATIVE_CHECK_TIMEOUT} s, unfinished (load $(cut -d' ' -f1-3 /proc/loadavg)) — not a builder failure" >&2
    exit 3
  fi
  wait "$builder_pid" || status=$?
else
  run_builder "${extra[@]}" || status=$?
fi
cat "$out/builder.log"
elapsed=$(( $(date +%s) - start ))

node native/check-build.mjs "$out" "$status" "$elapsed"
