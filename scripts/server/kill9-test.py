#!/usr/bin/env python3
"""kill -9 durability test for kashdash-server's event ingestion and advice-link clicks.

Starts the server on a fresh data folder, has several client threads POST event batches
and others follow `/go` redirects, kills the server with SIGKILL mid-stream, and checks,
after each kill:
  * SQLite's PRAGMA integrity_check is "ok" (before and after the restart);
  * every batch the server acknowledged (201) is in the store;
  * no batch is half-written: stored batch events == sum of stored batches' event counts;
  * after the restart (which folds the click journal in), every click the server
    acknowledged (302) is counted, and none twice: acknowledged <= counted <= sent;
  * after restart the server is healthy, takes new batches and refuses a replayed one (409).

Usage: scripts/server/kill9-test.py [--server PATH] [--rounds 5] [--seconds 3]
"""
import argparse, datetime, json, os, random, signal, sqlite3, subprocess, sys, tempfile, threading, time
import http.client

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def start_server(binary, data, port, links):
    log = open(os.path.join(data, "server.log"), "ab")
    proc = subprocess.Popen([binary, "serve", "--port", str(port), "--data", data, "--links", links,
                             "--levels", os.path.join(ROOT, "Levels"), "--log-level", "warning"],
                            stdout=log, stderr=log)
    for _ in range(200):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            c.request("GET", "/health")
            if c.getresponse().status == 200:
                return proc
        except OSError:
            pass
        time.sleep(0.05)
    proc.kill()
    raise SystemExit("server did not become healthy")


def batch_body(batch_id, size, day):
    kinds = [("level_finished", {"level": "tell-an-adult"}), ("link_shown", {"link": "childline"}),
             ("message_answered_unsafe", {"message": "friend-request"})]
    events = []
    for i in range(size):
        kind, extra = kinds[i % len(kinds)]
        events.append(dict(kind=kind, day=day, **extra))
    return json.dumps({"batch_id": batch_id, "source": "kiosk", "app_version": "1.0.0", "events": events})


def client(port, prefix, size, day, acked, stop):
    n = 0
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    while not stop.is_set():
        batch_id = f"{prefix}-{n:08d}"
        n += 1
        try:
            conn.request("POST", "/api/v1/events", body=batch_body(batch_id, size, day),
                         headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            if response.status == 201:
                acked.append((batch_id, size))
        except (OSError, http.client.HTTPException):
            return  # the server died under us; this batch was never acknowledged


def clicker(port, counts, stop):
    """Follows /go redirects; counts requests sent and 302s received (acknowledged clicks)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    while not stop.is_set():
        counts["sent"] += 1
        try:
            conn.request("GET", "/go/childline?src=kiosk&level=tell-an-adult", headers={"User-Agent": "Mozilla/5.0 kill9"})
            response = conn.getresponse()
            response.read()
            if response.status == 302:
                counts["acked"] += 1
        except (OSError, http.client.HTTPException):
            return  # the server died under us; this click was never acknowledged


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default=os.path.join(ROOT, ".build-server/release/kashdash-server"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--clickers", type=int, default=4)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--port", type=int, default=18090)
    args = parser.parse_args()

    data = tempfile.mkdtemp(prefix="kashdash-kill9-")
    links = os.path.join(ROOT, "Assets/advice-links.json")
    day = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    all_acked = []
    clicks = {"sent": 0, "acked": 0}
    failures = 0
    proc = start_server(args.server, data, args.port, links)
    for round_number in range(1, args.rounds + 1):
        acked, stop = [], threading.Event()
        round_clicks = [{"sent": 0, "acked": 0} for _ in range(args.clickers)]
        threads = [threading.Thread(target=client, args=(args.port, f"r{round_number}c{i}", args.batch, day, acked, stop))
                   for i in range(args.clients)]
        threads += [threading.Thread(target=clicker, args=(args.port, counts, stop)) for counts in round_clicks]
        for t in threads:
            t.start()
        time.sleep(args.seconds * random.uniform(0.5, 1.0))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        stop.set()
        for t in threads:
            t.join()
        all_acked += acked
        for counts in round_clicks:
            clicks["sent"] += counts["sent"]
            clicks["acked"] += counts["acked"]

        db = sqlite3.connect(os.path.join(data, "metrics.sqlite"))
        integrity_after_kill = db.execute("PRAGMA integrity_check").fetchone()[0]
        db.close()
        # The restart folds whatever the click journal held when the process died.
        proc = start_server(args.server, data, args.port, links)
        db = sqlite3.connect(os.path.join(data, "metrics.sqlite"))
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        stored = dict(db.execute("SELECT batch_id, event_count FROM client_batches").fetchall())
        stored_events = db.execute("SELECT COUNT(*) FROM events WHERE kind <> 'advice_click'").fetchone()[0]
        counted_clicks = db.execute("SELECT COALESCE(SUM(count), 0) FROM daily_counts WHERE kind = 'advice_click'").fetchone()[0]
        raw_clicks = db.execute("SELECT COUNT(*) FROM events WHERE kind = 'advice_click'").fetchone()[0]
        db.close()
        lost = [b for b, _ in all_acked if b not in stored]
        whole = stored_events == sum(stored.values())
        clicks_ok = clicks["acked"] <= counted_clicks <= clicks["sent"] and raw_clicks == counted_clicks
        ok = integrity_after_kill == "ok" and integrity == "ok" and not lost and whole and clicks_ok
        failures += 0 if ok else 1
        print(f"round {round_number}: acknowledged {len(acked)} batches ({len(acked) * args.batch} events) this round; "
              f"store holds {len(stored)} batches / {stored_events} events; integrity={integrity_after_kill}/{integrity}; "
              f"acknowledged-but-lost={len(lost)}; no half-written batch={whole}; "
              f"clicks acknowledged {clicks['acked']} <= counted {counted_clicks} (raw {raw_clicks}) <= sent {clicks['sent']}: {clicks_ok}")

    try:
        c = http.client.HTTPConnection("127.0.0.1", args.port, timeout=5)
        c.request("POST", "/api/v1/events", body=batch_body("after-restart-0001", 3, day), headers={"Content-Type": "application/json"})
        fresh = c.getresponse().status
        c = http.client.HTTPConnection("127.0.0.1", args.port, timeout=5)
        replay_id = all_acked[0][0] if all_acked else "after-restart-0001"
        c.request("POST", "/api/v1/events", body=batch_body(replay_id, 3, day), headers={"Content-Type": "application/json"})
        replay = c.getresponse().status
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
    print(f"after restart: new batch -> {fresh}, replayed acknowledged batch -> {replay}; "
          f"graceful SIGTERM exit code {proc.returncode}")
    if fresh != 201 or replay != 409:
        failures += 1
    print("RESULT:", "PASS" if failures == 0 else f"FAIL ({failures})",
          f"- {len(all_acked)} acknowledged batches, {clicks['acked']} acknowledged clicks, data in {data}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
