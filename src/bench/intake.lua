-- wrk script: realistic intakes (random customer, category, vulnerability, channel), each with its own
-- Idempotency-Key; the token comes from the environment (TOKEN).
local token = os.getenv("TOKEN")
local categories = { "INDOOR_TEMPERATURE_LOW", "NO_HEATING", "RADIATOR_LEAK", "HEATING_FEE", "SERVICE_ATTITUDE",
  "REPAIR_DELAY", "OTHER" }
local vulnerabilities = { "[]", "[]", "[]", "[\"ELDERLY_ALONE\"]", "[\"INFANT_OR_CHILD\"]" }
local channels = { "HOTLINE", "HOTLINE", "HOTLINE", "APP", "WECHAT", "GOV_HOTLINE_12345" }
local counter = 0
-- compounds the customers live in (AREAS, default 500): few of them make every intake race into a hotspot
local areas = tonumber(os.getenv("AREAS") or 500)
-- two wrk processes must not draw the same customers and keys: each gets its own SEED
local seed = tonumber(os.getenv("SEED") or os.time())
math.randomseed(seed)
-- about one intake in ten is a customer calling again (a repeat complaint, sometimes the third: escalated)
local recent = {}
local REPEAT_SHARE = 0.1

function setup(thread)
  thread:set("id", math.random(1, 1000000))
end

-- each thread has its own Lua state: without its own seed every thread would draw the same customers
function init(args)
  math.randomseed(seed + id)
end

local drawn = 0

local function customer()
  if drawn > 0 and math.random() < REPEAT_SHARE then
    return recent[math.random(math.min(drawn, 200))]
  end
  local n = math.random(0, 99999999)
  recent[(drawn % 200) + 1] = n
  drawn = drawn + 1
  return n
end

function request()
  counter = counter + 1
  local n = customer()
  local body = string.format([[{"utility":"HEATING","channel":"%s","category":"%s",
"customer":{"name":"王秀英","phone":"139%08d","accountNo":"HT-%08d","vulnerabilities":%s,"language":"zh"},
"address":"幸福小区 %d号楼 2单元 501","areaCode":"XF-%03d","description":"暖气不热，室温只有15度，家中有老人",
"occurredAt":"2026-11-20T08:00:00Z","severity":null,"severityReason":null}]],
    channels[math.random(#channels)], categories[math.random(#categories)], n, n,
    vulnerabilities[math.random(#vulnerabilities)], math.random(1, 40), math.random(1, areas))
  return wrk.format("POST", "/api/v1/tickets", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%d-%d-%d", id, counter, n)
  }, body)
end
