-- wrk script: GET /tickets with a realistic mix of filters (status, severity, area, owner, phone, breached), the
-- token from the environment (TOKEN).
local token = os.getenv("TOKEN")
local statuses = { "ACCEPTED", "INVESTIGATING", "NEGOTIATING", "COMPENSATING", "FOLLOWING_UP" }
local severities = { "URGENT", "IMPORTANT", "ROUTINE" }

function request()
  local r = math.random(1, 6)
  local query
  if r == 1 then
    query = "status=" .. statuses[math.random(#statuses)] .. "&severity=" .. severities[math.random(#severities)]
  elseif r == 2 then
    query = "area=AREA-" .. math.random(0, 799)
  elseif r == 3 then
    query = "owner=agent." .. math.random(0, 59) .. "&status=" .. statuses[math.random(#statuses)]
  elseif r == 4 then
    query = string.format("phone=139%08d", math.random(1, 1000000))
  elseif r == 5 then
    query = "breached=true"
  else
    query = "limit=50"
  end
  return wrk.format("GET", "/api/v1/tickets?" .. query, { ["Authorization"] = "Bearer " .. token })
end
