#!/usr/bin/env python3
"""Times every dashboard page and export over a store of ten million events.

    scripts/server/bench-dashboard.py --server .build/release/kashdash-server [--events 10000000]
        [--data DIR]   reuse (or keep) a generated data folder instead of a temporary one

Starts the server on 127.0.0.1 with a fresh data folder (migrated by a first start), fills it
with `generate-events.py`, adds an account, signs in, then asks for each page once to warm
up and `--repeat` times more over one keep-alive connection, and prints min / median / max
wall-clock milliseconds per page (the time to the last byte of the answer, measured here),
and the server's own CPU time per answer (from /proc, so a busy machine does not hide the
work done). The bar is 100 ms for every page.
"""
import argparse
import http.client
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from dashboard_harness import REPO, Server, free_port, sign_in

PAGES = [
    "/dashboard?range=7d", "/dashboard?range=30d", "/dashboard?range=quarter", "/dashboard?range=year",
    "/dashboard?range=all", "/dashboard?range=custom&from=2024-11-28&to=2026-11-27",
    "/dashboard/breakdown/link?range=all", "/dashboard/breakdown/level?range=all",
    "/dashboard/breakdown/source?range=all", "/dashboard/breakdown/file?range=all",
    "/dashboard/breakdown/unsafe-message?range=all",
    "/dashboard/export.csv?range=all", "/dashboard/export.json?range=all",
    "/dashboard/learning?range=30d", "/dashboard/learning?range=year", "/dashboard/learning?range=all",
    "/dashboard/learning/export.csv?range=all", "/dashboard/learning/export.json?range=all", "/login",
]


def load_postgres(sqlite_path, database):
    """Copies the generated events and aggregates into a fresh PostgreSQL database; the
    server's first start there creates the schema and backfills the report roll-ups."""
    import sqlite3
    started = time.perf_counter()
    def psql(sql, db=database):
        subprocess.run(["su", "postgres", "-c", f"psql -v ON_ERROR_STOP=1 -q -d {db}"], input=sql, text=True, check=True)
    psql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE); CREATE DATABASE {database} OWNER kashdash;", "postgres")
    columns = "day, kind, source, app_version, level, link, message, file, is_bot"
    psql(f"""
        CREATE TABLE events (id BIGSERIAL PRIMARY KEY, day TEXT NOT NULL, kind TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '', app_version TEXT NOT NULL DEFAULT '', level TEXT NOT NULL DEFAULT '',
            link TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', file TEXT NOT NULL DEFAULT '',
            is_bot INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE daily_counts (day TEXT NOT NULL, kind TEXT NOT NULL, source TEXT NOT NULL, app_version TEXT NOT NULL,
            level TEXT NOT NULL, link TEXT NOT NULL, message TEXT NOT NULL, file TEXT NOT NULL, is_bot INTEGER NOT NULL,
            count BIGINT NOT NULL, PRIMARY KEY (day, kind, source, app_version, level, link, message, file, is_bot));
        CREATE TABLE learning_counts (day TEXT NOT NULL, source TEXT NOT NULL, level TEXT NOT NULL,
            message TEXT NOT NULL, encounter TEXT NOT NULL, verdict TEXT NOT NULL, count BIGINT NOT NULL,
            PRIMARY KEY (day, source, level, message, encounter, verdict));
        ALTER TABLE events OWNER TO kashdash; ALTER TABLE daily_counts OWNER TO kashdash;
        ALTER TABLE learning_counts OWNER TO kashdash;
        """)
    db = sqlite3.connect(sqlite_path)
    learning = "day, source, level, message, encounter, verdict, count"
    for table, select in (("events", columns), ("daily_counts", columns + ", count"), ("learning_counts", learning)):
        copy = subprocess.Popen(["su", "postgres", "-c", f"psql -q -d {database} -c \"COPY {table}({select}) FROM STDIN\""],
                                stdin=subprocess.PIPE, text=True)
        for row in db.execute(f"SELECT {select} FROM {table}"):
            copy.stdin.write("\t".join(str(value) for value in row) + "\n")
        copy.stdin.close()
        if copy.wait() != 0:
            raise SystemExit(f"COPY into {table} failed")
    db.close()
    print(f"loaded into PostgreSQL {database} in {time.perf_counter() - started:.1f} s")


def main():
    parser = argparse.ArgumentParser(description="Dashboard page timings over a large store.")
    parser.add_argument("--server", default=os.path.join(REPO, ".build/release/kashdash-server"))
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--data", help="data folder to reuse (generated when it has no metrics.sqlite)")
    parser.add_argument("--postgres", metavar="DATABASE",
                        help="serve from this local PostgreSQL database instead (emptied, then loaded from the "
                             "generated SQLite file with COPY; the server's migration builds the roll-ups)")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="kashdash-bench-")
    data = args.data or os.path.join(work, "data")
    url = f"postgres://kashdash:kashdash@127.0.0.1:5432/{args.postgres}" if args.postgres else None
    server = Server(args.server, data, free_port(), ["--postgres", url] if url else [])
    password = "panel report three words"
    try:
        if not os.path.exists(os.path.join(data, "metrics.sqlite")):
            generator = Server(args.server, data, server.port)  # SQLite: creates the schema to fill
            generator.start()
            generator.stop()
            subprocess.run([sys.executable, os.path.join(REPO, "scripts/server/generate-events.py"),
                            "--db", os.path.join(data, "metrics.sqlite"), "--events", str(args.events),
                            "--days", str(args.days)], check=True)
        accounts = ["--postgres", url] if url else ["--data", data]
        if url:
            load_postgres(os.path.join(data, "metrics.sqlite"), args.postgres)
        subprocess.run([args.server, "user", "remove", "bench"] + accounts, capture_output=True)
        subprocess.run([args.server, "user", "add", "bench", "--password-stdin"] + accounts,
                       input=password + "\n", text=True, check=True, capture_output=True)
        started = time.perf_counter()
        server.start()  # an older store gets its report roll-ups here (migration backfill)
        print(f"server ready in {time.perf_counter() - started:.1f} s")
        if url:
            # Time a store in its steady state, not in the minute after a ten-million-row bulk
            # load: otherwise autovacuum's first pass and the checkpoint of the load's WAL run
            # during the timings (single answers of 200-900 ms with the same server CPU).
            started = time.perf_counter()
            subprocess.run(["su", "postgres", "-c", f"psql -v ON_ERROR_STOP=1 -q -d {args.postgres}"],
                           input="VACUUM (ANALYZE); CHECKPOINT;", text=True, check=True)
            print(f"vacuumed and checkpointed in {time.perf_counter() - started:.1f} s")
        cookie = sign_in(f"http://127.0.0.1:{server.port}", "bench", password)
        connection = http.client.HTTPConnection("127.0.0.1", server.port)
        worst = 0.0
        ticks = os.sysconf("SC_CLK_TCK")

        def server_cpu_seconds():
            # utime + stime of the server process: the work done, whatever else the machine runs.
            fields = open(f"/proc/{server.process.pid}/stat").read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / ticks

        print(f"{'page':58} {'min':>7} {'median':>7} {'max':>7} {'cpu':>7}  ms  (bytes)")
        for page in PAGES:
            timings = []
            cpu_before = None
            for attempt in range(args.repeat + 1):
                started = time.perf_counter()
                headers = {} if page == "/login" else {"Cookie": f"kd_session={cookie}"}
                connection.request("GET", page, headers=headers)
                reply = connection.getresponse()
                body = reply.read()
                elapsed = (time.perf_counter() - started) * 1000
                if reply.status != 200:
                    raise SystemExit(f"{page} answered {reply.status}")
                if attempt:  # the first is a warm-up
                    timings.append(elapsed)
                else:
                    cpu_before = server_cpu_seconds()
            cpu_ms = (server_cpu_seconds() - cpu_before) * 1000 / args.repeat
            worst = max(worst, max(timings))
            print(f"{page:58} {min(timings):7.1f} {statistics.median(timings):7.1f} {max(timings):7.1f} {cpu_ms:7.1f}      ({len(body)})")
        print(f"slowest single answer: {worst:.1f} ms (bar: 100 ms)")
        return 0
    finally:
        server.stop()
        if not args.data:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
