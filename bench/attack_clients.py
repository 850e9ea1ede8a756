#!/usr/bin/env python3
"""Sends the hostile-query corpus (issue 12) to a running Newsgraph from several clients at once.

Usage: attack_clients.py URL CLIENTS SECONDS
Each client (a process with its own keep-alive connection and its own X-Forwarded-For address, which the
service believes when NEWSGRAPH_TRUSTED_PROXIES covers loopback) cycles through the corpus for SECONDS and
counts the answers by HTTP status and the connections it had to open (http.client opens a new one when the
service closed the last). Prints one JSON line: requests, connections, statuses, 5xx count, errors by code,
outcomes (status/code/limit, e.g. "429/LIMIT_EXCEEDED/rate" for the door, "200/LIMIT_EXCEEDED/nodes" for the
node count) and the slowest answer in seconds.
"""
import http.client
import json
import multiprocessing
import sys
import time
import urllib.parse


def nested(open_, times, inner, close):
    return open_ * times + inner + close * times


def corpus():
    q = []
    q.append("{ events(first: 100) { edges { node { articles { edges { node { events { articles { edges { node {"
             " events { articles { edges { node { title body } } } } } } } } } } } } } } }")
    q.append("{ organizations(first: 100) { edges { node { articles(first: 100) { edges { node { organizations {"
             " articles(first: 100) { edges { node { title body } } } } } } } } } } }")
    q.append("{ events(first: 100) { edges { node { participants { organization { participations(first: 100) { edges {"
             " node { event { participants { organization { name } } } } } } } } } } } }")
    q.append("{ events(first: 100) { edges { node { " + nested("causes { consequences { ", 3, "title", "} } ") + "} } } }")
    q.append("{" + "".join(" a%d: articles(first: 100) { edges { node { title body organizations { name } } } }" % i
                           for i in range(60)) + " }")
    fragments = "{ ...F0 }" + "".join(" fragment F%d on Query { ...F%d ...F%d }" % (i, i + 1, i + 1) for i in range(40))
    q.append(fragments + " fragment F40 on Query { articles(first: 100) { edges { node { title } } } }")
    q.append("{ __typename" + " @include(if: true)" * 3000 + " }")
    q.append("{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }")
    q.append("{" + "".join(" s%d: __schema { types { name } }" % i for i in range(100)) + " }")
    q.append("{ __type(name: \"Article\") { " + nested("ofType { ", 40, "name", "} ") + "} }")
    q.append("{ organizations(filter: " + nested("{text: \"x\", kind: ", 600, "COMPANY", "}") + ") { totalCount } }")
    bodies = [json.dumps({"query": text}) for text in q]
    bodies.append(json.dumps({"query": "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "variables": {"ids": ["AQE"] * 100000}}))
    bodies.append(json.dumps({"query": "query($t: String) { organizations(filter: {text: $t}) { totalCount } }",
                              "variables": {"t": "x" * 1000000}}))
    bodies.append("[" + ",".join([json.dumps({"query": "{ articles(first: 100) { totalCount } }"})] * 100) + "]")
    return [body.encode() for body in bodies]


def client(args):
    url, index, seconds = args
    parts = urllib.parse.urlsplit(url)
    bodies = corpus()
    statuses, codes, outcomes, requests, opened, slowest = {}, {}, {}, 0, 0, 0.0
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        body = bodies[requests % len(bodies)]
        if connection.sock is None:
            opened += 1  # the first request, or the service closed the connection after the last answer
        started = time.monotonic()
        try:
            connection.request("POST", "/graphql", body, {"Content-Type": "application/json",
                                                          "X-Forwarded-For": "203.0.113.%d" % (index + 1)})
            response = connection.getresponse()
            text = response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
            status, text = "failed", b""
        slowest = max(slowest, time.monotonic() - started)
        statuses[str(status)] = statuses.get(str(status), 0) + 1
        code, limit = "none", ""
        try:
            extensions = json.loads(text)["errors"][0]["extensions"]
            code, limit = extensions["code"], extensions.get("limit", "")
        except (ValueError, KeyError, IndexError, TypeError):
            pass
        codes[code] = codes.get(code, 0) + 1
        outcome = "%s/%s/%s" % (status, code, limit)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        requests += 1
    return requests, statuses, codes, opened, outcomes, slowest


def main():
    url, clients, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    with multiprocessing.Pool(clients) as pool:
        results = pool.map(client, [(url, i, seconds) for i in range(clients)])
    statuses, codes, outcomes = {}, {}, {}
    for _, s, c, _, o, _ in results:
        for totals, counts in ((statuses, s), (codes, c), (outcomes, o)):
            for key, value in counts.items():
                totals[key] = totals.get(key, 0) + value
    five = sum(v for k, v in statuses.items() if k.startswith("5"))
    print(json.dumps({"requests": sum(r[0] for r in results), "connections": sum(r[3] for r in results),
                      "statuses": statuses, "5xx": five, "codes": codes,
                      "outcomes": outcomes, "slowest": round(max(r[5] for r in results), 3)}))


if __name__ == "__main__":
    main()
