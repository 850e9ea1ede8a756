#!/usr/bin/env python3
"""Measures keyset pagination on a running Newsgraph: walks every article page by cursor, then times
the first page, the last page (`last: 20`) and a page at the end reached by cursor.

Usage: keyset_walk.py URL [REPEATS]. One client, one kept-alive connection, requests in sequence;
times are wall-clock per request as seen by the client.
"""
import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from timed_client import TimedClient  # noqa: E402

FIELDS = "edges { cursor node { id title publishedAt source } } pageInfo { hasNextPage endCursor }"


Client = TimedClient


def summary(times):
    ordered = sorted(times)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"median {statistics.median(ordered):.2f} ms, p95 {p95:.2f} ms, n={len(ordered)}"


def walk(client):
    """Pages through every article, 100 per page, newest first; returns per-page times and every row's cursor."""
    page_times, cursors, cursor = [], [], None
    while True:
        data, elapsed = client.query(f"query($after: String) {{ articles(first: 100, after: $after) {{ {FIELDS} }} }}",
                                     {"after": cursor})
        connection = data["articles"]
        page_times.append(elapsed)
        cursors.extend(edge["cursor"] for edge in connection["edges"])
        if not connection["pageInfo"]["hasNextPage"]:
            return page_times, cursors
        cursor = connection["pageInfo"]["endCursor"]


def main():
    client = Client(sys.argv[1])
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    total = client.query("{ articles { totalCount } }")[0]["articles"]["totalCount"]

    walk(client)  # warm-up walk: the JIT compiles the hot paths
    page_times, cursors = walk(client)
    print(f"articles: {total}; walked {len(cursors)} in {len(page_times)} pages of 100 (after one warm-up walk)")
    print(f"walk, first 10 pages: {summary(page_times[:10])}")
    print(f"walk, last 10 pages:  {summary(page_times[-10:])}")
    print(f"walk, all pages:      {summary(page_times)}")
    tenth = max(1, len(page_times) // 10)
    print("walk, median per tenth of the list (ms): "
          + " ".join(f"{statistics.median(page_times[i:i + tenth]):.2f}" for i in range(0, tenth * 10, tenth)))

    # Pages of 20 from a different cursor each time (the database cannot reuse a previous result),
    # near the start and near the end of the list, interleaved so machine load hits both alike.
    page = "query($after: String) { articles(first: 20, after: $after) { " + FIELDS + " } }"
    n = len(cursors)
    cases = {
        "page of 20 near the start (after row 1..R)": lambda i: (page, {"after": cursors[i % (n - 21)]}),
        "page of 20 at the end (after row N-20-R..N-20)": lambda i: (page, {"after": cursors[n - 21 - i % (n - 21)]}),
        "first page articles(first: 20), repeated": lambda i: ("{ articles(first: 20) { " + FIELDS + " } }", {}),
        "last page articles(last: 20), repeated": lambda i: ("{ articles(last: 20) { " + FIELDS + " } }", {}),
    }
    for i in range(50):  # warm up every case
        for case in cases.values():
            client.query(*case(i))
    results = {name: [] for name in cases}
    for i in range(repeats):
        for name, case in cases.items():
            results[name].append(client.query(*case(50 + i))[1])
    for name, times in results.items():
        print(f"{name}: {summary(times)}")


if __name__ == "__main__":
    main()
