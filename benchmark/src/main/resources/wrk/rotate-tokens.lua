-- Each request carries the bearer token of the next member in the list (the file named by the first script
-- argument, one access token a line); each wrk thread starts at its own place in the list.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("offset", threads * 7)
end

local tokens = {}
local next_token = 1

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      tokens[#tokens + 1] = line
    end
  end
  next_token = (offset or 0) % #tokens + 1
end

function request()
  local token = tokens[next_token]
  next_token = next_token % #tokens + 1
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. token })
end
