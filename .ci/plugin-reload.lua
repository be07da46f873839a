-- wrk script for .ci/plugin-reload: alternates Tokens::list and TwoFactorAuth::get_user_configuration with
-- the token in UAPI_TOKEN, and counts every answer that is not HTTP 200 with an envelope of status 1.
local paths = {"/execute/Tokens/list", "/execute/TwoFactorAuth/get_user_configuration"}
wrk.headers["Authorization"] = "cpanel alice:" .. os.getenv("UAPI_TOKEN")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  sent, not_ok, plugin_ok, tokens_ok = 0, 0, 0, 0
end

function request()
  sent = sent + 1
  return wrk.format("GET", paths[sent % 2 + 1])
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, '"status"%s*:%s*1[,}]') then
    not_ok = not_ok + 1
  elseif string.find(body, '"is_enabled"', 1, true) then
    plugin_ok = plugin_ok + 1
  else
    tokens_ok = tokens_ok + 1
  end
end

function done(summary, latency, requests)
  local bad, plugin, tokens = 0, 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not_ok")
    plugin = plugin + thread:get("plugin_ok")
    tokens = tokens + thread:get("tokens_ok")
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d socket_errors=%d non_2xx=%d not_status_1=%d plugin_ok=%d tokens_ok=%d p99_ms=%.1f\n",
    summary.requests, e.connect + e.read + e.write + e.timeout, e.status, bad, plugin, tokens,
    latency:percentile(99) / 1000))
end
