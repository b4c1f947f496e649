-- wrk script for the look-up API benchmark: every request asks for a random one of N accounts (acct<i>.com),
-- with the benchmark's key. N comes from the environment (ACCOUNTS, default 1000000).
-- DELAY_MS (optional, whole milliseconds) makes each connection wait that long after an answer before its next
-- request, to hold the rate near connections * 1000 / (DELAY_MS + latency) instead of the most the server takes.
local accounts = tonumber(os.getenv("ACCOUNTS") or "1000000")
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
math.randomseed(42)

-- The request text is put together here rather than with wrk.format for each request: wrk shares the server's
-- cores, and its time per request counts against the server's.
local head = "GET /api/v1/accounts/lookup?domain=acct"
local tail = ".com HTTP/1.1\r\nHost: " .. (wrk.host or "127.0.0.1") .. ":" .. (wrk.port or "8089")
        .. "\r\nX-Api-Key: bench-key\r\n\r\n"

request = function()
  return head .. math.random(0, accounts - 1) .. tail
end

if delay_ms > 0 then
  delay = function()
    return delay_ms
  end
end
