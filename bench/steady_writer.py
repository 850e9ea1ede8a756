"""Writes at a steady rate while a load benchmark runs: renames one organization back and forth
through the API (each write is a committed transaction, so it drops the response cache).
Usage: python3 bench/steady_writer.py URL WRITES_PER_SECOND SECONDS  (editor key from NEWSGRAPH_API_KEY)
Prints how many writes it made and how many failed."""
import json
import os
import sys
import time
import urllib.request

url, rate, seconds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
key = os.environ.get("NEWSGRAPH_API_KEY", "bench-editor-key")


def post(query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(url + "/graphql", data=body, headers={
        "Content-Type": "application/json", "Authorization": "Bearer " + key})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


created = post('mutation { createOrganization(input: {name: "Steady Writer Org", kind: COMPANY}) { id } }')
org = created["data"]["createOrganization"]["id"]
writes = failed = 0
start = time.monotonic()
while time.monotonic() - start < seconds:
    due = start + writes / rate
    pause = due - time.monotonic()
    if pause > 0:
        time.sleep(pause)
    answer = post("mutation($id: ID!, $n: String!) { updateOrganization(id: $id, input: {name: $n, kind: COMPANY}) { id } }",
                  {"id": org, "n": "Steady Writer Org %d" % (writes % 2)})
    writes += 1
    failed += 1 if answer.get("errors") else 0
elapsed = time.monotonic() - start
print("steady writer: %d writes in %.1f s (%.1f/s), %d failed" % (writes, elapsed, writes / elapsed, failed))
