-- wrk script for the look-up API benchmark: every request asks for a random one of N accounts (acct<i>.com),
-- with the benchmark's key. N comes from the environment (ACCOUNTS, default 1000000).
local accounts = tonumber(os.getenv("ACCOUNTS") or "1000000")
math.randomseed(42)
wrk.headers["X-Api-Key"] = "bench-key"
request = function()
  return wrk.format("GET", "/api/v1/accounts/lookup?domain=acct" .. math.random(0, accounts - 1) .. ".com")
end
