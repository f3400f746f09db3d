"""Load for src/bench/pg-restart: intakes from several threads and a readiness probe, each outcome timestamped.

Writes one line per request to OUT: kind, start (epoch s), seconds taken, HTTP status, ticket id (or -).
"""
import json
import random
import sys
import threading
import time
import urllib.error
import urllib.request

BASE, TOKEN, SECONDS, WORKERS, OUT = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
lines, lock = [], threading.Lock()
deadline = time.time() + SECONDS


def record(kind, start, status, ticket_id="-"):
    with lock:
        lines.append(f"{kind} {start:.3f} {time.time() - start:.3f} {status} {ticket_id}")


def intake(worker):
    n = 0
    while time.time() < deadline:
        n += 1
        phone = f"139{random.randrange(10 ** 8):08d}"
        body = json.dumps({"utility": "HEATING", "channel": "HOTLINE", "category": "NO_HEATING",
                           "customer": {"name": "王秀英", "phone": phone, "vulnerabilities": []},
                           "address": "幸福小区 3号楼", "description": "暖气不热"}).encode()
        request = urllib.request.Request(BASE + "/api/v1/tickets", data=body, method="POST", headers={
            "Authorization": "Bearer " + TOKEN, "Content-Type": "application/json",
            "Idempotency-Key": f"restart-{worker}-{n}-{phone}"})
        start = time.time()
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                record("intake", start, response.status, json.loads(response.read())["id"])
        except urllib.error.HTTPError as e:
            record("intake", start, e.code)
        except OSError:
            record("intake", start, 0)


def readiness():
    while time.time() < deadline:
        start = time.time()
        try:
            with urllib.request.urlopen(BASE + "/q/health/ready", timeout=10) as response:
                record("ready", start, response.status)
        except urllib.error.HTTPError as e:
            record("ready", start, e.code)
        except OSError:
            record("ready", start, 0)
        time.sleep(0.5)


threads = [threading.Thread(target=intake, args=(w,)) for w in range(WORKERS)]
threads.append(threading.Thread(target=readiness))
for t in threads:
    t.start()
for t in threads:
    t.join()
with open(OUT, "w") as out:
    out.write("\n".join(lines) + "\n")
