"""Webhook delivery and change-log cost against a running service (editor key from NEWSGRAPH_API_KEY).

  webhooks.py deliver URL RATE SECONDS
      A local receiver (checks every signature) and one webhook on ORGANIZATION; createOrganization at
      RATE/s for SECONDS from 8 writer threads. Prints delivered/lost/duplicated/out-of-order, the
      delivery rate, and latency p50/p99 from the change's `at` (stamped in the committing transaction)
      and from the mutation's response (after the commit) to receipt.
  webhooks.py backlog URL COUNT
      COUNT changes made while the receiver answers 503, then it answers 204: how fast the backlog
      drains (needs a short NEWSGRAPH_WEBHOOK_BACKOFF and a high NEWSGRAPH_WEBHOOK_MAX_FAILURES).
  webhooks.py writes URL CLIENTS SECONDS
      Closed loop: CLIENTS threads each createOrganization back to back for SECONDS; writes/s, p50/p99.
"""
import hashlib
import hmac
import http.client
import http.server
import json
import multiprocessing
import os
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from datetime import datetime

KEY = os.environ.get("NEWSGRAPH_API_KEY", "bench-editor-key")
SECRET = "bench-webhook-secret-0123456789abcdef"
CREATE = "mutation($n: String!) { createOrganization(input: {name: $n, kind: COMPANY}) { id } }"


class Client:
    """One keep-alive HTTP connection to the service."""

    def __init__(self, url):
        self.host = urllib.parse.urlparse(url)
        self.connection = http.client.HTTPConnection(self.host.hostname, self.host.port, timeout=30)

    def post(self, query, variables=None):
        body = json.dumps({"query": query, "variables": variables or {}})
        self.connection.request("POST", "/graphql", body, {"Content-Type": "application/json",
                                                           "Authorization": "Bearer " + KEY})
        answer = json.loads(self.connection.getresponse().read())
        if answer.get("errors"):
            raise RuntimeError(answer["errors"][0].get("message"))
        return answer["data"]


def serve(log_path, status, ready):
    """The receiver process: appends `time body` per POST with a right signature (`BAD` otherwise) to log_path."""
    log = open(log_path, "a", buffering=1)

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            now = time.time()
            expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
            answer = status.value
            if not hmac.compare_digest(expected, self.headers.get("X-Newsgraph-Signature", "")):
                log.write("BAD\n")
            elif 200 <= answer < 300:
                log.write("%.6f %s\n" % (now, body.decode()))
            self.send_response(answer)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ready.put(server.server_address[1])
    server.serve_forever()


class Receiver:
    """A receiver in its own process (so the writers' threads do not slow it down), checking every signature."""

    def __init__(self):
        self.path = os.path.join(tempfile.mkdtemp(), "received")
        self.status_value = multiprocessing.Value("i", 204)
        ready = multiprocessing.Queue()
        self.process = multiprocessing.Process(target=serve, args=(self.path, self.status_value, ready), daemon=True)
        self.process.start()
        self.url = "http://127.0.0.1:%d/hook" % ready.get(timeout=10)

    @property
    def status(self):
        return self.status_value.value

    @status.setter
    def status(self, value):
        self.status_value.value = value

    def lines(self):
        if not os.path.exists(self.path):
            return []
        with open(self.path) as log:
            return [line for line in log.read().split("\n") if line]

    @property
    def received(self):
        return [(float(line.split(" ", 1)[0]), json.loads(line.split(" ", 1)[1])) for line in self.lines() if line != "BAD"]

    @property
    def bad_signatures(self):
        return sum(1 for line in self.lines() if line == "BAD")

    def wait_for(self, count, patience):
        """Waits until `count` deliveries arrived or none arrived for `patience` seconds."""
        last_count, last_change = -1, time.time()
        while True:
            n = len(self.lines())
            if n >= count:
                return
            if n != last_count:
                last_count, last_change = n, time.time()
            elif time.time() - last_change > patience:
                return
            time.sleep(0.1)


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def create_webhook(url, receiver):
    return Client(url).post('mutation($u: String!, $s: String!) { createWebhook(input: {url: $u, types: [ORGANIZATION],'
                            ' secret: $s}) { id } }', {"u": receiver.url, "s": SECRET})["createWebhook"]["id"]


def write_at_rate(url, rate, seconds, threads=8):
    """createOrganization at `rate`/s on a fixed schedule shared by `threads`; returns {id: response time}."""
    total = int(rate * seconds)
    answered, failures = {}, []
    slots = iter(range(total))
    slot_lock = threading.Lock()
    tag = uuid.uuid4().hex[:8]
    start = time.time() + 0.2

    def writer():
        client = Client(url)
        while True:
            with slot_lock:
                slot = next(slots, None)
            if slot is None:
                return
            pause = start + slot / rate - time.time()
            if pause > 0:
                time.sleep(pause)
            try:
                id_ = client.post(CREATE, {"n": "Hook bench %s %d" % (tag, slot)})["createOrganization"]["id"]
                answered[id_] = time.time()
            except Exception as e:  # noqa: BLE001 - counted and reported
                failures.append(str(e))

    workers = [threading.Thread(target=writer) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return answered, failures, time.time() - start


def attempt_millis(url, webhook):
    """How long each delivery attempt took, as the service recorded it (`WebhookDelivery.durationMs`)."""
    client, millis, after = Client(url), [], None
    while True:
        hooks = client.post('query($a: String) { webhooks { id deliveries(first: 50, after: $a) {'
                            ' pageInfo { hasNextPage endCursor } edges { node { durationMs } } } } }', {"a": after})["webhooks"]
        page = [h for h in hooks if h["id"] == webhook][0]["deliveries"]
        millis += [edge["node"]["durationMs"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            return millis
        after = page["pageInfo"]["endCursor"]


def deliver(url, rate, seconds):
    receiver = Receiver()
    webhook = create_webhook(url, receiver)
    answered, failures, took = write_at_rate(url, rate, seconds)
    receiver.wait_for(len(answered), patience=15)
    received = receiver.received
    ids = [body["id"] for _, body in received]
    cursors = [body["cursor"] for _, body in received]
    duplicates = len(ids) - len(set(ids))
    lost = len(set(answered) - set(ids))
    in_order = cursors[1:] == log_after(url, cursors[0], len(cursors) - 1) if cursors else False
    from_at = [(t - datetime.fromisoformat(body["at"]).timestamp()) * 1000 for t, body in received]
    from_response = [(t - answered[body["id"]]) * 1000 for t, body in received if body["id"] in answered]
    span = received[-1][0] - received[0][0] if len(received) > 1 else float("nan")
    attempts = attempt_millis(url, webhook)
    print("deliver rate=%s/s writes=%d in %.1fs (%.1f/s) failed=%d delivered=%d lost=%d duplicates=%d bad_signatures=%d"
          " in_order=%s delivery_rate=%.1f/s from_at_p50=%.1fms p99=%.1fms max=%.1fms from_response_p50=%.1fms p99=%.1fms"
          " attempts=%d attempt_mean=%.1fms p50=%.0fms p99=%.0fms"
          % (rate, len(answered), took, len(answered) / took, len(failures), len(received), lost, duplicates,
             receiver.bad_signatures, in_order,
             (len(received) - 1) / span if span == span and span > 0 else float("nan"),
             percentile(from_at, 50), percentile(from_at, 99), max(from_at) if from_at else float("nan"),
             percentile(from_response, 50), percentile(from_response, 99),
             len(attempts), sum(attempts) / len(attempts) if attempts else float("nan"), percentile(attempts, 50),
             percentile(attempts, 99)))


def log_after(url, cursor, count):
    """The cursors of the next `count` ORGANIZATION changes after `cursor`, as Query.changes pages them."""
    client, cursors = Client(url), []
    while len(cursors) < count:
        page = client.post('query($a: String) { changes(after: $a, first: 100, types: [ORGANIZATION]) {'
                           ' pageInfo { hasNextPage endCursor } edges { node { cursor } } } }', {"a": cursor})["changes"]
        cursors += [edge["node"]["cursor"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        cursor = page["pageInfo"]["endCursor"]
    return cursors[:count]


def backlog(url, count):
    receiver = Receiver()
    receiver.status = 503
    create_webhook(url, receiver)
    answered, failures, _ = write_at_rate(url, 1000, count / 1000)
    receiver.status = 204
    opened = time.time()
    receiver.wait_for(len(answered), patience=15)
    received = receiver.received
    took = received[-1][0] - opened if received else float("nan")
    print("backlog changes=%d failed_writes=%d delivered=%d duplicates=%d drained_in=%.1fs rate=%.1f/s"
          % (len(answered), len(failures), len(received), len(received) - len({b["id"] for _, b in received}), took,
             len(received) / took if received else float("nan")))


def writes(url, clients, seconds):
    latencies, failures = [], []
    lock = threading.Lock()
    tag = uuid.uuid4().hex[:8]
    end = time.time() + seconds

    def writer(number):
        client = Client(url)
        n = 0
        while time.time() < end:
            started = time.time()
            try:
                client.post(CREATE, {"n": "Write bench %s %d %d" % (tag, number, n)})
                with lock:
                    latencies.append((time.time() - started) * 1000)
            except Exception as e:  # noqa: BLE001 - counted and reported
                failures.append(str(e))
            n += 1

    workers = [threading.Thread(target=writer, args=(i,)) for i in range(clients)]
    begun = time.time()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    took = time.time() - begun
    print("writes clients=%d writes=%d failed=%d rate=%.1f/s p50=%.1fms p99=%.1fms"
          % (clients, len(latencies), len(failures), len(latencies) / took, percentile(latencies, 50),
             percentile(latencies, 99)))


if __name__ == "__main__":
    mode, service = sys.argv[1], sys.argv[2]
    if mode == "deliver":
        deliver(service, float(sys.argv[3]), float(sys.argv[4]))
    elif mode == "backlog":
        backlog(service, int(sys.argv[3]))
    elif mode == "writes":
        writes(service, int(sys.argv[3]), float(sys.argv[4]))
    else:
        sys.exit(__doc__)
