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
    "/dashboard/export.csv?range=all", "/dashboard/export.json?range=all", "/login",
]


def main():
    parser = argparse.ArgumentParser(description="Dashboard page timings over a large store.")
    parser.add_argument("--server", default=os.path.join(REPO, ".build/release/kashdash-server"))
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--data", help="data folder to reuse (generated when it has no metrics.sqlite)")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="kashdash-bench-")
    data = args.data or os.path.join(work, "data")
    server = Server(args.server, data, free_port())
    password = "panel report three words"
    try:
        if not os.path.exists(os.path.join(data, "metrics.sqlite")):
            server.start()
            server.stop()
            subprocess.run([sys.executable, os.path.join(REPO, "scripts/server/generate-events.py"),
                            "--db", os.path.join(data, "metrics.sqlite"), "--events", str(args.events),
                            "--days", str(args.days)], check=True)
        subprocess.run([args.server, "user", "remove", "bench", "--data", data], capture_output=True)
        subprocess.run([args.server, "user", "add", "bench", "--data", data, "--password-stdin"],
                       input=password + "\n", text=True, check=True, capture_output=True)
        started = time.perf_counter()
        server.start()  # an older store gets its report roll-ups here (migration backfill)
        print(f"server ready in {time.perf_counter() - started:.1f} s")
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
