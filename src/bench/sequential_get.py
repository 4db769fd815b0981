#!/usr/bin/env python3
"""GETs N paths picked at random (seeded) from a file, one after another on one keep-alive
connection, so that per-request figures (CPU, allocation) do not depend on the machine's load.

  sequential_get.py HOST PORT PATHS_FILE N [SEED]
"""
import http.client
import random
import sys

host, port, paths_file, n = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
random.seed(int(sys.argv[5]) if len(sys.argv) > 5 else 1)
paths = [line.strip() for line in open(paths_file) if line.strip()]
connection = http.client.HTTPConnection(host, port)
failed = 0
for _ in range(n):
    connection.request("GET", random.choice(paths))
    answer = connection.getresponse()
    answer.read()
    failed += answer.status != 200
print(f"{n} requests, {failed} not 200")
sys.exit(1 if failed else 0)
