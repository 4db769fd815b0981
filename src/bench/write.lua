-- The write mix: an editor creates a draft (POST /api/v1/articles) and publishes it
-- (POST /api/v1/articles/{id}/publish). Each thread keeps the ids of its drafts that are
-- not published yet and publishes one whenever it has one, so creates and publishes alternate.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

local token = os.getenv("QUIRE_TOKEN")
local pending = {}
local sequence = 0
created = 0
published = 0
refused = 0
statuses = ""
local refusals = {}

local body_text = "The council met on Tuesday to discuss the **new tram line**. " ..
  "Residents asked about noise, the timetable and the cost.\\n\\n## What happens next\\n\\n" ..
  "- A consultation opens next month\\n- Works start in spring\\n\\n" ..
  "See the [official notice](https://example.org/notice) for details."

function request()
  local id = table.remove(pending)
  local headers = { ["Authorization"] = "Bearer " .. token }
  if id then
    return wrk.format("POST", "/api/v1/articles/" .. id .. "/publish", headers, nil)
  end
  sequence = sequence + 1
  headers["Content-Type"] = "application/json"
  local body = string.format(
    '{"title": "Benchmark article %d-%d-%d", "summary": "Written by the benchmark.", ' ..
    '"body": "%s", "tags": ["News", "Benchmark"]}', tid, os.time(), sequence, body_text)
  return wrk.format("POST", "/api/v1/articles", headers, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
    local id = body:match('"id"%s*:%s*"([0-9a-fA-F-]+)"')
    if id then table.insert(pending, id) end
  elseif status == 200 then
    published = published + 1
  else
    refused = refused + 1
    if not refusals[status] then
      io.stderr:write("first HTTP " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n")
    end
    refusals[status] = (refusals[status] or 0) + 1
    local parts = {}
    for code, count in pairs(refusals) do table.insert(parts, code .. "x" .. count) end
    statuses = table.concat(parts, " ")
  end
end

done = function(summary, latency, requests)
  local c, p, r, counts = 0, 0, 0, {}
  for _, thread in ipairs(threads) do
    c = c + thread:get("created")
    p = p + thread:get("published")
    r = r + thread:get("refused")
    for code, count in string.gmatch(thread:get("statuses"), "(%d+)x(%d+)") do
      counts[code] = (counts[code] or 0) + tonumber(count)
    end
  end
  local s = {}
  for code, count in pairs(counts) do table.insert(s, count .. " × HTTP " .. code) end
  bench_report(summary, latency, string.format(
    ', "created": %d, "published": %d, "refused": %d, "refusals": "%s"', c, p, r, table.concat(s, ", ")))
end
