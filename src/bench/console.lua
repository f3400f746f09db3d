-- wrk script for a console page read with a session cookie (-H "Cookie: q_session=…"): prints how many answers were
-- not 200 (wrk's own count takes only 4xx and 5xx, so redirects to the sign-in page would pass as fast answers) and
-- how many renewed the session cookie (the ID token had expired and Quarkus refreshed it at the IdP, on every
-- request, since wrk keeps sending the old cookie).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_ok = 0
  renewed = 0
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
  for name, value in pairs(headers) do
    if name:lower() == "set-cookie" and value:find("q_session", 1, true) then
      renewed = renewed + 1
    end
  end
end

function done(summary, latency, requests)
  local bad, renewals = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not_ok")
    renewals = renewals + thread:get("renewed")
  end
  io.write(string.format("not 200: %d\nsession renewed: %d\n", bad, renewals))
end
