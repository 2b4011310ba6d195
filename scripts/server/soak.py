#!/usr/bin/env python3
"""Soak test: one kashdash-server under every kind of traffic at once, for N minutes.

    scripts/server/soak.sh --minutes 60 [--server PATH] [--csv FILE]

Starts the server on a fresh data folder (SQLite, the click journal, a 4 MiB download) and
runs, at the same time, each on its own keep-alive connections:

  redirects   GET /go/<id>?src=soak over the catalogue's links (302 expected)
  batches     POST /api/v1/events, 50 events each; every fifth batch is sent twice, as a
              game does after a lost reply (201, then 409 duplicate_batch expected)
  downloads   GET /download/<file> with a random single Range (206 and exactly those bytes),
              and with the file's ETag in If-None-Match (304)
  dashboard   sign in, the overview, a breakdown, an export, sign out (a fresh session each time)

Every 10 s it samples the server's resident memory (VmRSS), its open file descriptors and
threads, and each worker's requests and errors, printing one line (and a CSV row with --csv).
At the end it checks: no errors; the counts the server reports equal the clicks and events it
acknowledged; memory and descriptors flat after warm-up (the last quarter's average within
10 % / 8 descriptors of the second quarter's). Exit status 1 when a check fails.
"""
import argparse
import csv
import http.client
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dashboard_harness import REPO, Server, free_port  # noqa: E402

PASSWORD = "soak test three words"
DOWNLOAD = "KashDash-soak.AppImage"
SAMPLE_SECONDS = 10


class Worker(threading.Thread):
    """Repeats `step` over one keep-alive connection until told to stop, counting requests
    and errors (an error: an unexpected status, wrong bytes, or a connection failure)."""

    def __init__(self, name, port, step):
        super().__init__(name=name, daemon=True)
        self.port, self.step = port, step
        self.requests = self.errors = 0
        self.last_error = ""
        self.stopping = threading.Event()
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        for attempt in (1, 2):
            try:
                if self.connection is None:
                    self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                self.connection.request(method, path, body=body, headers=headers or {})
                reply = self.connection.getresponse()
                data = reply.read()
                self.requests += 1
                if reply.getheader("Connection", "").lower() == "close":
                    self.connection.close()
                    self.connection = None
                return reply, data
            except (ConnectionError, http.client.HTTPException, OSError) as error:
                self.connection = None
                # A keep-alive connection the server closed while idle is reopened once.
                if attempt == 2 or not isinstance(error, (http.client.RemoteDisconnected, BrokenPipeError,
                                                          ConnectionResetError)):
                    raise

    def fail(self, why):
        self.errors += 1
        self.last_error = why

    def run(self):
        while not self.stopping.is_set():
            try:
                self.step(self)
            except Exception as error:  # noqa: BLE001 - every failure is counted, none ends the soak
                self.fail(f"{type(error).__name__}: {error}")
                time.sleep(0.5)


def redirects(links):
    clicks = {"acknowledged": 0}

    def step(worker):
        link = random.choice(links)
        reply, _ = worker.request("GET", f"/go/{link}?src=soak", headers={"User-Agent": "Mozilla/5.0 soak"})
        if reply.status == 302:
            clicks["acknowledged"] += 1
        else:
            worker.fail(f"/go/{link} answered {reply.status}")
    return step, clicks


def batches(run_id):
    state = {"number": 0, "events": 0}
    day = time.strftime("%Y-%m-%d", time.gmtime())

    def step(worker):
        state["number"] += 1
        number = state["number"]
        events = [{"kind": "level_finished", "day": day, "level": "be-kind-online"}] * 25 + \
                 [{"kind": "link_shown", "day": day, "link": "childline", "level": "be-kind-online"}] * 25
        body = json.dumps({"batch_id": f"soak-{run_id}-{number:08d}", "source": "desktop", "app_version": "1.0.0",
                           "events": events})
        headers = {"Content-Type": "application/json"}
        reply, data = worker.request("POST", "/api/v1/events", body, headers)
        if reply.status != 201:
            return worker.fail(f"batch {number} answered {reply.status}: {data[:120]!r}")
        state["events"] += len(events)
        if number % 5 == 0:  # the reply "was lost": the game sends the same batch again
            reply, data = worker.request("POST", "/api/v1/events", body, headers)
            if reply.status != 409 or b"duplicate_batch" not in data:
                worker.fail(f"resent batch {number} answered {reply.status}: {data[:120]!r}")
    return step, state


def downloads(content):
    etag = {"value": None}

    def step(worker):
        first = random.randrange(len(content))
        last = min(len(content) - 1, first + random.randrange(1, 256 * 1024))
        reply, data = worker.request("GET", f"/download/{DOWNLOAD}",
                                     headers={"Range": f"bytes={first}-{last}", "User-Agent": "Mozilla/5.0 soak"})
        if reply.status != 206 or data != content[first:last + 1]:
            return worker.fail(f"range {first}-{last} answered {reply.status} with {len(data)} bytes")
        etag["value"] = reply.getheader("ETag") or etag["value"]
        if etag["value"]:
            reply, _ = worker.request("GET", f"/download/{DOWNLOAD}",
                                      headers={"If-None-Match": etag["value"], "User-Agent": "Mozilla/5.0 soak"})
            if reply.status != 304:
                worker.fail(f"If-None-Match answered {reply.status}")
    return step


def dashboard(username):
    def csrf_of(page):
        return page.split('name="csrf" value="', 1)[1].split('"', 1)[0]

    def step(worker):
        reply, page = worker.request("GET", "/login")
        if reply.status != 200:
            return worker.fail(f"/login answered {reply.status}")
        form = urllib.parse.urlencode({"username": username, "password": PASSWORD, "csrf": csrf_of(page.decode())})
        # The sign-in form's token is bound to the cookie the form came with, as for a browser.
        login_cookie = (reply.getheader("Set-Cookie") or "").split(";", 1)[0]
        reply, _ = worker.request("POST", "/login", form, {"Content-Type": "application/x-www-form-urlencoded",
                                                           "Cookie": login_cookie})
        cookie = (reply.getheader("Set-Cookie") or "").split(";", 1)[0]
        if reply.status != 303 or not cookie.startswith("kd_session="):
            return worker.fail(f"sign-in answered {reply.status}")
        headers = {"Cookie": cookie}
        overview = None
        for path in ("/dashboard?range=30d", "/dashboard/breakdown/link?range=30d", "/dashboard/export.csv?range=30d"):
            reply, body = worker.request("GET", path, headers=headers)
            if reply.status != 200:
                return worker.fail(f"{path} answered {reply.status}")
            overview = overview or body.decode()
        form = urllib.parse.urlencode({"csrf": csrf_of(overview)})
        reply, _ = worker.request("POST", "/logout", form, dict(headers, **{"Content-Type": "application/x-www-form-urlencoded"}))
        if reply.status != 303:
            worker.fail(f"sign-out answered {reply.status}")
        time.sleep(0.2)  # a person reads; the other workers are the load
    return step


def sample(pid):
    status = open(f"/proc/{pid}/status").read()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    rss_kib = int(fields["VmRSS"].split()[0])
    threads = int(fields["Threads"])
    descriptors = len(os.listdir(f"/proc/{pid}/fd"))
    return rss_kib, descriptors, threads


def main():
    parser = argparse.ArgumentParser(description="Soak test of kashdash-server.")
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--server", default=None, help="kashdash-server binary (default: release build, else debug)")
    parser.add_argument("--csv", help="write the 10-second samples here")
    parser.add_argument("--redirect-workers", type=int, default=4)
    parser.add_argument("--batch-workers", type=int, default=2)
    parser.add_argument("--download-workers", type=int, default=2)
    args = parser.parse_args()

    binary = args.server
    if binary is None:
        candidates = [os.path.join(REPO, ".build-server-rel/release/kashdash-server"),
                      os.path.join(REPO, ".build/release/kashdash-server"), os.path.join(REPO, ".build/debug/kashdash-server")]
        binary = next((path for path in candidates if os.access(path, os.X_OK)), None)
        if binary is None:
            raise SystemExit("no kashdash-server built; run: swift build --product kashdash-server")

    work = tempfile.mkdtemp(prefix="kashdash-soak-")
    data = os.path.join(work, "data")
    os.makedirs(os.path.join(data, "downloads"))
    content = random.Random(7).randbytes(4 << 20)
    with open(os.path.join(data, "downloads", DOWNLOAD), "wb") as file:
        file.write(content)
    catalogue = json.load(open(os.path.join(REPO, "Assets/advice-links.json")))
    links = [link["id"] for link in (catalogue["links"] if isinstance(catalogue, dict) else catalogue)]
    port = free_port()
    server = Server(binary, data, port)
    subprocess.run([binary, "user", "add", "soak", "--password-stdin", "--data", data],
                   input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    server.start()
    pid = server.process.pid
    run_id = f"{int(time.time())}-{random.randrange(10**6)}"
    redirect_step, clicks = redirects(links)
    batch_step, batch_state = batches(run_id)
    workers = [Worker(f"redirects-{n}", port, redirect_step) for n in range(args.redirect_workers)]
    workers += [Worker(f"batches-{n}", port, batch_step) for n in range(args.batch_workers)]
    workers += [Worker(f"downloads-{n}", port, downloads(content)) for n in range(args.download_workers)]
    workers += [Worker("dashboard", port, dashboard("soak"))]
    samples = []
    writer = None
    if args.csv:
        writer = csv.writer(open(args.csv, "w", newline=""))
        writer.writerow(["seconds", "rss_kib", "descriptors", "threads", "requests", "errors"])
    print(f"soak: {binary} on 127.0.0.1:{port}, {len(workers)} workers, {args.minutes:g} min", flush=True)
    started = time.monotonic()
    for worker in workers:
        worker.start()
    failures = []
    try:
        while (elapsed := time.monotonic() - started) < args.minutes * 60:
            time.sleep(min(SAMPLE_SECONDS, max(0.1, args.minutes * 60 - elapsed)))
            if server.process.poll() is not None:
                failures.append(f"the server exited ({server.process.returncode})")
                break
            rss, descriptors, threads = sample(pid)
            requests = sum(worker.requests for worker in workers)
            errors = sum(worker.errors for worker in workers)
            seconds = round(time.monotonic() - started)
            samples.append((seconds, rss, descriptors, threads, requests, errors))
            if writer:
                writer.writerow(samples[-1])
            print(f"{seconds:6d} s  rss {rss / 1024:7.1f} MiB  fds {descriptors:4d}  threads {threads:3d}  "
                  f"requests {requests:9d}  errors {errors}", flush=True)
    finally:
        for worker in workers:
            worker.stopping.set()
        for worker in workers:
            worker.join(timeout=40)

    try:
        # What the server counted must be what it acknowledged: every 302 one click, every 201 its events.
        final = Worker("check", port, None)
        day = time.strftime("%Y-%m-%d", time.gmtime())
        from dashboard_harness import sign_in
        cookie = sign_in(f"http://127.0.0.1:{port}", "soak", PASSWORD)
        reply, body = final.request("GET", f"/dashboard/export.json?range=custom&from={day}&to={day}",
                                    headers={"Cookie": f"kd_session={cookie}"})
        report = json.loads(body)
        headline = report["headline"]
        counted_clicks = headline.get("adviceClicks", headline.get("advice_clicks"))
        print(f"the server counted {counted_clicks} advice clicks today")
        if counted_clicks != clicks["acknowledged"]:
            failures.append(f"clicks: {clicks['acknowledged']} acknowledged, {counted_clicks} counted")
    except Exception as error:  # noqa: BLE001
        failures.append(f"final count check failed: {error}")
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)

    for worker in workers:
        if worker.errors:
            failures.append(f"{worker.name}: {worker.errors} errors, last: {worker.last_error}")
    if len(samples) >= 8:
        quarter = len(samples) // 4
        early, late = samples[quarter:2 * quarter], samples[-quarter:]
        rss_early, rss_late = statistics.mean(s[1] for s in early), statistics.mean(s[1] for s in late)
        fds_early, fds_late = statistics.mean(s[2] for s in early), statistics.mean(s[2] for s in late)
        print(f"resident memory: {rss_early / 1024:.1f} MiB in the second quarter, {rss_late / 1024:.1f} MiB in the last")
        print(f"descriptors: {fds_early:.1f} in the second quarter, {fds_late:.1f} in the last")
        if rss_late > rss_early * 1.10:
            failures.append(f"memory grew {100 * (rss_late / rss_early - 1):.0f} % after warm-up")
        if fds_late > fds_early + 8:
            failures.append(f"descriptors grew from {fds_early:.0f} to {fds_late:.0f}")
    total = sum(worker.requests for worker in workers)
    print(f"requests: {total} ({total / max(1, samples[-1][0] if samples else 1):.0f}/s); clicks acknowledged "
          f"{clicks['acknowledged']}; events acknowledged {batch_state['events']}")
    for worker in workers:
        print(f"  {worker.name:12} {worker.requests:9d} requests, {worker.errors} errors")
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        return 1
    print("soak: no errors; memory and descriptors flat")
    return 0


if __name__ == "__main__":
    sys.exit(main())
