"""Shared by the dashboard scripts: run a kashdash-server on a temporary data folder, sign in."""
import http.cookiejar
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One `kashdash-server serve` process on a temporary data folder."""

    def __init__(self, binary, data, port, extra=()):
        self.binary, self.data, self.port, self.process = binary, data, port, None
        self.extra = list(extra)  # e.g. ["--postgres", URL] to serve from PostgreSQL instead

    def start(self):
        downloads = os.path.join(self.data, "downloads")
        os.makedirs(downloads, exist_ok=True)
        # The data generated here goes into SQLite; an inherited KASHDASH_POSTGRES_URL (as the
        # test suite exports for its PostgreSQL tests) would switch the server to PostgreSQL.
        environment = {key: value for key, value in os.environ.items() if key != "KASHDASH_POSTGRES_URL"}
        self.process = subprocess.Popen(
            [self.binary, "serve", "--data", self.data, "--port", str(self.port), "--downloads", downloads,
             "--links", os.path.join(REPO, "Assets/advice-links.json"), "--levels", os.path.join(REPO, "Levels"),
             "--log-level", "warning"] + self.extra,
            cwd=REPO, env=environment)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=2) as reply:
                    if reply.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise SystemExit("the server did not answer /health within 60 s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def sign_in(base, username, password):
    """Signs in like a browser would; returns the session cookie's value."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    page = opener.open(base + "/login").read().decode()
    token = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    body = urllib.parse.urlencode({"username": username, "password": password, "csrf": token}).encode()
    try:
        opener.open(base + "/login", data=body)
    except urllib.error.HTTPError as error:
        if error.code != 303:
            raise SystemExit(f"sign-in answered {error.code}, not 303")
    for cookie in jar:
        if cookie.name == "kd_session":
            return cookie.value
    raise SystemExit("sign-in set no session cookie")


def post_form(base, session_cookie, path, fields):
    """POSTs a dashboard form with the session's CSRF token (read from the overview's
    sign-out form); returns the status (a 303 is the usual success)."""
    request = urllib.request.Request(base + "/dashboard", headers={"Cookie": f"kd_session={session_cookie}"})
    page = urllib.request.urlopen(request).read().decode()
    token = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    body = urllib.parse.urlencode(dict(fields, csrf=token)).encode()
    opener = urllib.request.build_opener(NoRedirect())
    request = urllib.request.Request(base + path, data=body, headers={"Cookie": f"kd_session={session_cookie}"})
    try:
        return opener.open(request).status
    except urllib.error.HTTPError as error:
        return error.code


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
