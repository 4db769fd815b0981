#!/usr/bin/env bash
# The delivery benchmark: Quire seeded with N articles against nginx serving the same bytes,
# driven by wrk; writes docs/performance.md and docs/performance-*.svg.
#
#   src/bench/run.sh                              # 100,000 and 1,000,000 articles
#   BENCH_SIZES=100000 src/bench/run.sh           # one size
#
# Settings (environment): BENCH_SIZES, BENCH_DURATION (20s), BENCH_CONNECTIONS (32),
# BENCH_THREADS (2), BENCH_TIMEOUT (wrk's, 5s), BENCH_HEAP (256m), BENCH_TAG (news),
# BENCH_QUERY (climate), BENCH_DEEP_ITEMS (50000), BENCH_CRAWL_SECONDS (600),
# BENCH_SEED_SECONDS (3600), BENCH_QUIRE_PORT (18090), BENCH_NGINX_PORT (18091),
# BENCH_SKIP_BUILD (1 reuses target/quire-*.jar), BENCH_KEEP (1 keeps the work folder),
# BENCH_NOTES (a Markdown file added to the report as its Notes section), BENCH_JAVA (the java that
# runs Quire; default: the newest JDK on the PATH or under /usr/lib/jvm), BENCH_AOT (1, the default,
# trains and uses a JVM AOT cache where that java is 25 or newer; 0 runs the plain jar),
# BENCH_JVM_OPTS (JVM options besides -Xmx; default -XX:+UseSerialGC, as docs/operations.md
# recommends for a small heap on one or two cores).
# Every request goes to 127.0.0.1; every wait is bounded.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH="$ROOT/src/bench"
SIZES=${BENCH_SIZES:-"100000 1000000"}
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
TIMEOUT=${BENCH_TIMEOUT:-5s}
HEAP=${BENCH_HEAP:-256m}
read -r -a JVM_OPTS <<<"${BENCH_JVM_OPTS--XX:+UseSerialGC}"
TAG=${BENCH_TAG:-news}
QUERY=${BENCH_QUERY:-climate}
DEEP_ITEMS=${BENCH_DEEP_ITEMS:-50000}
CRAWL_SECONDS=${BENCH_CRAWL_SECONDS:-600}
SEED_SECONDS=${BENCH_SEED_SECONDS:-3600}
PAGE_SIZE=20
# The command as run, with the settings given in the environment, for the report.
COMMAND="$( (env | grep '^BENCH_' | grep -v -e '^BENCH_NOTES=' -e '^BENCH_KEEP=' | sort | sed -E 's/^([A-Z_]+)=(.*)$/\1="\2"/' | tr '\n' ' '); echo src/bench/run.sh)"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

in_use() { ss -ltn "sport = :$1" | grep -q LISTEN; }

free_port() { # the first port from $1 on that nothing listens on
  local port=$1
  while in_use "$port"; do port=$((port + 1)); done
  echo "$port"
}

need_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || missing+=(nginx)
  command -v curl >/dev/null || missing+=(curl)
  if ((${#missing[@]})); then
    log "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  command -v python3 >/dev/null && command -v java >/dev/null && command -v jcmd >/dev/null \
    || die "python3, java and jcmd (a JDK) are needed"
}

WORK=$(mktemp -d /tmp/quire-bench.XXXXXX)
chmod 755 "$WORK" # nginx's workers read the static files
QUIRE_PID=""
NGINX_PID=""

stop_quire() {
  [[ -n $QUIRE_PID ]] || return 0
  kill -TERM "$QUIRE_PID" 2>/dev/null || true
  for _ in $(seq 1 600); do kill -0 "$QUIRE_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$QUIRE_PID" 2>/dev/null || true
  wait "$QUIRE_PID" 2>/dev/null || true
  QUIRE_PID=""
}

stop_nginx() {
  [[ -n $NGINX_PID ]] || return 0
  kill -QUIT "$NGINX_PID" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$NGINX_PID" 2>/dev/null || true
  wait "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=""
}

cleanup() {
  stop_quire
  stop_nginx
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then log "results kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# Starts Quire in $DIR with the given arguments, waits (at most $1 seconds) for readiness and
# sets READY_MS to the milliseconds from process start to ready.
start_quire() {
  local limit=$1 logfile=$2
  shift 2
  local started now
  # Another process on the port would answer the probes in Quire's place.
  in_use "$QUIRE_PORT" && die "port $QUIRE_PORT is taken by another process; set BENCH_QUIRE_PORT"
  started=$(date +%s%N)
  (cd "$DIR" && exec "${QUIRE_JVM[@]}" "-Xmx$HEAP" "-Xlog:gc:file=$DIR/gc-$logfile:uptime" -jar "$APP_JAR" \
    --server.port="$QUIRE_PORT" "$@" >"$DIR/$logfile" 2>&1) &
  QUIRE_PID=$!
  local deadline=$((started + limit * 1000000000))
  while true; do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/actuator/health/readiness") == 200 ]]; then
      break
    fi
    kill -0 "$QUIRE_PID" 2>/dev/null || die "Quire stopped; see $DIR/$logfile"
    (($(date +%s%N) < deadline)) || die "Quire not ready within $limit s"
    sleep 0.1
  done
  now=$(date +%s%N)
  READY_MS=$(((now - started) / 1000000))
}

# Waits (at most two minutes) until Quire answers its readiness probe within half a second,
# so that requests queued by the previous scenario do not slow down the next one.
settle() {
  for _ in $(seq 1 120); do
    local t
    t=$(curl -s -o /dev/null -w '%{time_total}' --max-time 5 "$BASE/actuator/health/readiness" || echo 9)
    awk -v t="$t" 'BEGIN { exit !(t < 0.5) }' && return 0
    sleep 1
  done
  log "Quire still busy after two minutes; going on"
}

# After a scenario: unless Quire is UP and still serves an article (after running out of memory,
# H2 closes the database while the health endpoint may go on answering UP), records it and
# restarts Quire, so that the next scenario measures a working server.
check_health() { # scenario [last]
  settle
  local health article
  health=$(curl -s --max-time 10 "$BASE/actuator/health" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("status", "?"))' 2>/dev/null || echo "no health answer within 10 s")
  article=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$PROBE_URL" || echo 000)
  [[ $article == 200 ]] || health="$health, article HTTP $article"
  HEALTH=$(python3 -c 'import json, sys; h = json.loads(sys.argv[1]); h[sys.argv[2]] = sys.argv[3]; print(json.dumps(h))' \
    "$HEALTH" "$1" "$health")
  fact health_after "$HEALTH"
  if [[ $health != UP && -z ${2:-} ]]; then
    log "after $1: $health; restarting Quire"
    stop_quire
    RESTARTS=$((RESTARTS + 1))
    start_quire 600 "quire-restart-$RESTARTS.log" --cms.seed.articles="$N"
  fi
}

# The feature release of a java command: 17, 21, 25, ...
java_release() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }'
}

# Picks the java that runs Quire: BENCH_JAVA, else the newest JDK at hand.
pick_java() {
  if [[ -n ${BENCH_JAVA:-} ]]; then
    QUIRE_JAVA=$BENCH_JAVA
  else
    QUIRE_JAVA=$(command -v java)
    local candidate
    for candidate in /usr/lib/jvm/*/bin/java; do
      [[ -x $candidate ]] || continue
      (($(java_release "$candidate") > $(java_release "$QUIRE_JAVA"))) && QUIRE_JAVA=$candidate
    done
  fi
  JAVA_RELEASE=$(java_release "$QUIRE_JAVA")
  [[ -n $JAVA_RELEASE ]] || die "$QUIRE_JAVA is not a working java"
}

# On Java 25 and newer, a training start (the context refreshed, then stopped) records an AOT cache
# of loaded and linked classes that every later start uses: Java's own lever for start-up time.
prepare_jvm() {
  APP_JAR=$JAR
  QUIRE_JVM=("$QUIRE_JAVA" "${JVM_OPTS[@]}")
  AOT=false
  if ((JAVA_RELEASE >= 25)) && [[ ${BENCH_AOT:-1} == 1 ]]; then
    log "training an AOT cache with $QUIRE_JAVA (Java $JAVA_RELEASE)"
    "$QUIRE_JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
    APP_JAR=$(ls "$WORK"/app/*.jar | head -1)
    mkdir -p "$WORK/aot-training"
    (cd "$WORK/aot-training" && "$QUIRE_JAVA" "${JVM_OPTS[@]}" "-Xmx$HEAP" -XX:AOTCacheOutput="$WORK/app.aot" \
      -Dspring.context.exit=onRefresh -jar "$APP_JAR" --server.port="$QUIRE_PORT" >"$WORK/aot-training.log" 2>&1) \
      || die "training the AOT cache failed; see $WORK/aot-training.log"
    QUIRE_JVM+=(-XX:AOTCache="$WORK/app.aot")
    AOT=true
  fi
}

py() { python3 "$BENCH/bench.py" "$@"; }
fact() { py fact "$DIR" "$@"; }
ms_to_s() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }

run_wrk() { # name target url [script]
  local name=$1 target=$2 url=$3 script=${4:-get.lua}
  log "wrk $target $name: $url"
  BENCH_LUA_DIR="$BENCH" wrk "-t$THREADS" "-c$CONNECTIONS" "-d$DURATION" --timeout "$TIMEOUT" --latency \
    -s "$BENCH/$script" "$url" >"$DIR/wrk-$target-$name.txt" 2>&1 \
    || log "wrk ended with an error (see wrk-$target-$name.txt)"
}

benchmark() { # articles
  local n=$1
  N=$n
  HEALTH="{}"
  RESTARTS=0
  DIR="$WORK/n$n"
  mkdir -p "$DIR/static"
  chmod -R 755 "$DIR"
  fact articles "$n"
  fact heap_max "$HEAP"
  fact load_before "$(python3 -c 'import json; print(json.dumps(open("/proc/loadavg").read().split()[:3]))')"

  log "seeding $n articles (first start)"
  start_quire "$SEED_SECONDS" first.log --cms.seed.articles="$n"
  fact first_start_to_ready_s "$(ms_to_s "$READY_MS")"
  fact seeded_log "$(grep -o 'Seeded [0-9]* articles (.*' "$DIR/first.log" | tail -1)"
  # The search index is built in the background after seeding; stopping before it is complete
  # would leave the rebuild to overlap the measurements.
  local started_indexing=$SECONDS
  until grep -q 'The search index is complete' "$DIR/first.log"; do
    kill -0 "$QUIRE_PID" 2>/dev/null || die "Quire stopped while indexing; see $DIR/first.log"
    ((SECONDS - started_indexing < SEED_SECONDS)) || die "search index not complete within $SEED_SECONDS s"
    sleep 1
  done
  fact indexing_after_ready_s "$((SECONDS - started_indexing))"
  stop_quire

  if [[ $AOT == true ]]; then
    # For comparison: the same restart as a plain jar on the default java, without the AOT cache.
    local jvm=("${QUIRE_JVM[@]}") app=$APP_JAR
    QUIRE_JVM=(java "${JVM_OPTS[@]}")
    APP_JAR=$JAR
    log "restarting with $n articles: plain jar on the default java"
    start_quire 600 quire-plain.log --cms.seed.articles="$n"
    fact start_to_ready_plain_s "$(ms_to_s "$READY_MS")"
    stop_quire
    QUIRE_JVM=("${jvm[@]}")
    APP_JAR=$app
  fi

  log "restarting with $n articles"
  start_quire 600 quire.log --cms.seed.articles="$n"
  fact start_to_ready_s "$(ms_to_s "$READY_MS")"
  fact started_log "$(grep -o 'Started CmsApplication in [0-9.]* seconds' "$DIR/quire.log" | tail -1)"
  log "ready in $READY_MS ms"

  local skipped="{}"
  local list="$BASE/api/v1/articles?tag=$TAG&size=$PAGE_SIZE"
  py capture "$list" "$DIR/static" tag-page-1 >/dev/null
  local slug
  slug=$(python3 -c 'import json, sys; c = json.load(open(sys.argv[1]))["content"]; print(c[min(9, len(c) - 1)]["slug"])' \
    "$DIR/static/tag-page-1.body") || die "no article in $list"
  PROBE_URL="$BASE/api/v1/articles/slug/$slug"
  py capture "$PROBE_URL" "$DIR/static" slug >/dev/null

  log "following rel=next from page 1 (at most $((DEEP_ITEMS / PAGE_SIZE)) times, $CRAWL_SECONDS s)"
  local crawl deep
  crawl=$(py crawl "$list" $((DEEP_ITEMS / PAGE_SIZE)) "$CRAWL_SECONDS")
  fact crawl "$crawl"
  deep=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["url"])' "$crawl")
  py capture "$deep" "$DIR/static" tag-deep >/dev/null

  py capture "$BASE/api/v1/articles?q=$QUERY&sort=relevance" "$DIR/static" search >/dev/null

  local names=() name status
  for name in slug tag-page-1 tag-deep search; do
    status=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["status"])' "$DIR/static/$name.json")
    if [[ $status == 200 ]]; then
      names+=("$name")
    else
      log "$name answers HTTP $status: recorded as failing"
      skipped=$(python3 -c 'import json, sys; s = json.loads(sys.argv[1]); s[sys.argv[2]] = "HTTP " + sys.argv[3] if sys.argv[3] != "0" else "no answer"; print(json.dumps(s))' \
        "$skipped" "$name" "$status")
    fi
  done
  fact skipped "$skipped"

  py nginx "$DIR" "$NGINX_PORT" "${names[@]}"
  in_use "$NGINX_PORT" && die "port $NGINX_PORT is taken by another process; set BENCH_NGINX_PORT"
  nginx -p "$DIR" -c "$DIR/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break; sleep 0.1; done

  for name in "${names[@]}"; do
    settle
    run_wrk "$name" quire "$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["url"])' "$DIR/static/$name.json")"
    run_wrk "$name" nginx "http://127.0.0.1:$NGINX_PORT/$name"
    check_health "$name"
  done
  stop_nginx

  settle
  # Signed in now, so that the token (valid for an hour) cannot expire during the run. The write
  # mix files its articles under News and Benchmark; Benchmark is created first because parallel
  # requests that all introduce the same new tag race to create it, and the losers answer 409.
  local admin editor
  admin=$(py token "$BASE" admin "$ADMIN_PASSWORD")
  editor=$(py editor "$BASE" "$admin")
  py tag "$BASE" "$editor" Benchmark
  export QUIRE_TOKEN="$editor"
  run_wrk write quire "$BASE" write.lua
  settle
  local heap_at_end
  heap_at_end=$("$(dirname "$(readlink -f "$QUIRE_JAVA")")/jcmd" "$QUIRE_PID" GC.heap_info 2>/dev/null \
    | grep -o 'total [0-9]*K, used [0-9]*K' | tr -dc '0-9 \n' \
    | awk '{ total += $1; used += $2 } END { if (NR) printf "total %dK, used %dK", total, used; else print "unknown" }')
  check_health write last
  fact restarts "$RESTARTS"
  fact alive_at_end "$(kill -0 "$QUIRE_PID" 2>/dev/null && echo true || echo false)"
  stop_quire
  fact out_of_memory "$(cat "$DIR"/*.log | grep -c OutOfMemoryError || true)"
  fact heap "$(python3 - "$DIR" "$heap_at_end" <<'EOF'
import glob, json, re, sys
heap = {"at_end": sys.argv[2]}
for phase in ("first", "quire"):
    before = after = 0
    for path in glob.glob(f"{sys.argv[1]}/gc-{phase}*.log"):
        for m in re.finditer(r"Pause (?:Young|Full).* (\d+)M->(\d+)M\(\d+M\)", open(path).read()):
            before, after = max(before, int(m.group(1))), max(after, int(m.group(2)))
    heap[phase] = {"peak_before_gc_mb": before, "peak_after_gc_mb": after}
print(json.dumps(heap))
EOF
)"
  fact load_after "$(python3 -c 'import json; print(json.dumps(open("/proc/loadavg").read().split()[:3]))')"
  log "done with $n articles"
}

need_tools
QUIRE_PORT=$(free_port "${BENCH_QUIRE_PORT:-18090}")
NGINX_PORT=$(free_port "${BENCH_NGINX_PORT:-$((QUIRE_PORT + 1))}")
[[ $NGINX_PORT != "$QUIRE_PORT" ]] || NGINX_PORT=$(free_port $((QUIRE_PORT + 1)))
BASE="http://127.0.0.1:$QUIRE_PORT"
ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export CMS_ADMIN_PASSWORD="$ADMIN_PASSWORD"
CMS_JWT_SECRET=$(head -c 32 /dev/urandom | base64)
export CMS_JWT_SECRET

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
  log "building the jar"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi
JAR=$(ls "$ROOT"/target/quire-*.jar | grep -v -- '-plain' | head -1)
[[ -f $JAR ]] || die "no jar in target/"
pick_java
prepare_jvm

py machine "$QUIRE_JAVA" "$AOT" >"$WORK/machine.json"
python3 -c 'import json, sys; print(json.dumps(dict(zip(["jvm_opts", "wrk", "tag", "query", "deep_items", "crawl_seconds"], sys.argv[1:]))))' \
  "-Xmx$HEAP ${JVM_OPTS[*]}" "-t$THREADS -c$CONNECTIONS -d$DURATION --timeout $TIMEOUT --latency" "$TAG" "$QUERY" "$DEEP_ITEMS" "$CRAWL_SECONDS" \
  >"$WORK/settings.json"
log "work folder $WORK; Quire on port $QUIRE_PORT, nginx on $NGINX_PORT"

for n in $SIZES; do
  benchmark "$n"
  # After each size, so that a later failure keeps what was measured.
  py report "$WORK" "$ROOT/docs" "$COMMAND" ${BENCH_NOTES:+"$BENCH_NOTES"}
done
log "wrote docs/performance.md"
