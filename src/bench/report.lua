-- Shared by the wrk scripts: at the end, one machine-readable line with the numbers the
-- report needs (latencies in microseconds), prefixed BENCH_JSON.
function bench_report(summary, latency, extra)
  local e = summary.errors
  local p = function(q)
    if summary.requests == 0 then return 0 end
    return latency:percentile(q)
  end
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"latency_us": {"p50": %d, "p90": %d, "p99": %d, "max": %d, "mean": %.1f}%s}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    p(50), p(90), p(99), latency.max, latency.mean, extra or ""))
end
