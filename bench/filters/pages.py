#!/usr/bin/env python3
"""Times combined article filters on a running Newsgraph loaded by bench/filters/run.sh.

Usage: pages.py URL NAMES_FILE [REPEATS]. NAMES_FILE lists the organizations most mentioned first.
Each case is a page of 20 with totalCount, and the next page by the first page's endCursor:
  popular: or of the two most mentioned organizations, not the third, excludeDuplicates, one year
  rare:    the same with the organizations of rank 500, 501 and 502 (a few articles a year: the
           page has to look at the whole year)
  year:    only excludeDuplicates and the year (what the organization conditions add to it)
One client, one kept-alive connection, requests in sequence, cases interleaved so machine load hits
them alike; times are wall-clock per request as the client sees it. The service must run with the
response cache off (NEWSGRAPH_CACHE_ENABLED=false), or repeats would be answered from it.
"""
import json
import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from timed_client import TimedClient  # noqa: E402

PAGE = """query($f: ArticleFilter, $after: String) { articles(first: 20, after: $after, filter: $f) {
  totalCount edges { cursor node { id title publishedAt source duplicateOf { id } } } pageInfo { hasNextPage endCursor } } }"""
YEAR = {"publishedFrom": "2020-01-01T00:00:00Z", "publishedTo": "2021-01-01T00:00:00Z"}


class Client(TimedClient):
    def query(self, query, variables=None):
        # the service's time limit is counted, not fatal
        return super().query(query, variables, timeout_is_an_answer=True)


def organization_id(client, name):
    data, _ = client.query("query($t: String) { organizations(first: 10, filter: {text: $t}) { edges { node { id name } } } }",
                           {"t": name})
    for edge in data["organizations"]["edges"]:
        if edge["node"]["name"] == name:
            return edge["node"]["id"]
    sys.exit("organization not found: " + name)


def combined(ids):
    return dict(YEAR, excludeDuplicates=True, **{"or": [{"organizationId": ids[0]}, {"organizationId": ids[1]}],
                                                 "not": {"organizationId": ids[2]}})


def summary(times):
    ordered = sorted(times)
    p90 = ordered[max(0, int(len(ordered) * 0.9) - 1)]
    return f"median {statistics.median(ordered):7.2f} ms, p90 {p90:7.2f} ms"


def main():
    client = Client(sys.argv[1])
    names = [line.strip() for line in open(sys.argv[2]) if line.strip()]
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    filters = {
        "popular": combined([organization_id(client, names[r]) for r in (0, 1, 2)]),
        "rare": combined([organization_id(client, names[r]) for r in (499, 500, 501)]),
        "year": dict(YEAR, excludeDuplicates=True),
    }
    cases = {}
    for name, f in filters.items():
        first, elapsed = client.query(PAGE, {"f": f})
        if first is None:
            sys.exit(f"{name}: the first, cold request ran into the service's time limit after {elapsed:.0f} ms")
        print(f"{name:8} first request (cold): {elapsed:.0f} ms")
        connection = first["articles"]
        cursor = connection["pageInfo"]["endCursor"]
        second = client.query(PAGE, {"f": f, "after": cursor})[0]["articles"]
        ids = [e["node"]["id"] for e in connection["edges"] + second["edges"]]
        copies = [e for e in connection["edges"] + second["edges"] if e["node"]["duplicateOf"]]
        if len(set(ids)) != len(ids) or copies:
            sys.exit(f"{name}: pages overlap or hold copies")
        print(f"{name:8} totalCount {connection['totalCount']:6}, pages of {len(connection['edges'])} and "
              f"{len(second['edges'])}; filter {json.dumps(f)[:160]}")
        cases[f"{name:8} first page"] = {"f": f}
        if cursor:
            cases[f"{name:8} next page "] = {"f": f, "after": cursor}
    total, elapsed = client.query("{ articles { totalCount } }")
    print(f"articles stored: {total['articles']['totalCount'] if total else 'timed out'} ({elapsed:.0f} ms)")
    for _ in range(20):  # warm-up: the JIT compiles the paths
        for variables in cases.values():
            client.query(PAGE, variables)
    results = {name: [] for name in cases}
    timeouts = {name: 0 for name in cases}
    for _ in range(repeats):
        for name, variables in cases.items():
            data, elapsed = client.query(PAGE, variables)
            results[name].append(elapsed)
            timeouts[name] += data is None
    for name, times in results.items():
        print(f"{name}: {summary(times)}, n={len(times)}" + (f", {timeouts[name]} over the time limit" if timeouts[name] else ""))


if __name__ == "__main__":
    main()
