#!/usr/bin/env bash
# The media benchmark: a 1600-px rendition served by Quire against nginx serving the same file (wrk,
# same settings, back to back); upload-and-render throughput for 12-megapixel JPEGs; and the heap
# while 8 clients upload 20 MB JPEGs at once. Prints its figures as Markdown for docs/performance.md.
#
#   src/bench/media.sh
#
# Settings (environment): BENCH_DURATION (20s), BENCH_CONNECTIONS (32), BENCH_THREADS (2),
# BENCH_HEAP (256m), BENCH_PHOTOS (6: 12-megapixel uploads, one after the other), BENCH_CLIENTS (8),
# BENCH_SKIP_BUILD (1 reuses target/quire-*.jar), BENCH_KEEP (1 keeps the work folder),
# BENCH_QUIRE_PORT (18190), BENCH_NGINX_PORT (18191). Every request goes to 127.0.0.1.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
HEAP=${BENCH_HEAP:-256m}
PHOTOS=${BENCH_PHOTOS:-6}
CLIENTS=${BENCH_CLIENTS:-8}

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
in_use() { ss -ltn "sport = :$1" | grep -q LISTEN; }
free_port() { local port=$1; while in_use "$port"; do port=$((port + 1)); done; echo "$port"; }

WORK=$(mktemp -d /tmp/quire-media-bench.XXXXXX)
chmod 755 "$WORK"
QUIRE_PID=""
NGINX_PID=""
cleanup() {
  [[ -n $QUIRE_PID ]] && { kill -TERM "$QUIRE_PID" 2>/dev/null || true; wait "$QUIRE_PID" 2>/dev/null || true; }
  [[ -n $NGINX_PID ]] && { kill -QUIT "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; }
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
  log "building the jar"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package >"$WORK/build.log" 2>&1) || die "build (see $WORK/build.log)"
fi
JAR=$(ls "$ROOT"/target/quire-*.jar | grep -v -e sources -e javadoc | head -1)

log "drawing $PHOTOS photos of 12 megapixels and $CLIENTS JPEGs of about 19.5 MB"
java "$ROOT/src/bench/MediaImages.java" "$WORK" "$PHOTOS" "$CLIENTS"

QUIRE_PORT=$(free_port "${BENCH_QUIRE_PORT:-18190}")
NGINX_PORT=$(free_port "${BENCH_NGINX_PORT:-18191}")
BASE="http://127.0.0.1:$QUIRE_PORT"
PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
log "Quire on $QUIRE_PORT with -Xmx$HEAP"
(cd "$WORK" && CMS_ADMIN_PASSWORD="$PASSWORD" CMS_JWT_SECRET="$(head -c 32 /dev/urandom | base64)" \
  exec java "-Xmx$HEAP" -XX:+UseSerialGC "-Xlog:gc:file=$WORK/gc.log:uptime" -jar "$JAR" \
  --server.port="$QUIRE_PORT" --cms.media.dir="$WORK/media" --spring.datasource.url="jdbc:h2:file:$WORK/db" \
  >"$WORK/quire.log" 2>&1) &
QUIRE_PID=$!
for _ in $(seq 1 300); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/actuator/health/readiness") == 200 ]] && break
  kill -0 "$QUIRE_PID" 2>/dev/null || die "Quire stopped (see $WORK/quire.log)"
  sleep 1
done
TOKEN=$(curl -s --max-time 30 -d grant_type=password -d username=admin --data-urlencode "password=$PASSWORD" \
  "$BASE/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

upload() { # file, answer file → the status on stdout
  curl -s --max-time 600 -o "$2" -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" -F "file=@$1;type=image/jpeg" \
    "$BASE/api/v1/assets"
}

log "uploading $PHOTOS photos of 12 megapixels, one after the other"
start=$(date +%s.%N)
for i in $(seq 0 $((PHOTOS - 1))); do
  status=$(upload "$WORK/photo-$i.jpg" "$WORK/photo-$i.json")
  [[ $status == 201 ]] || die "upload of photo-$i.jpg answered $status: $(cat "$WORK/photo-$i.json")"
done
end=$(date +%s.%N)
UPLOAD_SECONDS=$(python3 -c "print(f'{($end - $start) / $PHOTOS:.2f}')")
RENDITION=$(python3 -c "import json; a=json.load(open('$WORK/photo-0.json')); print([r['url'] for r in a['renditions'] if r['width']==1600][0])")
RENDITION_PATH="/${RENDITION#*://*/}"

log "serving the 1600-px rendition: Quire, then nginx with the same file"
mkdir -p "$WORK/static" "$WORK/temp"
curl -s --max-time 30 -o "$WORK/static/rendition.jpg" "$BASE$RENDITION_PATH"
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off; sendfile on; tcp_nopush on; tcp_nodelay on;
    keepalive_timeout 65; keepalive_requests 1000000; server_tokens off;
    client_body_temp_path $WORK/temp/body; proxy_temp_path $WORK/temp/proxy;
    fastcgi_temp_path $WORK/temp/fastcgi; uwsgi_temp_path $WORK/temp/uwsgi; scgi_temp_path $WORK/temp/scgi;
    types { image/jpeg jpg; }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/static;
        add_header Cache-Control "public, max-age=31536000, immutable";
    }
}
CONF
nginx -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
wrk "-t$THREADS" "-c$CONNECTIONS" "-d$DURATION" --latency "$BASE$RENDITION_PATH" >"$WORK/wrk-quire.txt"
wrk "-t$THREADS" "-c$CONNECTIONS" "-d$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/rendition.jpg" >"$WORK/wrk-nginx.txt"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

log "$CLIENTS clients uploading a 19.5 MB JPEG each at once"
: >"$WORK/heap.txt"
(for _ in $(seq 1 600); do jcmd "$QUIRE_PID" GC.heap_info 2>/dev/null | grep -E 'used|total' >>"$WORK/heap.txt"; sleep 0.5; done) &
SAMPLER=$!
LOAD_UPLOADS=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s.%N)
UPLOADERS=()
for i in $(seq 0 $((CLIENTS - 1))); do
  (upload "$WORK/large-$i.jpg" "$WORK/large-$i.json" >"$WORK/large-$i.status") &
  UPLOADERS+=($!)
done
wait "${UPLOADERS[@]}" || true
end=$(date +%s.%N)
kill "$SAMPLER" 2>/dev/null || true

STATUSES=$(cat "$WORK"/large-*.status | sort | uniq -c | tr '\n' ' ')
OOM=$(grep -c OutOfMemoryError "$WORK/quire.log" || true)
MAX_AFTER_GC=$(python3 - "$WORK/gc.log" <<'PY'
import re, sys
# Only a full collection tells what is live; a young one that cannot promote leaves the heap as it was.
peak_before, live = 0, []
for line in open(sys.argv[1]):
    m = re.search(r'(\d+)M->(\d+)M\((\d+)M\)', line)
    if m:
        peak_before = max(peak_before, int(m.group(1)))
        if "Pause Full" in line:
            live.append(int(m.group(2)))
print(f"largest heap before a collection {peak_before} MB; live after full collections {min(live, default=0)}–{max(live, default=0)} MB")
PY
)
rps() { awk '/Requests\/sec/ { print $2 }' "$1"; }
p99() { awk '/ 99%/ { print $2 }' "$1"; }
cat <<REPORT
| measure | figure |
|---|---|
| 1600-px rendition ($(stat -c %s "$WORK/static/rendition.jpg") bytes), Quire | $(rps "$WORK/wrk-quire.txt") req/s, p99 $(p99 "$WORK/wrk-quire.txt") |
| the same file, nginx | $(rps "$WORK/wrk-nginx.txt") req/s, p99 $(p99 "$WORK/wrk-nginx.txt") |
| upload and render a 12-megapixel JPEG (one after the other, $PHOTOS photos) | $UPLOAD_SECONDS s each |
| $CLIENTS clients uploading ~19.5 MB JPEGs at once, -Xmx$HEAP | statuses: $STATUSES; $(python3 -c "print(f'{$end - $start:.1f}')") s in all |
| heap during those uploads (GC log) | $MAX_AFTER_GC |
| OutOfMemoryError in the log | $OOM |

wrk: -t$THREADS -c$CONNECTIONS -d$DURATION, Quire first, nginx right after. Load average (1, 5, 15 min):
$LOAD_BEFORE before the serving runs, $LOAD_AFTER after them, $LOAD_UPLOADS before the concurrent uploads.
REPORT
