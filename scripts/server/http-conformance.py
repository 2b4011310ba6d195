#!/usr/bin/python3
"""HTTP/1.1 conformance of kashdash-server, checked with an implementation we did not write.

Drives `kashdash-server serve` with h11 (a strict, independent HTTP/1.1 state machine) on
keep-alive connections: many sequences of methods, paths, headers and bodies, sent one at a
time and pipelined, through the `/go` fast path and the router. Every response must be framed
exactly (h11 refuses anything else) and must be the answer to its own request: the same status,
headers (bar Date) and body as that request alone on a fresh connection. Then the same
sequences go through Debian's nginx as a keep-alive reverse proxy in front of the server, and
the three-visitor scenario of issue 18 is replayed there.

    scripts/server/http-conformance.py --server .build/debug/kashdash-server [--sequences N] [--no-nginx]

Prints one line per stage and `N passed, M failed` at the end; exits non-zero on any failure.
"""
import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import h11

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dashboard_harness import REPO, Server, free_port  # noqa: E402

TIMEOUT = 5.0

# (method, target, headers, body). Bodies only where a method carries one.
REQUESTS = [
    ("GET", "/go/childline", [], b""),
    ("HEAD", "/go/childline", [], b""),
    ("GET", "/go/%63hildline", [], b""),
    ("GET", "/go/childline?src=kiosk&level=tell-a-trusted-adult", [], b""),
    ("GET", "/go/%2Fchildline", [], b""),
    ("GET", "/go/not-a-link", [], b""),
    ("HEAD", "/go/not-a-link", [], b""),
    ("OPTIONS", "/go/childline", [], b""),
    ("DELETE", "/go/childline", [], b""),
    ("GET", "/health", [], b""),
    ("HEAD", "/health", [], b""),
    ("OPTIONS", "/health", [], b""),
    ("DELETE", "/health", [], b""),
    ("PUT", "/health", [("Content-Type", "text/plain")], b"hello"),
    ("GET", "/login", [], b""),
    ("HEAD", "/login", [], b""),
    ("GET", "/download/KashDash.deb", [], b""),
    ("HEAD", "/download/KashDash.deb", [], b""),
    ("GET", "/download/KashDash.deb", [("Range", "bytes=100-199")], b""),
    ("GET", "/download/KashDash.deb", [("If-None-Match", '"nope", W/"x"')], b""),
    ("GET", "/download/missing.deb", [], b""),
    ("GET", "/api/v1/levels", [], b""),
    ("HEAD", "/api/v1/levels", [], b""),
    ("POST", "/api/v1/events", [("Content-Type", "application/json")], b'{"not": "a batch"}'),
    ("POST", "/api/v1/events", [("Content-Type", "application/json")], b"{broken"),
    ("GET", "/api/v1/events", [], b""),
    ("GET", "/no/such/page", [], b""),
    ("HEAD", "/no/such/page", [], b""),
    ("POST", "/no/such/page", [], b"x" * 300),
]

# Fields that differ between two answers to the same request and say nothing of framing.
VOLATILE = {b"date", b"set-cookie", b"connection", b"keep-alive"}
# Pages whose body holds a fresh random token (the login form's CSRF field): compared by length.
RANDOM_BODY = {"/login"}


class Failure(Exception):
    pass


def exchange(port, requests, pipelined):
    """Sends `requests` on one connection; returns [(status, headers, body)] read with h11."""
    connection = h11.Connection(our_role=h11.CLIENT)
    sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    try:
        def wire(method, target, headers, body):
            fields = [("Host", "localhost"), ("User-Agent", "h11-conformance")] + headers
            if body:
                fields.append(("Content-Length", str(len(body))))
            # A separate machine only to serialise: h11 will not let one connection send a
            # second request before the first answer, but pipelining is what we test.
            writer = h11.Connection(our_role=h11.CLIENT)
            data = writer.send(h11.Request(method=method, target=target, headers=fields))
            if body:
                data += writer.send(h11.Data(data=body))
            return data + writer.send(h11.EndOfMessage()), fields

        wires = [wire(*request) for request in requests]
        if pipelined:
            sock.sendall(b"".join(data for data, _ in wires))
        answers = []
        for (method, target, _, body), (data, fields) in zip(requests, wires):
            if not pipelined:
                sock.sendall(data)
            # Tell the reading machine what was sent, so it frames the answer (HEAD has none).
            connection.send(h11.Request(method=method, target=target, headers=fields))
            if body:
                connection.send(h11.Data(data=body))
            connection.send(h11.EndOfMessage())
            status, headers, content = None, None, b""
            while True:
                event = connection.next_event()
                if event is h11.NEED_DATA:
                    chunk = sock.recv(65536)
                    if not chunk:
                        raise Failure(f"connection closed before the answer to {method} {target}")
                    connection.receive_data(chunk)
                elif isinstance(event, h11.Response):
                    status, headers = event.status_code, event.headers
                elif isinstance(event, h11.Data):
                    content += event.data
                elif isinstance(event, h11.EndOfMessage):
                    break
                elif isinstance(event, h11.InformationalResponse):
                    continue
                else:
                    raise Failure(f"unexpected {event!r} answering {method} {target}")
            answers.append((status, headers, content))
            if connection.our_state is h11.MUST_CLOSE or connection.their_state is h11.MUST_CLOSE:
                break
            connection.start_next_cycle()
        # Nothing may follow the last answer: bytes here belong to no request.
        sock.settimeout(0.05)
        try:
            extra = sock.recv(65536)
            if extra:
                raise Failure(f"{len(extra)} bytes after the last answer: {extra[:80]!r}")
        except socket.timeout:
            pass
        return answers
    except socket.timeout:
        raise Failure("timed out waiting for an answer (a response lost its bytes?)")
    finally:
        sock.close()


def comparable(answer, target):
    status, headers, body = answer
    kept = sorted((name, value) for name, value in headers if name not in VOLATILE)
    if target in RANDOM_BODY:
        return status, kept, len(body)
    if body and b"json" in dict(headers).get(b"content-type", b""):
        # Same length is checked through Content-Length; key order may differ between answers.
        return status, kept, json.dumps(json.loads(body), sort_keys=True).encode()
    return status, kept, body


def describe(answer):
    status, headers, body = answer
    shown = body if isinstance(body, int) else f"{len(body)} bytes {body[:60]!r}"
    return f"{status} {dict(headers).get(b'content-length')} body {shown}"


def check_sequences(port, sequences, reference, label):
    passed = failed = 0
    for index, sequence in enumerate(sequences):
        for pipelined in (False, True):
            mode = "pipelined" if pipelined else "one at a time"
            try:
                answers = exchange(port, sequence, pipelined)
                if len(answers) != len(sequence):
                    raise Failure(f"{len(answers)} answers to {len(sequence)} requests")
                for request, answer in zip(sequence, answers):
                    expected = reference.get(request_key(request))
                    if expected is None:
                        raise Failure(f"{request[0]} {request[1]} has no answer of its own to compare with")
                    got = comparable(answer, request[1])
                    if got != expected:
                        raise Failure(f"{request[0]} {request[1]} answered {describe(got)}, alone it gets {describe(expected)}")
                passed += 1
            except (Failure, h11.ProtocolError, OSError) as error:
                failed += 1
                names = ", ".join(f"{m} {t}" for m, t, _, _ in sequence)
                print(f"  {label} sequence {index} ({mode}): {error}\n    [{names}]", file=sys.stderr)
    print(f"{label}: {passed} sequences framed and answered correctly, {failed} failed")
    return passed, failed


def request_key(request):
    method, target, headers, body = request
    return method, target, tuple(headers), body


def references(port, label):
    """Each request alone on a fresh connection: what its answer must look like anywhere.
    Returns the answers and how many requests could not even be answered alone."""
    answers, failed = {}, 0
    for request in REQUESTS:
        try:
            answers[request_key(request)] = comparable(exchange(port, [request], False)[0], request[1])
        except (Failure, h11.ProtocolError, OSError) as error:
            failed += 1
            print(f"  {label}: {request[0]} {request[1]} alone: {error}", file=sys.stderr)
    return answers, failed


def three_visitors(port):
    """Issue 18 through a proxy: three visitors in turn, each on their own connection."""
    exchange(port, [("GET", "/go/childline", [], b"")], False)
    exchange(port, [("HEAD", "/health", [], b"")], False)
    status, headers, body = exchange(port, [("GET", "/login", [], b"")], False)[0]
    length = dict(headers).get(b"content-length")
    if status != 200 or length is None or int(length) != len(body) or len(body) == 0:
        raise Failure(f"the third visitor got {status} with {len(body)} bytes (announced {length})")


def start_nginx(upstream_port, folder):
    port = free_port()
    config = os.path.join(folder, "nginx.conf")
    with open(config, "w") as file:
        file.write(f"""
worker_processes 1;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    upstream kashdash {{ server 127.0.0.1:{upstream_port}; keepalive 8; }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://kashdash;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_read_timeout 5s;
            proxy_buffering off;
        }}
    }}
}}
""")
    process = subprocess.Popen(["nginx", "-c", config, "-p", folder], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process, port
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("nginx did not start: " + process.stderr.read().decode())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default=os.path.join(REPO, ".build/debug/kashdash-server"))
    parser.add_argument("--sequences", type=int, default=120)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--no-nginx", action="store_true")
    arguments = parser.parse_args()

    generator = random.Random(arguments.seed)
    sequences = [[generator.choice(REQUESTS) for _ in range(generator.randint(2, 8))] for _ in range(arguments.sequences)]
    # The sequence of the issue, and it with a fourth request, come first.
    issue = [REQUESTS[0], REQUESTS[10], REQUESTS[14]]
    sequences[:0] = [issue, issue + [REQUESTS[9]]]

    folder = tempfile.mkdtemp(prefix="kashdash-conformance-")
    server = Server(arguments.server, folder, free_port())
    nginx = None
    passed = failed = 0
    try:
        os.makedirs(os.path.join(folder, "downloads"), exist_ok=True)
        with open(os.path.join(folder, "downloads", "KashDash.deb"), "wb") as file:
            file.write(bytes(range(256)) * 40)
        server.start()
        reference, unanswered = references(server.port, "direct")
        result = check_sequences(server.port, sequences, reference, "direct")
        passed, failed = passed + result[0], failed + result[1] + unanswered
        if not arguments.no_nginx:
            nginx, proxy_port = start_nginx(server.port, folder)
            # nginx rewrites some fields (Server), so its own single answers are the reference.
            reference, unanswered = references(proxy_port, "through nginx")
            result = check_sequences(proxy_port, sequences, reference, "through nginx")
            passed, failed = passed + result[0], failed + result[1] + unanswered
            for round_number in range(3):
                try:
                    three_visitors(proxy_port)
                    passed += 1
                except (Failure, h11.ProtocolError, OSError) as error:
                    failed += 1
                    print(f"  three visitors through nginx, round {round_number + 1}: {error}", file=sys.stderr)
            print("through nginx: three visitors (GET /go, HEAD /health, GET /login), 3 rounds")
    finally:
        if nginx:
            nginx.terminate()
            nginx.wait(timeout=10)
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"http conformance: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
