"""Creates organizations one after another (4 connections) and records each one the service acknowledged."""
import json
import sys
import threading
import urllib.request

url, prefix, acked_file = sys.argv[1], sys.argv[2], sys.argv[3]
lock = threading.Lock()
out = open(acked_file, "a", buffering=1)


def write(worker):
    n = 0
    while True:
        name = f"Durable {prefix} w{worker} n{n}"
        body = json.dumps({"query": "mutation($n: String!) { createOrganization(input: {name: $n, kind: OTHER}) { id } }",
                           "variables": {"n": name}}).encode()
        request = urllib.request.Request(url, data=body, headers={
            "Content-Type": "application/json", "Authorization": "Bearer bench-key"})
        try:
            reply = json.loads(urllib.request.urlopen(request, timeout=5).read())
        except Exception:
            return  # the service is gone
        if "errors" not in reply:
            with lock:
                out.write(name + "\n")
        n += 1


threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
