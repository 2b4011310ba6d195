#!/usr/bin/env bash
# Benchmarks kashdash-server on loopback with wrk, side by side with nginx `return 302`.
#
#   swift build -c release --scratch-path .build-server --product kashdash-server
#   scripts/server/bench.sh            # DURATION=10s CONNECTIONS=64 THREADS=1 ROUNDS=2
#
# Needs wrk and nginx (apt-get install wrk nginx-light). Prints wrk output for:
#   1. nginx `return 302` (no logging)               -> the peer
#   2. kashdash-server /go/<id> (click committed to SQLite before the 302)
#   3. kashdash-server POST /api/v1/events batches   -> events/s
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SERVER=${SERVER:-$ROOT/.build-server/release/kashdash-server}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-1}
ROUNDS=${ROUNDS:-2}
BATCH=${BATCH:-500}
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
WORK=$(mktemp -d /tmp/kashdash-bench.XXXXXX)

cat >"$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log off;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / { add_header Cache-Control no-store always; return 302 https://www.childline.org.uk/; }
    }
}
NGINX

"$SERVER" serve --port "$PORT" --data "$WORK/data" --links "$ROOT/Assets/advice-links.json" \
    --levels "$ROOT/Levels" --log-level warning >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
cleanup() { kill "$SERVER_PID" "$NGINX_PID" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.1; done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -r)"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; batch size $BATCH"
GO="http://127.0.0.1:$PORT/go/childline?src=web&level=ask-before-you-share"
wrk -t1 -c8 -d2s "$GO" >/dev/null   # warm up
wrk -t1 -c8 -d2s "http://127.0.0.1:$NGINX_PORT/" >/dev/null
for round in $(seq 1 "$ROUNDS"); do
    echo "== round $round: nginx return 302"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/"
    echo "== round $round: kashdash-server /go (durable click logging)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "User-Agent: Mozilla/5.0 (X11; Linux x86_64)" "$GO"
done
echo "== ingestion: POST /api/v1/events, $BATCH events per batch"
BATCH=$BATCH wrk -t"$THREADS" -c16 -d"$DURATION" --latency -s "$ROOT/scripts/server/ingest.lua" "http://127.0.0.1:$PORT"
echo "== server RSS after load: $(ps -o rss= -p "$SERVER_PID" | xargs) KiB"
python3 - "$WORK/data/metrics.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print("store:", db.execute("SELECT COUNT(*) FROM events").fetchone()[0], "raw events;",
      db.execute("SELECT SUM(count) FROM daily_counts WHERE kind='advice_click'").fetchone()[0], "clicks counted;",
      "integrity", db.execute("PRAGMA integrity_check").fetchone()[0])
PY
