#!/usr/bin/env python3
"""Where a JFR recording's CPU samples or allocations went, by frame.

  jfr_frames.py REC.jfr cpu [REGEX]       share of CPU samples under each frame matching REGEX
  jfr_frames.py REC.jfr alloc [REGEX]     share of sampled allocation (bytes) under each frame
  jfr_frames.py REC.jfr children FRAME    how the samples under FRAME split among its callees
  jfr_frames.py REC.jfr per-request N     bytes allocated by all Java threads, divided by N

Needs the JDK's `jfr` tool on the PATH; record with -XX:FlightRecorderOptions=stackdepth=512 so
deep Spring stacks are not cut.
"""
import collections
import json
import re
import subprocess
import sys


def events(recording, kind):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events", kind, recording],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["recording"]["events"]


def frames(event):
    trace = event["values"]["stackTrace"]
    if not trace:
        return []
    return [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in trace["frames"]]


def inclusive(recording, kind, weight, pattern):
    shares, total = collections.Counter(), 0
    for e in events(recording, kind):
        w = weight(e)
        total += w
        for name in set(frames(e)):
            shares[name] += w
    for name, w in shares.most_common():
        if pattern.search(name):
            print(f"{w * 100 / total:5.1f}% {name}")


def children(recording, target):
    split, total, under = collections.Counter(), 0, 0
    for e in events(recording, "jdk.ExecutionSample"):
        stack = frames(e)[::-1]
        total += 1
        for i, name in enumerate(stack):
            if target in name:
                under += 1
                split[stack[i + 1] if i + 1 < len(stack) else "<self>"] += 1
                break
    print(f"{target}: {under * 100 / max(total, 1):.1f}% of {total} samples")
    for name, n in split.most_common(20):
        print(f"  {n * 100 / total:5.1f}% {name}")


def per_request(recording, requests):
    first, last = {}, {}
    for e in events(recording, "jdk.ThreadAllocationStatistics"):
        thread = e["values"]["thread"]
        if thread:
            first.setdefault(thread["javaThreadId"], e["values"]["allocated"])
            last[thread["javaThreadId"]] = e["values"]["allocated"]
    print(sum(last[t] - first[t] for t in last) // requests, "bytes per request")


if __name__ == "__main__":
    rec, mode = sys.argv[1], sys.argv[2]
    arg = sys.argv[3] if len(sys.argv) > 3 else "io\\.quire"
    if mode == "cpu":
        inclusive(rec, "jdk.ExecutionSample", lambda e: 1, re.compile(arg))
    elif mode == "alloc":
        inclusive(rec, "jdk.ObjectAllocationSample", lambda e: e["values"]["weight"], re.compile(arg))
    elif mode == "children":
        children(rec, arg)
    elif mode == "per-request":
        per_request(rec, int(arg))
    else:
        sys.exit(__doc__)
