-- wrk script for src/e2e/compose-stack: the benchmark's intakes (src/bench/intake.lua, each with its own
-- Idempotency-Key), sent again with the same key after a 502, 503 or 504, as a client behind the proxy would.
-- Run with one connection per thread (-t N -c N): a thread's answers then come in the order of its requests.
-- Each thread writes one line per answer to $OUT/<thread>.txt: key, status, ticket id, attempt, instance, time (s).
dofile("src/bench/intake.lua")
local fresh, setup_intake, init_intake = request, setup, init
local MAX_ATTEMPTS = 100
local current, attempt, again, log

function setup(thread)
  setup_intake(thread)
end

function init(args)
  init_intake(args)
  log = assert(io.open(os.getenv("OUT") .. "/" .. id .. ".txt", "w"))
end

function delay()
  if again then return 200 end
  return 0
end

function request()
  if not again then
    current, attempt = fresh(), 0
  end
  again = false
  attempt = attempt + 1
  return current
end

function response(status, headers, body)
  local key = current:match("Idempotency%-Key: ([^\r\n]+)")
  local ticket = (status >= 200 and status < 300) and body:match('^{"id":"([^"]+)"') or "-"
  log:write(string.format("%s %d %s %d %s %d\n", key, status, ticket, attempt, headers["X-Upstream"] or "-", os.time()))
  log:flush()
  again = (status == 502 or status == 503 or status == 504) and attempt < MAX_ATTEMPTS
end
