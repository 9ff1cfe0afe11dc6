-- wrk script: GET /api/events with the filters analysts use, rotating over dyads, types, months,
-- statuses and CAMEO prefixes of the synthetic store (annalist-storebench generate), 50 events a page.
-- wrk -t2 -c4 -d30s --latency -s bench/load/events.lua http://127.0.0.1:5080  (figures: docs/server.md)
-- SHAPES (environment, e.g. SHAPES=0,2) picks the query shapes that alternate: 0 dyad+month,
-- 1 dyad+type (no dates), 2 type+month, 3 actor+status+year, 4 recipient+CAMEO+month; default all five.
local countries = { "USA", "RUS", "CHN", "UKR", "PRK", "KOR", "IRN", "ISR", "GBR", "FRA", "DEU", "TUR" }
local types = { "ACCUSE", "AID", "CONSULT", "SANCTION", "ASSAULT", "THREATEN", "AGREE" }
local statuses = { "alleged", "denied", "intended" }
local cameos = { "11", "07", "19", "042", "163" }
local n = 0
local shapes = {}
for s in string.gmatch(os.getenv("SHAPES") or "0,1,2,3,4", "%d") do shapes[#shapes + 1] = tonumber(s) end

local function pick(list, i) return list[(i % #list) + 1] end

request = function()
  n = n + 1
  local a = pick(countries, n)
  local r = pick(countries, n * 7 + 3)
  if r == a then r = pick(countries, n + 1) end
  local year = 2016 + (n % 8)
  local month = string.format("%d-%02d", year, (n % 12) + 1)
  local kind = shapes[(n % #shapes) + 1]
  local path
  if kind == 0 then
    path = "/api/events?actor=" .. a .. "&recipient=" .. r .. "&from=" .. month .. "&to=" .. month
  elseif kind == 1 then
    path = "/api/events?actor=" .. a .. "&recipient=" .. r .. "&type=" .. pick(types, n)
  elseif kind == 2 then
    path = "/api/events?type=" .. pick(types, n) .. "&from=" .. month .. "&to=" .. month
  elseif kind == 3 then
    path = "/api/events?actor=" .. a .. "&status=" .. pick(statuses, n) .. "&from=" .. year .. "-01&to=" .. year .. "-12"
  else
    path = "/api/events?recipient=" .. r .. "&cameo=" .. pick(cameos, n) .. "&from=" .. month .. "&to=" .. month
  end
  return wrk.format("GET", path)
end

-- Any answer but 200 is counted per thread; wrk also reports "Non-2xx or 3xx responses".
local failures = 0
function response(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end
