#!/usr/bin/env bash
# JVM cold start, Newsgraph side by side with a peer: the Quarkus quickstarts' microprofile-graphql-
# quickstart (github.com/quarkusio/quarkus-quickstarts, folder microprofile-graphql-quickstart; it is
# not part of this repository — build it yourself, outside it, on Quarkus 3.33.2 like Newsgraph, once
# as a plain fast-jar and once with quarkus.package.jar.aot.enabled=true, and pass both folders).
#
#   bench/startup.sh -n 5 --peer PEER/quarkus-app --peer-appcds PEER-AOT/quarkus-app
#   bench/startup.sh ... --app target/quarkus-app --app-appcds AOT/quarkus-app   # Newsgraph builds to use
#   bench/startup.sh ... --before OLD/quarkus-app --before-appcds OLD-AOT/quarkus-app   # and an older build beside them
#
# Four configurations, launched in turn (Newsgraph, peer, Newsgraph with AppCDS, peer with AppCDS) and
# that round repeated RUNS times, so drifting machine load hits all of them alike. Each launch gets a
# free loopback port; Newsgraph an existing H2 database (created by one untimed launch first; --fresh
# gives every launch an empty one, so it migrates and loads the demo). Per launch: "first answer" (ms
# from exec to the first successful answer to POST /graphql {"query":"{ __typename }"}), the JVM's
# RSS at that moment (VmRSS) and the CPU time it had used. AppCDS: each -appcds folder holds the
# archive Quarkus wrote for it (app-cds.jsa, quarkus.package.jar.aot.enabled=true — what
# `./mvnw package -Dappcds` does here), used as deploy/jvm/run.sh uses it, with -Xshare:on so an
# archive that does not match fails instead of silently measuring a start without it.
# Without --app/--app-appcds the script builds both Newsgraph variants from this checkout first.
# --before/--before-appcds add an older Newsgraph build (e.g. main before a change) as two more
# configurations in the same rotation, with the ratios new / old.
# --ports FROM-TO draws each launch's port from that range instead of 20000-59999 (on a machine shared
# with other benches, a range of your own keeps a launch from answering on a port another one took);
# a launch whose port was taken meanwhile is started again on another. JVM options after -- go to every
# launch (e.g. -XX:TieredStopAtLevel=1). --java PATH runs every launch on that java instead of the one on
# the PATH; an -appcds folder holding app.aot (the AOT cache of JDK 25+, e.g. from
# JAVA=PATH deploy/jvm/appcds-training.sh) is started with -XX:AOTCache=app.aot -XX:AOTMode=on instead.
# Prints one line per launch, then median and range per configuration and the ratios Newsgraph / peer.
set -euo pipefail

java=java runs=5 fresh=false peer="" peer_aot="" app="" app_aot="" before="" before_aot="" port_from=20000 port_to=59999
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --fresh) fresh=true; shift ;;
    --peer) peer="$2"; shift 2 ;;
    --peer-appcds) peer_aot="$2"; shift 2 ;;
    --app) app="$2"; shift 2 ;;
    --app-appcds) app_aot="$2"; shift 2 ;;
    --before) before="$2"; shift 2 ;;
    --before-appcds) before_aot="$2"; shift 2 ;;
    --java) java="$2"; shift 2 ;;
    --ports) port_from="${2%-*}" port_to="${2#*-}"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown argument: $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
extra_opts=("$@")
[ -f "$peer/quarkus-run.jar" ] && [ -f "$peer_aot/quarkus-run.jar" ] \
  || { echo "--peer and --peer-appcds must name built quarkus-app folders of the peer (see the header of $0)" >&2; exit 2; }
cd "$(dirname "$0")/.."
peer="$(cd "$peer" && pwd)" peer_aot="$(cd "$peer_aot" && pwd)"
timeout_ms=120000
work="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "$app" ] || [ -z "$app_aot" ]; then
  echo "building Newsgraph ($(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ', with local changes')): plain and AppCDS layout"
  ./mvnw -B -ntp -q package -DskipTests -Dquarkus.package.output-directory=bench-startup-plain
  ./mvnw -B -ntp -q package -DskipTests -Dappcds -Dquarkus.package.output-directory=bench-startup-appcds
  app="target/bench-startup-plain" app_aot="target/bench-startup-appcds"
fi
app="$(cd "$app" && pwd)" app_aot="$(cd "$app_aot" && pwd)"
if [ -n "$before$before_aot" ]; then
  [ -f "$before/quarkus-run.jar" ] && [ -f "$before_aot/quarkus-run.jar" ] \
    || { echo "--before and --before-appcds go together and name built quarkus-app folders" >&2; exit 2; }
  before="$(cd "$before" && pwd)" before_aot="$(cd "$before_aot" && pwd)"
fi

now_ms() { date +%s%3N; }
cpu_ms_of() { echo $(( $(awk '{print $14 + $15}' "/proc/$1/stat") * 1000 / $(getconf CLK_TCK) )); }
rss_mb_of() { awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((port_from + RANDOM % (port_to - port_from + 1)))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port found" >&2; exit 1
}

# archive_opts DIR: the JVM options that use DIR's archive: the AOT cache (app.aot, JDK 25+) if it has one,
# else the AppCDS archive; either way a cache that does not match fails instead of being ignored.
archive_opts() {
  if [ -s "$1/app.aot" ]; then echo "-XX:AOTCache=app.aot -XX:AOTMode=on"; else echo "-XX:SharedArchiveFile=app-cds.jsa -Xshare:on"; fi
}

# launch NAME DIR DATA [java options...]: runs DIR/quarkus-run.jar from DIR until its first answer,
# prints "ms rss_mb cpu_ms", stops it. Loopback only; Newsgraph gets its data folder and a fixed key.
launch() {
  local attempt
  for attempt in 1 2 3; do
    launch_once "$@" && return
    grep -q 'seems to be in use' "$work/$1.log" || break
    echo "$1: its port was taken by another process; starting it again" >&2
  done
  echo "$1: no answer within ${timeout_ms} ms; log:" >&2; tail -20 "$work/$1.log" >&2; exit 1
}
launch_once() {
  local name="$1" dir="$2" data="$3"; shift 3
  local port log="$work/$name.log" start answered=""
  port="$(free_port)"
  start="$(now_ms)"
  # A connection wait of 60 s instead of 5: on a starved machine the first H2 connection can take longer,
  # and a slow start should be measured as slow, not fail; a start that gets its connection is unchanged.
  (cd "$dir" && PORT="$port" NEWSGRAPH_DATA_DIR="$data" NEWSGRAPH_API_KEY=bench QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=60S \
      exec "$java" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" "$@" -jar quarkus-run.jar) >"$log" 2>&1 &
  pid=$!
  while [ $(( $(now_ms) - start )) -lt "$timeout_ms" ]; do
    if curl -s --max-time 1 -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' \
        "http://127.0.0.1:$port/graphql" 2>/dev/null | grep -q '"__typename":"Query"'; then
      answered="$(( $(now_ms) - start )) $(rss_mb_of "$pid") $(cpu_ms_of "$pid")"
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
  [ -n "$answered" ] || return 1
  echo "$answered"
}

for d in "$app_aot" "$peer_aot" ${before_aot:+"$before_aot"}; do
  [ -s "$d/app-cds.jsa" ] || [ -s "$d/app.aot" ] \
    || { echo "no AppCDS archive or AOT cache in $d (build it with quarkus.package.jar.aot.enabled=true)" >&2; exit 2; }
done
ng_cds="$app_aot" peer_cds="$peer_aot"

configs=(newsgraph peer newsgraph-appcds peer-appcds)
declare -A dir=([newsgraph]="$app" [peer]="$peer" [newsgraph-appcds]="$ng_cds" [peer-appcds]="$peer_cds")
if [ -n "$before" ]; then
  configs=(before newsgraph peer before-appcds newsgraph-appcds peer-appcds)
  dir[before]="$before" dir[before-appcds]="$before_aot"
fi
data_for() {   # the H2 folder of launch $2 of configuration $1
  if $fresh; then echo "$work/data-$1-$2"; else echo "$work/data-$1"; fi
}
if ! $fresh; then   # an existing database: one untimed launch creates it
  launch newsgraph-setup "$app" "$(data_for newsgraph 0)" >/dev/null
  launch newsgraph-appcds-setup "$ng_cds" "$(data_for newsgraph-appcds 0)" $(archive_opts "$ng_cds") >/dev/null
  if [ -n "$before" ]; then
    launch before-setup "$before" "$(data_for before 0)" >/dev/null
    launch before-appcds-setup "$before_aot" "$(data_for before-appcds 0)" $(archive_opts "$before_aot") >/dev/null
  fi
fi

echo "commit $(git rev-parse --short HEAD); $("$java" -version 2>&1 | head -1); $(nproc) cores; runs: $runs per configuration;" \
  "database: $($fresh && echo 'empty each launch' || echo existing); extra JVM options: ${extra_opts[*]:-none}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A ms rss cpu
for i in $(seq 1 "$runs"); do
  for c in "${configs[@]}"; do
    opts=("${extra_opts[@]}")
    [[ "$c" == *-appcds ]] && opts+=($(archive_opts "${dir[$c]}"))
    read -r m r u < <(launch "$c" "${dir[$c]}" "$(data_for "$c" "$i")" "${opts[@]}" || echo)
    [ -n "${u:-}" ] || exit 1
    printf '%-17s run %d: first answer %5d ms, RSS %4d MB, CPU %5d ms\n' "$c" "$i" "$m" "$r" "$u"
    ms[$c]+="$m " rss[$c]+="$r " cpu[$c]+="$u "
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
range() { printf '%s\n' $1 | sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {print lo "–" hi}'; }
for c in "${configs[@]}"; do
  printf '%-17s median first answer %5d ms (%s), RSS %4d MB (%s), CPU %5d ms\n' "$c" \
    "$(median "${ms[$c]}")" "$(range "${ms[$c]}")" "$(median "${rss[$c]}")" "$(range "${rss[$c]}")" "$(median "${cpu[$c]}")"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
# ratios OTHER: Newsgraph's medians over OTHER's (peer or before), plain and with AppCDS
ratios() {
  local other=$1 suffix
  for suffix in "" -appcds; do
    printf 'newsgraph%s / %s%s: first answer %s×, RSS at first answer %s×, CPU %s×\n' "$suffix" "$other" "$suffix" \
      "$(ratio "$(median "${ms[newsgraph$suffix]}")" "$(median "${ms[$other$suffix]}")")" \
      "$(ratio "$(median "${rss[newsgraph$suffix]}")" "$(median "${rss[$other$suffix]}")")" \
      "$(ratio "$(median "${cpu[newsgraph$suffix]}")" "$(median "${cpu[$other$suffix]}")")"
  done
}
ratios peer
if [ -n "$before" ]; then ratios before; fi
