-- wrk script: GET /customers/history of a random customer of src/bench/tickets.sql's numbering (phone
-- +86139 and eight digits of the ticket's number), the token from the environment (TOKEN).
local token = os.getenv("TOKEN")
local customers = tonumber(os.getenv("CUSTOMERS") or 1000000)

function request()
  return wrk.format("GET", string.format("/api/v1/customers/history?phone=%%2B86139%08d", math.random(1, customers)),
    { ["Authorization"] = "Bearer " .. token })
end
