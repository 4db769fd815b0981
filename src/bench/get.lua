-- GET the URL given to wrk, and report the numbers as one JSON line.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

done = function(summary, latency, requests)
  bench_report(summary, latency)
end
