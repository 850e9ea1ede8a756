"""The first read after a write: one client renames an organization (a committed write, which moves
the response cache on), then asks the feed twice and times both answers: the first is executed (a
cache miss), the second should come from the cache. No other load: this is the latency a reader sees
right after an editor saved something, on an otherwise quiet service.

Usage: python3 bench/miss_after_write.py URL FEED_BODY_FILE [ROUNDS (300)] [WARMUP_ROUNDS (300)]
(editor key from NEWSGRAPH_API_KEY). Prints the percentiles of both, and how the service labelled
each answer (X-Newsgraph-Cache).
"""
import collections
import http.client
import json
import os
import sys
import time
import urllib.parse

url, body_file = sys.argv[1], sys.argv[2]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 300
warmup = int(sys.argv[4]) if len(sys.argv) > 4 else 300
key = os.environ.get("NEWSGRAPH_API_KEY", "bench-editor-key")
feed = open(body_file, "rb").read()
target = urllib.parse.urlparse(url)
reader = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
writer = http.client.HTTPConnection(target.hostname, target.port, timeout=30)


def post(connection, body, headers):
    connection.request("POST", "/graphql", body=body, headers={"Content-Type": "application/json", **headers})
    response = connection.getresponse()
    data = response.read()
    if response.status != 200 or b'"errors"' in data:
        sys.exit("unexpected answer %d: %s" % (response.status, data[:300]))
    return response, data


def write(variables):
    body = json.dumps({"query": "mutation($id: ID!, $n: String!) { updateOrganization(id: $id, input: {name: $n, kind: COMPANY}) { id } }",
                       "variables": variables}).encode()
    post(writer, body, {"Authorization": "Bearer " + key})


def timed_read():
    start = time.perf_counter()
    response, _ = post(reader, feed, {})
    return (time.perf_counter() - start) * 1000.0, response.getheader("X-Newsgraph-Cache", "-")


_, created = post(writer, json.dumps({"query": 'mutation { createOrganization(input: {name: "Miss After Write Org", kind: COMPANY}) { id } }'}).encode(),
                  {"Authorization": "Bearer " + key})
org = json.loads(created)["data"]["createOrganization"]["id"]
first, second = [], []
labels = collections.Counter()
for i in range(warmup + rounds):
    write({"id": org, "n": "Miss After Write Org %d" % (i % 2)})
    miss, miss_label = timed_read()
    hit, hit_label = timed_read()
    if i >= warmup:
        first.append(miss)
        second.append(hit)
        labels["first " + miss_label] += 1
        labels["second " + hit_label] += 1


def percentiles(values):
    values = sorted(values)
    pick = lambda p: values[min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1))))]
    return "p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms" % (pick(50), pick(90), pick(99), values[-1])


print("%d rounds after %d warm-up rounds" % (rounds, warmup))
print("first read after a write:  " + percentiles(first))
print("second read:               " + percentiles(second))
print("X-Newsgraph-Cache: " + ", ".join("%s %d" % item for item in sorted(labels.items())))
