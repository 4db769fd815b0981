"""Turns the raw results of src/bench/run.sh into docs/performance.md and SVG bar charts."""
import glob
import json
import math
import os
import re

SCENARIOS = [
    ("slug", "Single article by slug"),
    ("tag-page-1", "List of 20 by tag, page 1"),
    ("tag-deep", "List of 20 by tag, deep page (followed `Link: rel=\"next\"`)"),
    ("search", "Search: `q=…&sort=relevance`"),
    ("write", "Write mix: create + publish, as an editor"),
]
MILLION = 1_000_000


def label(articles):
    return f"{articles // MILLION}m" if articles % MILLION == 0 else f"{articles // 1000}k"


def load(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def wrk_result(path):
    """The BENCH_JSON line a wrk script printed, with req/s and milliseconds added."""
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("BENCH_JSON "):
                result = json.loads(line[len("BENCH_JSON "):])
                seconds = result["duration_us"] / 1e6
                errors = result["errors"]
                # Successful answers per second: an error page served fast is not throughput.
                result["rps"] = (result["requests"] - errors["status"]) / seconds if seconds else 0.0
                result["failed"] = errors["status"] + errors["timeout"] + errors["connect"] + errors["read"]
                result["ms"] = {k: v / 1000 for k, v in result["latency_us"].items()}
                if result["requests"] <= errors["status"]:  # no successful answer: no latency to show
                    result["ms"] = {k: None for k in result["ms"]}
                return result
    return None


def runs(work):
    found = []
    for directory in sorted(glob.glob(os.path.join(work, "n*")), key=lambda d: int(re.sub(r"\D", "", d) or 0)):
        facts = load(os.path.join(directory, "facts.json"), {})
        if "articles" not in facts:
            continue
        scenarios = {}
        for name, _ in SCENARIOS:
            scenarios[name] = {
                "quire": wrk_result(os.path.join(directory, f"wrk-quire-{name}.txt")),
                "nginx": wrk_result(os.path.join(directory, f"wrk-nginx-{name}.txt")),
                "capture": load(os.path.join(directory, "static", name + ".json")),
            }
        found.append({"facts": facts, "scenarios": scenarios})
    return found


def number(value, digits=0):
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def scenario_table(run):
    rows = ["| scenario | Quire 2xx/s | p50 ms | p99 ms | nginx 2xx/s | p50 ms | p99 ms | Quire / nginx | "
            "errors | response |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    skipped = run["facts"].get("skipped", {})
    for name, title in SCENARIOS:
        s = run["scenarios"][name]
        q, n, c = s["quire"], s["nginx"], s["capture"]
        if q is None:
            rows.append(f"| {title} | not run: {skipped.get(name, 'no result')} ||||||||||")
            continue
        ratio = f"{q['rps'] / n['rps']:.1%}" if n and n["rps"] else "–"
        response = f"HTTP {c['status']}, {c['bytes']:,} bytes" if c else "–"
        errors = q["errors"]
        failed = ", ".join(f"{count:,} {what}" for what, count in (
            ("non-2xx", errors["status"]), ("timeouts", errors["timeout"]),
            ("socket errors", errors["connect"] + errors["read"] + errors["write"])) if count)
        if not q["requests"]:
            failed = f"no answer in {q['duration_us'] / 1e6:.0f} s"
        elif not failed:
            failed = "none"
        failed += f" ({q['requests']:,} answered)" if q["requests"] else ""
        rows.append(f"| {title} | {number(q['rps'])} | {number(q['ms']['p50'], 1)} | {number(q['ms']['p99'], 1)} | "
                    f"{number(n['rps']) if n else '–'} | {number(n['ms']['p50'], 2) if n else '–'} | "
                    f"{number(n['ms']['p99'], 2) if n else '–'} | {ratio} | {failed} | {response} |")
    return "\n".join(rows)


def targets(run):
    """The issue's targets, each with what was measured and whether it holds."""
    facts, s = run["facts"], run["scenarios"]
    n = facts["articles"]
    at = "" if n == MILLION else f" (stated for 1M; here at {n:,})"
    checks = []

    def ok(q):
        return q is not None and q["failed"] == 0 and q["requests"] > 0

    def p99(q):
        return "no request answered during the run" if q["ms"]["p99"] is None else f"{q['ms']['p99']:.1f} ms"

    slug, slug_nginx = s["slug"]["quire"], s["slug"]["nginx"]
    if slug and slug_nginx:
        share = slug["rps"] / slug_nginx["rps"] if slug_nginx["rps"] else 0
        checks.append(("single article by slug ≥ 40% of nginx's req/s", f"{share:.1%}", ok(slug) and share >= 0.4))
        checks.append(("single article by slug p99 ≤ 10 ms at 32 connections", p99(slug),
                       ok(slug) and slug["ms"]["p99"] <= 10))
    for name, limit, what in (("tag-page-1", 25, "list by tag, page 1, p99 ≤ 25 ms"),
                              ("tag-deep", 25, "list by tag, 50,000 deep, p99 ≤ 25 ms"),
                              ("search", 50, "`q` search p99 ≤ 50 ms")):
        q = s[name]["quire"]
        if q is None:
            checks.append((what + at, "not run: " + facts.get("skipped", {}).get(name, "no result"), False))
            continue
        measured = p99(q) + (f", {q['failed']:,} failed" if q["failed"] else "")
        holds = ok(q) and q["ms"]["p99"] <= limit
        if name == "tag-deep":
            crawl = facts.get("crawl", {})
            depth = crawl.get("hops", 0) * 20
            measured += f", at {depth:,} items deep"
            holds = holds and depth >= 50_000
        checks.append((what + at, measured, holds))
    ready = facts.get("start_to_ready_s")
    checks.append(("start to ready ≤ 4 s" + at, f"{ready:.1f} s" if ready else "–", bool(ready) and ready <= 4))
    heap_ok = facts.get("out_of_memory", 1) == 0 and facts.get("alive_at_end", False)
    checks.append(("the whole run holds with -Xmx256m", "no OutOfMemoryError, still up at the end" if heap_ok
                   else "OutOfMemoryError or stopped", heap_ok))
    return checks


def details(run):
    f = run["facts"]
    crawl = f.get("crawl", {})
    heap = f.get("heap", {})
    lines = [
        f"- Seeding {f['articles']:,} articles: {f.get('seeded_log', '–')}",
        f"- First start (empty database, seeding included) to ready: {number(f.get('first_start_to_ready_s'), 1)} s; "
        f"the search index was complete {number(f.get('indexing_after_ready_s'))} s later (built in the background, "
        f"waited for before the measurements)",
        f"- Start to ready with the {f['articles']:,} articles already there (process start to "
        f"`/actuator/health/readiness` = 200): **{number(f.get('start_to_ready_s'), 1)} s** "
        f"(Spring Boot's own figure: {f.get('started_log', '–')})"
        + (f"; the same restart as a plain jar on the default JDK without the AOT cache: "
           f"{number(f.get('start_to_ready_plain_s'), 1)} s" if f.get("start_to_ready_plain_s") else ""),
        f"- Heap (`-Xmx{f.get('heap_max', '256m')}`, from the GC log): while seeding at most "
        f"{number(heap.get('first', {}).get('peak_before_gc_mb'))} MB in use before a collection and "
        f"{number(heap.get('first', {}).get('peak_after_gc_mb'))} MB left after a young or full one; while serving the "
        f"benchmark at most {number(heap.get('quire', {}).get('peak_before_gc_mb'))} MB and "
        f"{number(heap.get('quire', {}).get('peak_after_gc_mb'))} MB; at the end (`jcmd GC.heap_info`): "
        f"{heap.get('at_end', '–')}",
        f"- Deep page: followed `rel=\"next\"` {crawl.get('hops', 0):,} times ({crawl.get('hops', 0) * 20:,} items "
        f"deep) in {number(crawl.get('seconds'), 1)} s"
        + (", the list ended there" if crawl.get("reached_end") else "")
        + (", stopped by the time budget" if crawl.get("budget_exhausted") else "")
        + (f"; each page asked for once (no cache): p50 {crawl['page_ms']['p50']} ms, p99 {crawl['page_ms']['p99']} ms, "
           f"max {crawl['page_ms']['max']} ms; median of the first ten pages {crawl['page_ms']['first_10_p50']} ms, "
           f"of the last ten {crawl['page_ms']['last_10_p50']} ms" if crawl.get("page_ms") else "")
        + f"; URL: `{short_url(crawl.get('url', ''))}`",
    ]
    write = run["scenarios"]["write"]["quire"]
    if write:
        lines.append(f"- Write mix: {write.get('created', 0):,} articles created and {write.get('published', 0):,} "
                     f"published ({write.get('refused', 0):,} refused"
                     + (f": {write['refusals']}" if write.get("refusals") else "") + ")")
    unhealthy = {k: v for k, v in f.get("health_after", {}).items() if v != "UP"}
    if unhealthy:
        lines.append("- **Health not UP after a scenario** (Quire was restarted before the next one): "
                     + ", ".join(f"{k}: {v}" for k, v in unhealthy.items()))
    if f.get("out_of_memory"):
        lines.append(f"- **`OutOfMemoryError` in the log {f['out_of_memory']} times**")
    lines.append(f"- Load average (1, 5, 15 min) before: {' '.join(f.get('load_before', []))}, "
                 f"after: {' '.join(f.get('load_after', []))}")
    return "\n".join(lines)


def short_url(url):
    return re.sub(r"^http://[^/]+", "", url)


def bars(run, path):
    """Two panels of grouped horizontal bars (log scale): req/s, and p99 latency."""
    rows = [(name, title.split(":")[0].split(" (")[0].replace("`", ""), run["scenarios"][name])
            for name, title in SCENARIOS]
    width, left, bar, gap, panel_gap = 900, 260, 14, 14, 60
    plot = width - left - 170
    panels = [("Successful (2xx) responses per second (log scale; more is better)", "rps", 1),
              ("p99 latency in ms (log scale; less is better)", "p99", 0.1)]
    height_panel = 40 + len(rows) * (2 * bar + gap)
    height = 50 + len(panels) * (height_panel + panel_gap)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="10" y="24" font-size="16" font-weight="bold">Quire vs nginx (same bytes), '
           f'{run["facts"]["articles"]:,} articles</text>',
           f'<rect x="{width - 200}" y="12" width="12" height="12" fill="#2b6cb0"/>'
           f'<text x="{width - 183}" y="22">Quire</text>',
           f'<rect x="{width - 120}" y="12" width="12" height="12" fill="#a0aec0"/>'
           f'<text x="{width - 103}" y="22">nginx</text>']
    y0 = 50
    for title, key, floor in panels:
        values = []
        for _, _, s in rows:
            for side in ("quire", "nginx"):
                r = s[side]
                if r:
                    values.append((r["rps"] if key == "rps" else r["ms"]["p99"]) or 0)
        top = max([v for v in values if v > 0] + [floor * 10])
        lo, hi = math.log10(floor), math.log10(top) + 0.15

        def x(v):
            return left + plot * (math.log10(max(v, floor)) - lo) / (hi - lo)

        out.append(f'<text x="10" y="{y0 + 14}" font-weight="bold">{title}</text>')
        for decade in range(math.floor(lo), math.ceil(hi)):
            v = 10 ** decade
            if lo <= decade <= hi:
                out.append(f'<line x1="{x(v):.1f}" y1="{y0 + 24}" x2="{x(v):.1f}" y2="{y0 + height_panel}" '
                           f'stroke="#e2e8f0"/><text x="{x(v):.1f}" y="{y0 + height_panel + 14}" '
                           f'text-anchor="middle" fill="#4a5568">{v:g}</text>')
        y = y0 + 30
        for name, caption, s in rows:
            out.append(f'<text x="{left - 8}" y="{y + bar + 4}" text-anchor="end">{caption}</text>')
            for i, (side, colour) in enumerate((("quire", "#2b6cb0"), ("nginx", "#a0aec0"))):
                r = s[side]
                top_y = y + i * bar
                if not r:
                    if side == "quire":
                        reason = run["facts"].get("skipped", {}).get(name, "no result")
                        out.append(f'<text x="{left + 4}" y="{top_y + bar - 3}" fill="#c53030">not run: {reason}</text>')
                    continue
                v = r["rps"] if key == "rps" else r["ms"]["p99"]
                if v is None:
                    out.append(f'<text x="{left + 4}" y="{top_y + bar - 3}" fill="#c53030">no successful answer</text>')
                    continue
                note = f" ({r['failed']:,} failed)" if r["failed"] else ""
                out.append(f'<rect x="{left}" y="{top_y}" width="{max(1.0, x(v) - left):.1f}" height="{bar - 2}" '
                           f'fill="{colour}"/><text x="{x(v) + 4:.1f}" y="{top_y + bar - 3}" fill="#1a202c">'
                           f'{v:,.1f}{note}</text>')
            y += 2 * bar + gap
        y0 += height_panel + panel_gap
    out.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write(work, docs, command, notes=None):
    machine = load(os.path.join(work, "machine.json"), {})
    settings = load(os.path.join(work, "settings.json"), {})
    found = runs(work)
    for old in glob.glob(os.path.join(docs, "performance-*.svg")):
        os.remove(old)
    parts = [
        "# Performance",
        "",
        "Generated by `src/bench/run.sh`; do not edit by hand. Run it again after a change that can matter, and "
        "commit this file with its plots.",
        "",
        "## The command",
        "",
        "```sh",
        command,
        "```",
        "",
        "`BENCH_SIZES` (default `100000 1000000`) picks the sizes. For each size the script starts Quire "
        "(`java -Xmx256m -jar`, on the newest JDK at hand; from Java 25 on with an AOT cache recorded by a "
        "training start) on a fresh H2 database in a temporary folder with `--cms.seed.articles=N`, waits "
        "for readiness, stops it, and starts it again to time start-up with the articles already there. It then "
        "fetches each read scenario's response once, writes the exact bytes as static files that nginx serves "
        "(with the same `Content-Type`, `Cache-Control`, `ETag`, `Link` and `Vary` headers) on another local port, "
        "and runs wrk with the same settings against Quire and against nginx, back to back. The deep page is "
        "reached by following `Link: rel=\"next\"` from page 1. The write mix signs in as a new editor and "
        "alternates `POST /api/v1/articles` and `POST /api/v1/articles/{id}/publish`. All traffic stays on "
        "127.0.0.1.",
        "",
        f"JVM options: `{settings.get('jvm_opts', '-Xmx256m')}`. wrk settings: `{settings.get('wrk', '–')}`. "
        f"Tag: `{settings.get('tag', '–')}`, query: "
        f"`{settings.get('query', '–')}`, deep page target: {settings.get('deep_items', '–')} items, crawl budget "
        f"{settings.get('crawl_seconds', '–')} s.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        f"| date | {machine.get('date', '–')} |",
        f"| CPU | {machine.get('cpu', '–')}, `nproc` = {machine.get('nproc', '–')} |",
        f"| memory (`free -h`) | `{' '.join(machine.get('memory', ['–']))}` |",
        f"| OS | {machine.get('os', '–')} |",
        f"| default JDK | {' / '.join(machine.get('jdk', ['–']))} |",
        f"| JDK running Quire | {' / '.join(machine.get('quire_jdk', machine.get('jdk', ['–'])))}"
        + (", with an AOT cache trained by a start of the application (`-XX:AOTCacheOutput`, "
           "`-Dspring.context.exit=onRefresh`)" if machine.get("aot_cache") else "") + " |",
        f"| wrk, nginx | {' '.join(machine.get('wrk', ['–']))}; {machine.get('nginx', '–')} |",
        f"| load average at the start | {' '.join(machine.get('load', []))} |",
        "",
        "The machine has two cores shared by wrk, the server under test and anything else running; the load "
        "averages show how busy it was. Compare runs made on the same machine only.",
        "",
    ]
    summary = ["## Targets", "", "| target | run | measured | met |", "|---|---|---|---|"]
    for run in found:
        n = run["facts"]["articles"]
        name = label(n)
        bars(run, os.path.join(docs, f"performance-{name}.svg"))
        parts += [f"## {n:,} articles", "", scenario_table(run), "", f"![Quire and nginx, {n:,} articles]"
                  f"(performance-{name}.svg)", "", details(run), ""]
        for what, measured, holds in targets(run):
            summary.append(f"| {what} | {n:,} | {measured} | {'yes' if holds else '**no**'} |")
    if not found:
        parts += ["No run finished.", ""]
    sizes = [run["facts"]["articles"] for run in found]
    if MILLION not in sizes:
        summary += ["", "The targets are stated for 1,000,000 articles; this run did not include that size."]
    parts += summary + [""]
    if notes and os.path.exists(notes):
        with open(notes, encoding="utf-8") as f:
            parts += ["## Notes", "", f.read().strip(), ""]
    with open(os.path.join(docs, "performance.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
