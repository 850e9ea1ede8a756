#!/usr/bin/env python3
"""Imports the organizations of NAMES_FILE (one name a line) into a running Newsgraph, 1,000 a call.
Usage: organizations.py URL API_KEY NAMES_FILE"""
import json
import sys
import urllib.request

url, key, names = sys.argv[1], sys.argv[2], [line.strip() for line in open(sys.argv[3]) if line.strip()]
for start in range(0, len(names), 1000):
    body = json.dumps({"query": "mutation($o: [OrganizationInput!]!) { importOrganizations(organizations: $o)"
                                " { created failures { index message } } }",
                       "variables": {"o": [{"name": n, "kind": "COMPANY"} for n in names[start:start + 1000]]}})
    request = urllib.request.Request(url + "/graphql", body.encode(), {"Content-Type": "application/json",
                                                                       "Authorization": "Bearer " + key})
    answer = json.load(urllib.request.urlopen(request, timeout=600))
    if answer.get("errors") or answer["data"]["importOrganizations"]["failures"]:
        sys.exit("importOrganizations failed: " + json.dumps(answer)[:1000])
print(f"imported {len(names)} organizations")
