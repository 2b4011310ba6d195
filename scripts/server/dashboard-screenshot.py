#!/usr/bin/env python3
"""Real-browser check of the OPCC dashboard: headless Chromium loads the logged-in pages.

    scripts/server/dashboard-screenshot.py [--server .build/debug/kashdash-server] [--out docs/screenshots]

What it does, with nothing but the Python standard library and Chromium:
1. starts `kashdash-server serve` on 127.0.0.1 with a temporary data folder (which migrates
   the store), stops it, fills the store with synthetic events (generate-events.py), adds an
   account with `user add --password-stdin`, and starts the server again;
2. signs in the way a person does: GET /login (CSRF cookie and token), POST /login;
3. drives Chromium over the DevTools protocol on a pipe (`--remote-debugging-pipe`: no port,
   no extra packages), hands it the session cookie, and saves:
   - dashboard.png        the overview at 1280 px wide (laptop), whole page;
   - dashboard-tablet.png the overview at 820 px wide (tablet portrait);
   - dashboard-print.png  the overview with print styles, and dashboard-print.pdf (A4);
   - dashboard-login.png  the sign-in page;
   - learning.png         the learning page at 1280 px wide, and learning-tablet.png at 820 px;
   (a staff note is added first, so the overview's chart shows one);
4. fails (exit 1) if a page is not 200, if the overview lacks the panel sentence, if the
   learning page lacks its sentence or caveats, if the browser reports a console error, or
   if the printed summary is longer than one page.

Exit 77 when Chromium is not installed (so a test runner can report "skipped").
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from dashboard_harness import REPO, Server, free_port, post_form, sign_in


class Chromium:
    """Chromium driven over the DevTools protocol on fds 3 (commands) and 4 (replies)."""

    def __init__(self, executable, profile):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def wire_pipes():
            # Move both ends out of the way first: a pipe end may already be fd 3 or 4, and
            # dup2 onto itself would keep its close-on-exec flag.
            read_end, write_end = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.process = subprocess.Popen(
            [executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--no-first-run", "--hide-scrollbars", "--font-render-hinting=none", f"--user-data-dir={profile}",
             "about:blank"],
            preexec_fn=wire_pipes, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer, self.next_id, self.events = b"", 0, []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise SystemExit(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def receive(self, timeout=60):
        deadline = time.monotonic() + timeout
        while b"\0" not in self.buffer:
            if time.monotonic() > deadline:
                raise SystemExit("Chromium stopped answering")
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise SystemExit("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, method, timeout=60):
        for index, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(index)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            event = self.receive(timeout)
            if event.get("method") == method:
                return event
            self.events.append(event)
        raise SystemExit(f"no {method} within {timeout} s")

    def close(self):
        try:
            self.send("Browser.close")
        except (SystemExit, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


# A4 less the print style's 12 mm margins, in CSS pixels (96 to the inch): the print summary's
# width is laid out at, and the height it must stay within to be one page.
A4_PRINTABLE_WIDTH_PX = round((210 - 24) / 25.4 * 96)
A4_PRINTABLE_HEIGHT_PX = (297 - 24) / 25.4 * 96


def capture(browser, url, width, height, path, media="screen", full_page=True):
    """Opens `url` in a fresh tab of `width`, saves a PNG; returns (status, text, errors)."""
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Network", "Runtime", "Log"):
        browser.send(f"{domain}.enable", session=session)
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session=session)
    browser.send("Emulation.setEmulatedMedia", {"media": media}, session=session)
    browser.events.clear()
    browser.send("Page.navigate", {"url": url}, session=session)
    browser.wait_for("Page.loadEventFired")
    status = next((e["params"]["response"]["status"] for e in browser.events
                   if e.get("method") == "Network.responseReceived" and e["params"]["type"] == "Document"), None)
    errors = [e["params"]["entry"]["text"] for e in browser.events
              if e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"]
    text = browser.send("Runtime.evaluate", {"expression": "document.body.innerText", "returnByValue": True},
                        session=session)["result"].get("value", "")
    size = browser.send("Page.getLayoutMetrics", session=session)["cssContentSize"]
    if full_page:
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": width, "height": max(height, int(size["height"])), "deviceScaleFactor": 1, "mobile": False},
                     session=session)
    shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)
    with open(path, "wb") as out:
        out.write(base64.b64decode(shot["data"]))
    pdf_pages = None
    if media == "print":
        # How much of the A4 page (less the 12 mm margins of the print style) the summary fills,
        # so a layout creeping towards a second page shows before it gets there.
        print(f"{os.path.basename(path)}: the printed summary fills {size['height'] / A4_PRINTABLE_HEIGHT_PX:.0%} of an A4 page")
        pdf = base64.b64decode(browser.send("Page.printToPDF", {
            "paperWidth": 8.27, "paperHeight": 11.69, "printBackground": True,
            "marginTop": 0.4, "marginBottom": 0.4, "marginLeft": 0.4, "marginRight": 0.4}, session=session)["data"])
        with open(path.replace(".png", ".pdf"), "wb") as out:
            out.write(pdf)
        pdf_pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    browser.send("Target.closeTarget", {"targetId": target})
    return status, text, errors, pdf_pages


def main():
    parser = argparse.ArgumentParser(description="Headless-Chromium check and screenshots of the dashboard.")
    parser.add_argument("--server", default=os.path.join(REPO, ".build/debug/kashdash-server"))
    parser.add_argument("--out", default=os.path.join(REPO, "docs/screenshots"))
    parser.add_argument("--events", type=int, default=400_000, help="synthetic events in the store")
    parser.add_argument("--range", default="year", help="preset shown in the screenshots")
    args = parser.parse_args()

    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium:
        print("chromium is not installed (apt-get install -y chromium); skipping the browser check")
        return 77
    if not os.access(args.server, os.X_OK):
        raise SystemExit(f"no server binary at {args.server}: swift build --product kashdash-server")
    os.makedirs(args.out, exist_ok=True)

    work = tempfile.mkdtemp(prefix="kashdash-browser-")
    data = os.path.join(work, "data")
    server = Server(args.server, data, free_port())
    browser = None
    try:
        server.start()  # creates and migrates metrics.sqlite
        server.stop()
        subprocess.run([sys.executable, os.path.join(REPO, "scripts/server/generate-events.py"),
                        "--db", os.path.join(data, "metrics.sqlite"), "--events", str(args.events), "--days", "800"],
                       check=True)
        password = "panel report three words"
        subprocess.run([args.server, "user", "add", "opcc.analyst", "--data", data, "--password-stdin"],
                       input=password + "\n", text=True, check=True)
        server.start()
        base = f"http://127.0.0.1:{server.port}"
        session_cookie = sign_in(base, "opcc.analyst", password)
        # A note on the chart, on the last Safer Internet Day (second Tuesday of February) in range.
        today = time.gmtime()
        year = today.tm_year if today.tm_mon > 2 else today.tm_year - 1
        first = time.strptime(f"{year}-02-01", "%Y-%m-%d")
        note_day = f"{year}-02-{1 + (1 - first.tm_wday) % 7 + 7:02d}"
        status = post_form(base, session_cookie, "/dashboard/notes",
                           {"day": note_day, "text": "Safer Internet Day assembly in 12 schools", "back": f"range={args.range}"})
        if status != 303:
            raise SystemExit(f"adding a note answered {status}, not 303")

        browser = Chromium(chromium, os.path.join(work, "profile"))
        failures = []
        status, text, errors, _ = capture(browser, base + "/login", 1280, 900, os.path.join(args.out, "dashboard-login.png"))
        if status != 200:
            failures.append(f"/login answered {status}")
        browser.send("Storage.setCookies", {"cookies": [{
            "name": "kd_session", "value": session_cookie, "domain": "127.0.0.1", "path": "/",
            "httpOnly": True, "sameSite": "Strict"}]})
        url = f"{base}/dashboard?range={args.range}"
        for name, width, height, media in [("dashboard", 1280, 900, "screen"), ("dashboard-tablet", 820, 1180, "screen"),
                                           ("dashboard-print", A4_PRINTABLE_WIDTH_PX, 300, "print")]:
            status, text, errors, pages = capture(browser, url, width, height, os.path.join(args.out, name + ".png"), media)
            print(f"{name}: HTTP {status}, {len(text)} characters of text, console errors: {len(errors)}"
                  + (f", printed pages: {pages}" if pages is not None else ""))
            if status != 200:
                failures.append(f"{name}: HTTP {status}")
            if "Kash Dash has had" not in text or "clicks to websites which give online safety advice" not in text:
                failures.append(f"{name}: the panel sentence is missing")
            failures += [f"{name}: console error: {e}" for e in errors]
            if pages is not None and pages != 1:
                failures.append(f"{name}: the printed summary has {pages} pages, not 1")
        learning = f"{base}/dashboard/learning?range={args.range}"
        for name, width, height in [("learning", 1280, 900), ("learning-tablet", 820, 1180)]:
            status, text, errors, _ = capture(browser, learning, width, height, os.path.join(args.out, name + ".png"))
            print(f"{name}: HTTP {status}, {len(text)} characters of text, console errors: {len(errors)}")
            if status != 200:
                failures.append(f"{name}: HTTP {status}")
            if "On first meeting a question children chose the safe answer in" not in text:
                failures.append(f"{name}: the learning sentence is missing")
            if "This is not a trial" not in text:
                failures.append(f"{name}: the caveats are missing")
            failures += [f"{name}: console error: {e}" for e in errors]
        for failure in failures:
            print("FAIL:", failure)
        print(f"screenshots in {args.out}")
        return 1 if failures else 0
    finally:
        server.stop()
        if browser:
            browser.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
