"""Prints how many acknowledged names there were and how many of them the restarted service lacks."""
import json
import sys
import urllib.request

url, acked_file = sys.argv[1], sys.argv[2]
acked = [line.strip() for line in open(acked_file) if line.strip()]
missing = 0
for name in acked:
    body = json.dumps({"query": "query($n: String!) { organizationByName(name: $n) { id } }", "variables": {"n": name}}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    reply = json.loads(urllib.request.urlopen(request, timeout=10).read())
    if not (reply.get("data") or {}).get("organizationByName"):
        missing += 1
print(len(acked), missing)
