#!/usr/bin/env python3
"""Imports the same articles through importArticles into several running services, alternating batch by
batch so machine load hits them alike, and reports per service the wall time and the service's CPU
per article (user + system time of its process, from /proc) and how many imports were near-duplicates.

Usage: imports.py API_KEY WARMUP_FILE MEASURED_FILE NAME=URL=PID [NAME=URL=PID ...] [--batch N] [--copies-from NAME]
The files hold ArticleFileInput JSON lines (SeedGraph --files). With --copies-from, one measured
article in ten is replaced by a syndicated copy of an original stored in that service (new lead and
closing line, the rest kept), sent to every service alike: over a loaded corpus the copy finds its
story, over an empty one it is an original.
"""
import http.client
import json
import os
import sys
import time
import urllib.parse

IMPORT = """mutation($f: [ArticleFileInput!]!) { importArticles(files: $f) {
  result { created duplicateOf { id } } error { code message } } }"""
TICKS = os.sysconf("SC_CLK_TCK")


class Service:
    def __init__(self, spec, key):
        self.name, url, pid = spec.split("=")
        parsed = urllib.parse.urlparse(url)
        self.connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=600)
        self.pid, self.key = int(pid), key
        self.seconds = self.cpu = 0.0
        self.articles = self.created = self.copies = 0

    def query(self, query, variables):
        self.connection.request("POST", "/graphql", json.dumps({"query": query, "variables": variables}),
                                {"Content-Type": "application/json", "Authorization": "Bearer " + self.key})
        result = json.loads(self.connection.getresponse().read())
        if result.get("errors"):
            sys.exit(f"{self.name}: GraphQL errors: {json.dumps(result['errors'])[:1000]}")
        return result["data"]

    def cpu_seconds(self):
        with open(f"/proc/{self.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS

    def import_batch(self, files, measured):
        cpu, started = self.cpu_seconds(), time.perf_counter()
        outcomes = self.query(IMPORT, {"f": files})["importArticles"]
        elapsed, used = time.perf_counter() - started, self.cpu_seconds() - cpu
        failed = [o["error"] for o in outcomes if o["error"]]
        if failed:
            sys.exit(f"{self.name}: import refused: {failed[:3]}")
        if measured:
            self.seconds += elapsed
            self.cpu += used
            self.articles += len(files)
            self.created += sum(1 for o in outcomes if o["result"]["created"])
            self.copies += sum(1 for o in outcomes if o["result"]["duplicateOf"])


def read(path):
    return [json.loads(line) for line in open(path) if line.strip()]


def with_copies(files, source):
    """One file in ten becomes a copy of a stored original, published after the corpus."""
    wanted = len(files) // 10
    stored = []
    while len(stored) < wanted:
        page = source.query("""query($after: String) { articles(first: 100, after: $after, filter: {excludeDuplicates: true,
            publishedFrom: "2024-01-01T00:00:00Z"}) { edges { node { title body } } pageInfo { endCursor } } }""",
                            {"after": stored[-1][0] if stored else None})["articles"]
        stored += [(page["pageInfo"]["endCursor"], e["node"]) for e in page["edges"]]
        if not page["edges"]:
            break
    out = list(files)
    for n, (_, original) in enumerate(stored[:wanted]):
        i = n * 10 + 5
        if i >= len(out):
            break
        donor = out[i]["markdown"].split("---\n\n", 1)[1]  # another new article gives the lead and the closing line
        donor_sentences = donor.replace("\n", " ").split(". ")
        body = donor_sentences[0] + ". " + original["body"].split(". ", 1)[-1] + " " + donor_sentences[1] + "."
        published = out[i]["markdown"].split("Published :`", 1)[1].split("`", 1)[0]
        out[i] = dict(out[i], markdown=f"# Copy: {original['title']}\n\nPublished :`{published}`\n\n---\n\n{body}\n---\n")
    return out, min(wanted, len(stored))


def main():
    args = sys.argv[1:]
    batch, copies_from = 50, None
    if "--batch" in args:
        at = args.index("--batch")
        batch = int(args[at + 1])
        del args[at:at + 2]
    if "--copies-from" in args:
        at = args.index("--copies-from")
        copies_from = args[at + 1]
        del args[at:at + 2]
    key, warmup, measured = args[0], read(args[1]), read(args[2])
    services = [Service(spec, key) for spec in args[3:]]
    if copies_from:
        measured, copied = with_copies(measured, next(s for s in services if s.name == copies_from))
        print(f"{copied} of the {len(measured)} measured articles are copies of originals stored in {copies_from}")
    for label, files, counted in (("warm-up", warmup, False), ("measured", measured, True)):
        started = time.perf_counter()
        for at in range(0, len(files), batch):
            for service in services:  # alternating, batch by batch
                service.import_batch(files[at:at + batch], counted)
        print(f"{label}: {len(files)} articles into each of {len(services)} services in {time.perf_counter() - started:.1f} s"
              f" (batches of {batch}, one at a time); load average {open('/proc/loadavg').read().split()[0:3]}")
    print(f"{'service':10} {'articles':>8} {'created':>7} {'copies':>6} {'wall ms/article':>15} {'CPU ms/article':>14} {'articles/s':>10}")
    for s in services:
        print(f"{s.name:10} {s.articles:8} {s.created:7} {s.copies:6} {1000 * s.seconds / s.articles:15.2f}"
              f" {1000 * s.cpu / s.articles:14.2f} {s.articles / s.seconds:10.1f}")


if __name__ == "__main__":
    main()
