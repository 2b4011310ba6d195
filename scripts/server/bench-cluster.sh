#!/usr/bin/env bash
# Benchmarks two kashdash-server instances on PostgreSQL behind nginx (round-robin,
# keep-alive upstream), side by side in the same run with one instance on SQLite and with
# nginx's own `return 302`, all on loopback (issue 14).
#
#   swift build -c release --scratch-path .build-server-rel --product kashdash-server
#   SERVER=.build-server-rel/release/kashdash-server scripts/server/bench-cluster.sh
#
# Needs wrk, nginx and scripts/server/start-test-postgres.sh (a local PostgreSQL). Uses a
# fresh database `kashdash_bench`. DURATION=10s CONNECTIONS=64 BATCH=500.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SERVER=${SERVER:-$ROOT/.build-server-rel/release/kashdash-server}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
BATCH=${BATCH:-500}
WORK=$(mktemp -d /tmp/kashdash-bench-cluster.XXXXXX)
URL=postgres://kashdash:kashdash@127.0.0.1:5432/kashdash_bench
P_SQLITE=18180 P_A=18181 P_B=18182 P_PROXY=18183 P_302=18184

"$ROOT/scripts/server/start-test-postgres.sh" >/dev/null
su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS kashdash_bench WITH (FORCE)' -c 'CREATE DATABASE kashdash_bench OWNER kashdash'"

cat >"$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log off;
    upstream kashdash { server 127.0.0.1:$P_A; server 127.0.0.1:$P_B; keepalive 64; }
    server {
        listen 127.0.0.1:$P_302;
        location / { add_header Cache-Control no-store always; return 302 https://www.childline.org.uk/; }
    }
    server {
        listen 127.0.0.1:$P_PROXY;
        client_max_body_size 1m;
        location / {
            proxy_pass http://kashdash;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_next_upstream error timeout http_502 non_idempotent;
        }
    }
}
NGINX

PIDS=()
serve() {
    "$SERVER" serve --port "$1" --data "$WORK/data-$1" --links "$ROOT/Assets/advice-links.json" \
        --levels "$ROOT/Levels" --log-level warning "${@:2}" >"$WORK/server-$1.log" 2>&1 &
    PIDS+=($!)
}
serve $P_SQLITE
serve $P_A --postgres "$URL"
serve $P_B --postgres "$URL"
nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
PIDS+=($!)
cleanup() { kill "${PIDS[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
for port in $P_SQLITE $P_A $P_B $P_PROXY; do
    for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -r)"
echo "wrk -t1 -c$CONNECTIONS -d$DURATION --latency; ingestion -c16, batch size $BATCH"
GO="/go/childline?src=web&level=ask-before-you-share"
UA="User-Agent: Mozilla/5.0 (X11; Linux x86_64)"
for target in "http://127.0.0.1:$P_SQLITE$GO" "http://127.0.0.1:$P_PROXY$GO" "http://127.0.0.1:$P_302/"; do
    wrk -t1 -c8 -d2s "$target" >/dev/null   # warm up
done
summary() { grep -E "Requests/sec|  99%|Non-2xx|Socket errors|batches:" || true; }
echo "== nginx return 302";                      wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$P_302/" | summary
echo "== /go, one instance on SQLite";           wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -H "$UA" "http://127.0.0.1:$P_SQLITE$GO" | summary
echo "== /go, two instances on PostgreSQL behind nginx"; wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -H "$UA" "http://127.0.0.1:$P_PROXY$GO" | summary
echo "== ingestion, one instance on SQLite"
BATCH=$BATCH wrk -t1 -c16 -d"$DURATION" --latency -s "$ROOT/scripts/server/ingest.lua" "http://127.0.0.1:$P_SQLITE" | summary
echo "== ingestion, two instances on PostgreSQL behind nginx"
BATCH=$BATCH wrk -t1 -c16 -d"$DURATION" --latency -s "$ROOT/scripts/server/ingest.lua" "http://127.0.0.1:$P_PROXY" | summary
echo "== PostgreSQL holds: $(su postgres -c "psql -tAq -d kashdash_bench -c \"SELECT (SELECT COUNT(*) FROM events) || ' raw events, ' || (SELECT COALESCE(SUM(count),0) FROM daily_counts WHERE kind='advice_click') || ' clicks counted'\"")"
