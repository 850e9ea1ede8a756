-- 80 % reads (the feed, an organization with its events), 20 % writes (new organizations), with
-- the editor key. Counts as failed every response that is not 200 or carries GraphQL errors.
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  failures = 0
  n = 0
end

local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer bench-key" }
local feed = '{"query":"{ articles(first: 20) { edges { node { id title publishedAt organizations { name } events { title kind } } } } }"}'
local byName = '{"query":"{ organizationByName(name: \\"Kaspersky\\") { name aliases events(first: 20) { edges { node { title occurredOn consequences { title } } } } } }"}'

function request()
  n = n + 1
  local body
  if n % 5 == 0 then
    body = '{"query":"mutation($n: String!) { createOrganization(input: {name: $n, kind: OTHER}) { id version } }",'
        .. '"variables":{"n":"Mixed load t' .. tid .. ' n' .. n .. ' ' .. os.time() .. '"}}'
  elseif n % 2 == 0 then
    body = feed
  else
    body = byName
  end
  return wrk.format("POST", "/graphql", headers, body)
end

function response(status, hdrs, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
  end
  io.write(string.format("requests: %d in %.1f s = %.0f req/s; failed (non-200 or GraphQL errors): %d; socket errors: %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
