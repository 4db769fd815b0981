#!/usr/bin/env bash
# The reference topology of docs/operations.md on one machine: two Quire instances behind nginx, on
# one PostgreSQL and one OpenSearch node, driven by wrk. Each read scenario and the write mix run
# through nginx (both instances) and against one instance directly, back to back, so the table
# shows the cost of the extra hop; two cores cannot show a speed-up. Prints the table (Markdown).
#
#   ./mvnw -q -Popensearch process-test-resources   # OpenSearch from Maven Central, into target/opensearch
#   ./mvnw -q -DskipTests package
#   src/bench/cluster.sh
#
# Settings (environment): BENCH_ARTICLES (10000), BENCH_DURATION (20s), BENCH_CONNECTIONS (32),
# BENCH_THREADS (2), BENCH_HEAP (256m), BENCH_KEEP (1 keeps the work folder).
# PostgreSQL comes from the system (initdb and pg_ctl on the PATH); every port is a free one on 127.0.0.1.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH="$ROOT/src/bench"
ARTICLES=${BENCH_ARTICLES:-10000}
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
HEAP=${BENCH_HEAP:-256m}

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { # url seconds
  for _ in $(seq 1 $(($2 * 2))); do
    curl -fs -o /dev/null --max-time 2 "$1" && return 0
    sleep 0.5
  done
  die "no answer from $1 within $2 s"
}

JAR=$(ls "$ROOT"/target/quire-*.jar 2>/dev/null | grep -v -- '-plain' | head -1) || true
[[ -f ${JAR:-} ]] || die "no jar in target/: ./mvnw -DskipTests package"
OPENSEARCH=$(ls -d "$ROOT"/target/opensearch/opensearch-* 2>/dev/null | head -1) || true
[[ -d ${OPENSEARCH:-} ]] || die "no OpenSearch in target/opensearch: ./mvnw -Popensearch process-test-resources"
PG_BIN=$(dirname "$(readlink -f "$(command -v pg_ctl)")")

WORK=$(mktemp -d /tmp/quire-cluster.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  exec 3>&- # closes the OpenSearch node's standard input: it stops
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ -d $WORK/pg/data ]] && as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
# PostgreSQL refuses to run as root.
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u nobody -- "$@"; else "$@"; fi; }

PG_PORT=$(free_port)
log "PostgreSQL on $PG_PORT"
mkdir -p "$WORK/pg"
[[ $(id -u) == 0 ]] && chown nobody "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres --auth=trust -E UTF8 >"$WORK/initdb.log"
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/postgres.log" -w \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null

OS_PORT=$(free_port)
log "OpenSearch on $OS_PORT"
mkfifo "$WORK/opensearch.in"
java -Xms512m -Xmx512m -XX:+UseSerialGC \
  -cp "$OPENSEARCH/lib/*:$OPENSEARCH/modules/transport-netty4/*:$OPENSEARCH/modules/analysis-common/*" \
  "$ROOT/src/test/opensearch/OpenSearchNode.java" "$WORK/opensearch" "$OS_PORT" \
  <"$WORK/opensearch.in" >"$WORK/opensearch.log" 2>&1 &
PIDS+=($!)
exec 3>"$WORK/opensearch.in"
wait_for "http://127.0.0.1:$OS_PORT/_cluster/health" 180

ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=postgres \
  CMS_JWT_SECRET="$(head -c 32 /dev/urandom | base64)" CMS_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  CMS_SEARCH_BACKEND=opensearch CMS_SEARCH_URIS="http://127.0.0.1:$OS_PORT" SERVER_FORWARDHEADERSSTRATEGY=native
QUIRE_PORTS=()
start_quire() { # name, then Quire's arguments
  local name=$1 port
  shift
  port=$(free_port)
  java "-Xmx$HEAP" -XX:+UseSerialGC -jar "$JAR" --server.port="$port" "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  QUIRE_PORTS+=("$port")
  wait_for "http://127.0.0.1:$port/actuator/health/readiness" 1800
  log "$name ready on $port"
}
log "seeding $ARTICLES articles through the first instance"
start_quire quire-1 --cms.seed.articles="$ARTICLES"
start_quire quire-2
FIRST="http://127.0.0.1:${QUIRE_PORTS[0]}"

ADMIN=$(python3 "$BENCH/bench.py" token "$FIRST" admin "$ADMIN_PASSWORD")
# The seeder writes around the outbox: index everything again, the documented way (docs/operations.md).
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" "$FIRST/actuator/searchindex"
log "waiting until the shared index holds every article"
for _ in $(seq 1 1800); do
  state=$(curl -fs -H "Authorization: Bearer $ADMIN" "$FIRST/actuator/searchindex" || echo '{}')
  python3 -c 'import json, sys; s = json.loads(sys.argv[1]); sys.exit(not (s.get("articles") and s["articles"] == s.get("indexed") and s.get("pendingChanges") == 0 and not s.get("rebuilding")))' "$state" && break
  sleep 1
done
log "search index: $state"

NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<EOF
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    upstream quire {
        server 127.0.0.1:${QUIRE_PORTS[0]} max_fails=2 fail_timeout=5s;
        server 127.0.0.1:${QUIRE_PORTS[1]} max_fails=2 fail_timeout=5s;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        client_max_body_size 2m;
        location / {
            proxy_pass http://quire;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host "";
            proxy_set_header X-Forwarded-Port "";
            proxy_set_header X-Forwarded-Prefix "";
            proxy_set_header Forwarded "";
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
        }
    }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
PIDS+=($!)
NGINX="http://127.0.0.1:$NGINX_PORT"
wait_for "$NGINX/actuator/health/readiness" 10

SLUG=$(curl -fs "$FIRST/api/v1/articles?tag=news&size=20" \
  | python3 -c 'import json, sys; c = json.load(sys.stdin)["content"]; print(c[min(9, len(c) - 1)]["slug"])')
EDITOR=$(python3 "$BENCH/bench.py" editor "$FIRST" "$ADMIN")
python3 "$BENCH/bench.py" tag "$FIRST" "$EDITOR" Benchmark
export QUIRE_TOKEN="$EDITOR"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "| scenario | target | 2xx/s | p50 ms | p99 ms | non-2xx or errors |"
echo "|---|---|---|---|---|---|"
run() { # scenario, path, script
  local target base out
  for target in "nginx, two instances" "one instance, direct"; do
    [[ $target == nginx* ]] && base=$NGINX || base=$FIRST
    out=$(BENCH_LUA_DIR="$BENCH" wrk "-t$THREADS" "-c$CONNECTIONS" "-d$DURATION" --timeout 5s --latency \
      -s "$BENCH/$3" "$base$2" 2>"$WORK/wrk.err" | grep '^BENCH_JSON ' | cut -d' ' -f2-)
    python3 - "$1" "$target" "$out" <<'PY'
import json, sys
r = json.loads(sys.argv[3])
e = r["errors"]
bad = e["status"] + e["connect"] + e["read"] + e["write"] + e["timeout"]
ok = (r["requests"] - bad) / (r["duration_us"] / 1e6)
l = r["latency_us"]
kinds = ", ".join(f"{n} {k}" for k, n in e.items() if n) or "0"
print(f"| {sys.argv[1]} | {sys.argv[2]} | {ok:,.0f} | {l['p50'] / 1000:.1f} | {l['p99'] / 1000:.1f} | {kinds} |")
PY
  done
}
run "single article by slug" "/api/v1/articles/slug/$SLUG" get.lua
run "tag page 1" "/api/v1/articles?tag=news&size=20" get.lua
run "search" "/api/v1/articles?q=climate&sort=relevance" get.lua
run "write mix (create, publish)" "" write.lua
log "load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)"
