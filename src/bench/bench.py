#!/usr/bin/env python3
"""Helpers of src/bench/run.sh (standard library only).

  machine                          facts about this machine, as JSON
  fact DIR KEY VALUE               adds KEY (a JSON value, or a string) to DIR/facts.json
  token BASE USER PASSWORD         an access token
  editor BASE ADMIN_TOKEN          creates an editor and prints its token
  tag BASE TOKEN NAME              creates the tag unless it exists
  capture URL DIR NAME             GETs URL once: DIR/NAME.body (the exact bytes), DIR/NAME.json (status, headers)
  crawl URL HOPS SECONDS           follows Link rel="next" from URL, at most HOPS times and SECONDS long
  nginx DIR PORT NAME...           writes DIR/nginx.conf serving DIR/static/NAME.body with the captured headers
  report WORK DOCS COMMAND [NOTES] writes DOCS/performance.md and DOCS/performance-*.svg from the runs in WORK,
                                   with the Markdown file NOTES (if given) as its last section

Every request goes to 127.0.0.1 (or localhost); anything else is refused.
"""
import http.client
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse

sys.dont_write_bytecode = True  # no __pycache__ next to the sources
import report  # noqa: E402  (after the line above on purpose)

LOCAL_HOSTS = {"127.0.0.1", "localhost"}
LINK = re.compile(r'<([^>]*)>\s*;\s*rel="?([^";,]+)"?')
REPLAYED_HEADERS = ["Cache-Control", "ETag", "Link", "Vary"]


def local(url):
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "http" or parts.hostname not in LOCAL_HOSTS:
        raise SystemExit(f"refusing a non-local URL: {url}")
    return parts


def request(method, url, body=None, headers=None, timeout=120):
    parts = local(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=timeout)
    path = parts.path + ("?" + parts.query if parts.query else "")
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, response.getheaders(), data


def machine(quire_java="java", aot="false"):
    def run(*command):
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=30)
            return (result.stdout + result.stderr).strip()
        except (OSError, subprocess.TimeoutExpired):
            return "unknown"
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    system = "unknown"
    if os.path.exists("/etc/os-release"):
        with open("/etc/os-release", encoding="utf-8") as release:
            for line in release:
                if line.startswith("PRETTY_NAME="):
                    system = line.split("=", 1)[1].strip().strip('"')
    return {
        "nproc": run("nproc"),
        "memory": run("free", "-h").splitlines()[1:2],
        "cpu": cpu,
        "os": system,
        "jdk": run("java", "-version").splitlines()[:2],
        "quire_jdk": run(quire_java, "-version").splitlines()[:2],
        "aot_cache": aot == "true",
        "wrk": run("wrk", "-v").splitlines()[:1],
        "nginx": run("nginx", "-v"),
        "load": open("/proc/loadavg", encoding="utf-8").read().split()[:3],
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def fact(directory, key, value):
    path = os.path.join(directory, "facts.json")
    facts = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            facts = json.load(f)
    try:
        facts[key] = json.loads(value)
    except ValueError:
        facts[key] = value
    with open(path, "w", encoding="utf-8") as f:
        json.dump(facts, f, indent=2)


def token(base, username, password):
    form = urllib.parse.urlencode({"grant_type": "password", "username": username, "password": password})
    status, _, data = request("POST", base + "/api/v1/auth/token", form,
                              {"Content-Type": "application/x-www-form-urlencoded"})
    if status != 200:
        raise SystemExit(f"sign-in as {username} failed: {status} {data[:200]!r}")
    return json.loads(data)["access_token"]


def editor(base, admin_token):
    username = "bench-editor-" + str(int(time.time()))
    password = "bench-" + os.urandom(12).hex()
    user = json.dumps({"username": username, "password": password, "displayName": "Benchmark editor",
                       "roles": ["EDITOR"]})
    status, _, data = request("POST", base + "/api/v1/users", user,
                              {"Content-Type": "application/json", "Authorization": "Bearer " + admin_token})
    if status != 201:
        raise SystemExit(f"creating the editor failed: {status} {data[:200]!r}")
    return token(base, username, password)


def tag(base, access_token, name):
    status, _, data = request("POST", base + "/api/v1/tags", json.dumps({"name": name}),
                              {"Content-Type": "application/json", "Authorization": "Bearer " + access_token})
    if status not in (201, 409):
        raise SystemExit(f"creating the tag {name} failed: {status} {data[:200]!r}")


def capture(url, directory, name):
    started = time.monotonic()
    try:
        status, headers, data = request("GET", url, timeout=600)
    except (OSError, http.client.HTTPException) as failure:  # recorded as a failing scenario
        status, headers, data = 0, [], str(failure).encode()
    took = time.monotonic() - started
    with open(os.path.join(directory, name + ".body"), "wb") as f:
        f.write(data)
    kept = {}
    for header, value in headers:
        if header.lower() in (h.lower() for h in REPLAYED_HEADERS + ["Content-Type"]):
            kept[header] = value
    with open(os.path.join(directory, name + ".json"), "w", encoding="utf-8") as f:
        json.dump({"url": url, "status": status, "bytes": len(data), "seconds": round(took, 3),
                   "headers": kept}, f, indent=2)
    print(status)


def links(headers):
    found = {}
    for header, value in headers:
        if header.lower() == "link":
            for target, rel in LINK.findall(value):
                for name in rel.split():
                    found.setdefault(name, target)
    return found


def crawl(url, hops, seconds):
    """Follows rel="next" on one kept-alive connection; prints where it got to, and the latency of
    each page (every page is asked for once, so none comes from a cache), as JSON."""
    parts = local(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    started = time.monotonic()
    current, done, status, reached_end = url, 0, 200, False
    latencies = []
    while True:
        target = local(current)
        asked = time.monotonic()
        connection.request("GET", target.path + ("?" + target.query if target.query else ""))
        response = connection.getresponse()
        response.read()
        latencies.append((time.monotonic() - asked) * 1000)
        status = response.status
        if status != 200:
            break
        following = links(response.getheaders()).get("next")
        if done >= hops or time.monotonic() - started > seconds:
            break
        if not following:
            reached_end = True
            break
        current = urllib.parse.urljoin(current, following)
        done += 1
    connection.close()
    took = time.monotonic() - started
    ordered = sorted(latencies)

    def percentile(p):
        return round(ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))], 1)

    print(json.dumps({"url": current, "hops": done, "status": status, "seconds": round(took, 1),
                      "reached_end": reached_end, "budget_exhausted": took > seconds,
                      "page_ms": {"p50": percentile(50), "p99": percentile(99), "max": round(ordered[-1], 1),
                                  "first_10_p50": round(sorted(latencies[:10])[len(latencies[:10]) // 2], 1),
                                  "last_10_p50": round(sorted(latencies[-10:])[len(latencies[-10:]) // 2], 1)}}))


def nginx(directory, port, names):
    def quoted(value):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    locations = []
    for name in names:
        with open(os.path.join(directory, "static", name + ".json"), encoding="utf-8") as f:
            captured = json.load(f)
        headers = "".join(f"            add_header {h} {quoted(v)} always;\n"
                          for h, v in captured["headers"].items() if h.lower() != "content-type")
        content_type = captured["headers"].get("Content-Type", "application/json")
        locations.append(f"        location = /{name} {{\n            default_type {quoted(content_type)};\n"
                         f"            try_files /{name}.body =404;\n{headers}        }}\n")
    temp = os.path.join(directory, "temp")
    os.makedirs(temp, exist_ok=True)
    conf = f"""worker_processes auto;
pid {directory}/nginx.pid;
error_log {directory}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    server_tokens off;
    etag off;
    charset off;
    types {{ }}
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {directory}/static;
{''.join(locations)}    }}
}}
"""
    with open(os.path.join(directory, "nginx.conf"), "w", encoding="utf-8") as f:
        f.write(conf)


def main(args):
    command = args[0] if args else "help"
    if command == "machine":
        print(json.dumps(machine(*args[1:3]), indent=2))
    elif command == "fact":
        fact(args[1], args[2], args[3])
    elif command == "token":
        print(token(args[1], args[2], args[3]))
    elif command == "editor":
        print(editor(args[1], args[2]))
    elif command == "tag":
        tag(args[1], args[2], args[3])
    elif command == "capture":
        capture(args[1], args[2], args[3])
    elif command == "crawl":
        crawl(args[1], int(args[2]), float(args[3]))
    elif command == "nginx":
        nginx(args[1], int(args[2]), args[3:])
    elif command == "report":
        report.write(args[1], args[2], args[3], args[4] if len(args) > 4 else None)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
