#!/usr/bin/env python3
"""Where each import's deliveries spent their time: the service's timeline log (the category
dev.newsgraph.subscription.timeline at DEBUG) lined up with the fan-out client's TIMELINE=1 lines.

Usage: timeline.py SERVICE_LOG CLIENT_LINES [TOPIC]

Per measured import, milliseconds from its request being sent: the commit, the node read (and its thread
CPU), the hop to the group's worker, the execution, the JSON text (CPU), the hand-over to the event loops,
each loop's batch (when it started, its CPU and wall time, its writes), the last write done, and the client's
first and last receipt. An import is found by its article's row id (from the id its subscribers received); the
group's results follow the order in which the nodes reached it. One group (one subscription text) is assumed,
as the bench subscribes.
"""
import base64
import json
import re
import sys

STAMP = re.compile(r"timeline (\S+) change=(\d+) at=(\d+) thread=(\S+) ?(.*)$")


def stamps(path, topic):
    by_id, by_result = {}, {}
    handed, results = [], []
    with open(path, errors="replace") as log:
        for line in log:
            found = STAMP.search(line.rstrip())
            if not found:
                continue
            step, change, at, thread, rest = found.groups()
            details = dict(part.split("=", 1) for part in rest.split() if "=" in part)
            details.update(at=int(at), thread=thread)
            change = int(change)
            if step in ("committed", "read", "loaded", "subscriber"):
                if step == "committed" and rest.strip() != topic:
                    continue
                if step == "subscriber":
                    handed.append(change)
                by_id.setdefault(change, {}).setdefault(step, details)
            else:
                if step == "executed":
                    results.append(change)
                by_result.setdefault(change, {}).setdefault(step, []).append(details)
    return handed, by_id, results, by_result


def row_id(global_id):
    """The row id inside one of the API's global ids (a type tag, then the id's bytes), or None."""
    if not global_id:
        return None
    raw = base64.urlsafe_b64decode(global_id + "=" * (-len(global_id) % 4))
    return int.from_bytes(raw[1:], "big")


def main():
    service_log, client_lines = sys.argv[1], sys.argv[2]
    topic = sys.argv[3] if len(sys.argv) > 3 else "articleImported"
    handed, by_id, results, by_result = stamps(service_log, topic)
    imports = [json.loads(line) for line in open(client_lines) if line.startswith("{")]
    for entry in imports:
        row = row_id(entry.get("id"))
        sent = entry["sent_at"]
        rel = lambda at: "-" if at is None else f"{at - sent:.0f}"
        parts = [f"import {entry['import']} (row {row}): answered {rel(entry['answered_at'])}"]
        index = handed.index(row) if row in handed else len(results)
        if row in by_id:
            node = by_id[row]
            committed = node.get("committed", {})
            read, loaded, handed_to = node.get("read", {}), node.get("loaded", {}), node.get("subscriber", {})
            parts.append(f"committed {rel(committed.get('at'))}")
            parts.append(f"read {rel(read.get('at'))}-{rel(loaded.get('at'))} (cpu {int(loaded.get('cpu_us', 0)) / 1000:.1f})")
            parts.append(f"on group worker {rel(handed_to.get('at'))}")
        if index < len(results) and len(handed) == len(results):
            steps = by_result.get(results[index], {})
            executed = steps.get("executed", [{}])[0]
            encoded = steps.get("encoded", [{}])[0]
            parts.append(f"executed {rel(executed.get('at'))}")
            parts.append(f"json {rel(encoded.get('at'))} (cpu {int(encoded.get('cpu_us', 0)) / 1000:.1f})")
            parts.append(f"handed {rel(steps.get('handed', [{}])[0].get('at'))}")
            for loop in steps.get("loop", []):
                wall = int(loop.get("wall_us", 0)) / 1000
                end = loop["at"]
                parts.append(f"[{loop['thread']} {rel(end - wall)}-{rel(end)}: {loop.get('writes')} writes, "
                             f"cpu {int(loop.get('cpu_us', 0)) / 1000:.1f}, waited {int(loop.get('waited_us', 0)) / 1000:.1f}]")
            for flushed in steps.get("flushed", []):
                parts.append(f"[{flushed['thread']} flushed {rel(flushed['at'])}: {flushed.get('sockets')} sockets for "
                             f"{flushed.get('changes')} changes, cpu {int(flushed.get('cpu_us', 0)) / 1000:.1f}]")
            parts.append(f"written {rel(steps.get('written', [{}])[0].get('at'))}")
        parts.append(f"receipts {rel(entry['first_receipt_at'])}-{rel(entry['last_receipt_at'])} ({entry['received']})")
        print(", ".join(parts))


if __name__ == "__main__":
    main()
