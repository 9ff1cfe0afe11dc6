-- wrk script: POST /api/code with one 30-word sentence (the seed article's second sentence, shortened).
-- wrk -t2 -c8 -d30s --latency -s bench/load/code.lua http://127.0.0.1:5080/api/code  (figures: docs/server.md)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"text": "Russia supplied anti-aircraft missiles to North Korea in exchange for sending troops to support Moscow in the war against Ukraine, South Korean national security director Shin Won-sik said on Friday.", "date": "2024-11-22"}'

-- Any answer but 200 is counted per thread; wrk also reports "Non-2xx or 3xx responses".
local failures = 0
function response(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end
