#!/usr/bin/env python3
"""Times forgot-password and `login --sms` starts for a real phone and an unknown one
while the SMS gateway is slow (2 s), failing (HTTP 500) or down (connection refused).

SECURITY.md 24/30: no request waits on delivery, so both columns should match within
noise in every row. Everything runs on loopback; nothing is sent anywhere else.

    cargo build -p acctd && python3 scripts/delivery-timing.py [--rounds 40] [--bin target/debug/acctd]
"""

import argparse
import http.server
import json
import os
import re
import socket
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.request

REAL = "+8613800010010"
UNKNOWN = "+8613900020010"
PASSWORD = "violet-Quartz-91"


class Gateway(http.server.BaseHTTPRequestHandler):
    mode = "accept"
    texts = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        if Gateway.mode == "slow":
            time.sleep(2)
        status = 500 if Gateway.mode == "fail" else 200
        if status == 200:
            Gateway.texts.append(json.loads(body or b"{}"))
        self.send_response(status)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_acctd(binary, db, webhook):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACCTD_")}
    env.update(
        {
            "ACCTD_SECRET_KEY": "33" * 32,
            "ACCTD_WEBHOOK_SECRET": "timing-secret",
            "ACCTD_PASSWORD_ARGON2_MEMORY_KIB": "8192",
            "ACCTD_PASSWORD_ARGON2_ITERATIONS": "1",
            "ACCTD_LIMITS_CODE_RESEND_COOLDOWN": "0",
            "ACCTD_LIMITS_CODES_PER_DESTINATION_PER_DAY": "100000",
            "ACCTD_LIMITS_CODES_PER_IP_PER_DAY": "100000",
            "RUST_LOG": "error",
        }
    )
    p = subprocess.Popen(
        [binary, "--listen", "127.0.0.1:0", "--database", db, "--courier", f"log,webhook:{webhook}"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = p.stdout.readline().strip()
    url = line.removeprefix("acctd listening on ")
    if not url.startswith("http"):
        p.kill()
        raise SystemExit(f"acctd did not start: {line!r}")
    threading.Thread(target=lambda: [None for _ in p.stdout], daemon=True).start()
    return p, url


def post(url, body):
    req = urllib.request.Request(url, json.dumps(body).encode(), {"content-type": "application/json"})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            status, data = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, data = e.code, e.read()
    return status, (time.perf_counter() - t) * 1000, data


def sign_up(url):
    _, _, data = post(f"{url}/v1/flows", {"kind": "signup", "phone": REAL, "password": PASSWORD})
    flow = json.loads(data)["flow_id"]
    for _ in range(500):
        codes = [re.search(r"\d{6}", m.get("text", "")) for m in Gateway.texts if m.get("to") == REAL]
        if codes and codes[-1]:
            break
        time.sleep(0.01)
    else:
        raise SystemExit("the sign-up code never arrived")
    status, _, data = post(f"{url}/v1/flows/{flow}", {"code": codes[-1].group(0)})
    if status != 200:
        raise SystemExit(f"sign-up failed: {data!r}")


def measure(url, rounds):
    rows = {}
    for kind, start in [
        ("forgot-password", lambda login: {"kind": "password_reset", "login": login}),
        ("login --sms", lambda login: {"kind": "login", "login": login, "method": "sms"}),
    ]:
        for who, login in [("real", REAL), ("unknown", UNKNOWN)]:
            post(f"{url}/v1/flows", start(login))  # warm-up
        samples = {"real": [], "unknown": []}
        statuses = {"real": set(), "unknown": set()}
        for _ in range(rounds):
            for who, login in [("real", REAL), ("unknown", UNKNOWN)]:
                status, ms, _ = post(f"{url}/v1/flows", start(login))
                samples[who].append(ms)
                statuses[who].add(status)
        rows[kind] = (samples, statuses)
    return rows


def report(label, rows):
    for kind, (samples, statuses) in rows.items():
        cells = []
        for who in ("real", "unknown"):
            s = sorted(samples[who])
            p90 = s[int(len(s) * 0.9) - 1]
            cells.append(
                f"{who}: status {sorted(statuses[who])} median {statistics.median(s):6.1f} ms p90 {p90:6.1f} ms"
            )
        print(f"{label:<8} {kind:<16} " + " | ".join(cells))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=40)
    ap.add_argument("--bin", default="target/debug/acctd")
    args = ap.parse_args()
    gw_port = free_port()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", gw_port), Gateway)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite://{tmp}/timing.db"
        p, url = start_acctd(args.bin, db, f"http://127.0.0.1:{gw_port}/sms")
        try:
            sign_up(url)
            for mode in ("slow", "fail"):
                Gateway.mode = mode
                report(mode, measure(url, args.rounds))
        finally:
            p.terminate()
            p.wait(timeout=60)
        # Down: the same database, the gateway's URL now a port nobody listens on.
        p, url = start_acctd(args.bin, db, f"http://127.0.0.1:{free_port()}/sms")
        try:
            report("down", measure(url, args.rounds))
        finally:
            p.terminate()
            p.wait(timeout=60)


if __name__ == "__main__":
    main()
