-- wrk script: realistic intakes (random customer, category, vulnerability, channel), each with its own
-- Idempotency-Key; the token comes from the environment (TOKEN).
local token = os.getenv("TOKEN")
local categories = { "INDOOR_TEMPERATURE_LOW", "NO_HEATING", "RADIATOR_LEAK", "HEATING_FEE", "SERVICE_ATTITUDE",
  "REPAIR_DELAY", "OTHER" }
local vulnerabilities = { "[]", "[]", "[]", "[\"ELDERLY_ALONE\"]", "[\"INFANT_OR_CHILD\"]" }
local channels = { "HOTLINE", "HOTLINE", "HOTLINE", "APP", "WECHAT", "GOV_HOTLINE_12345" }
local counter = 0
-- two wrk processes must not draw the same customers and keys: each gets its own SEED
math.randomseed(tonumber(os.getenv("SEED") or os.time()))

function setup(thread)
  thread:set("id", math.random(1, 1000000))
end

function request()
  counter = counter + 1
  local n = math.random(0, 99999999)
  local body = string.format([[{"utility":"HEATING","channel":"%s","category":"%s",
"customer":{"name":"王秀英","phone":"139%08d","accountNo":"HT-%08d","vulnerabilities":%s,"language":"zh"},
"address":"幸福小区 %d号楼 2单元 501","areaCode":"XF-%03d","description":"暖气不热，室温只有15度，家中有老人",
"occurredAt":"2026-11-20T08:00:00Z","severity":null,"severityReason":null}]],
    channels[math.random(#channels)], categories[math.random(#categories)], n, n,
    vulnerabilities[math.random(#vulnerabilities)], math.random(1, 40), math.random(1, 500))
  return wrk.format("POST", "/api/v1/tickets", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%d-%d-%d", id, counter, n)
  }, body)
end
