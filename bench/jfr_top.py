#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went: the methods most often on top of the stack (self time),
and the share of samples whose stack holds each given marker (inclusive time).

Usage: bench/jfr_top.py RECORDING.jfr [LABEL=SUBSTRING ...] [--threads SUBSTRING] [--from HH:MM:SS] [--to HH:MM:SS] [--top N]
Reads `jfr print --events jdk.ExecutionSample --stack-depth 256`; a sample counts for a marker when any
frame contains the substring (e.g. hibernate=org.hibernate. h2=org.h2. json=jakarta.json). --threads
keeps only samples of threads whose name contains the substring (e.g. executor-thread). --from HH:MM:SS and
--to HH:MM:SS keep only samples taken in that window (the recording's clock, as `jfr print` shows it), e.g. one
round of a benchmark whose output is timestamped.
"""
import collections
import re
import subprocess
import sys


def samples(recording):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", recording],
                          check=True, capture_output=True, text=True).stdout
    for event in text.split("jdk.ExecutionSample")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        time = re.search(r"startTime = (\d\d:\d\d:\d\d)", event)
        frames = re.findall(r"^\s+([\w$.<>/]+\(.*?\))\s+line:", event, re.M)
        yield (thread.group(1) if thread else ""), (time.group(1) if time else ""), frames


def main(argv):
    recording, markers, threads, top, since, until = argv[0], [], None, 25, None, None
    args = iter(argv[1:])
    for arg in args:
        if arg == "--threads":
            threads = next(args)
        elif arg == "--from":
            since = next(args)
        elif arg == "--to":
            until = next(args)
        elif arg == "--top":
            top = int(next(args))
        else:
            label, _, needle = arg.partition("=")
            markers.append((label, needle))
    total = 0
    self_time = collections.Counter()
    inclusive = collections.Counter()
    for thread, time, frames in samples(recording):
        if threads and threads not in thread:
            continue
        if (since and time < since) or (until and time > until):
            continue
        total += 1
        if frames:
            self_time[frames[0].split("(")[0]] += 1
        for label, needle in markers:
            if any(needle in frame for frame in frames):
                inclusive[label] += 1
    print(f"{total} samples" + (f" of threads named *{threads}*" if threads else ""))
    for label, needle in markers:
        print(f"  {100.0 * inclusive[label] / max(total, 1):5.1f} %  {label} ({needle})")
    print("top of stack:")
    for method, count in self_time.most_common(top):
        print(f"  {100.0 * count / max(total, 1):5.1f} %  {method}")


if __name__ == "__main__":
    main(sys.argv[1:])
