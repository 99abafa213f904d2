-- wrk script for scripts/load-test.sh: spreads requests over the mix in load-mix.txt (its path is
-- the first argument after "--"), counts answers that do not have the expected status, and prints
-- a one-screen summary. Exits 1 when anything went wrong (socket errors or unexpected statuses).
--
-- How a status is checked: wrk does not tell which request a response answers (a thread runs many
-- connections), so each response is checked on its own (a 303 must be a dereference, i.e. carry
-- a Location to /doc/...; everything else must be 200) and, at the end, the number of 303s
-- received is reconciled with the number of /id requests sent: a shortfall larger than the
-- requests still in flight when wrk stopped counts as errors too (an /id answered 200, say).

local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

local function read_mix(file)
   local mix = {}
   local f = assert(io.open(file, "r"), "cannot open the mix file " .. tostring(file))
   for line in f:lines() do
      if not line:match("^%s*#") and line:match("%S") then
         local fields = {}
         for word in line:gmatch("%S+") do table.insert(fields, word) end
         local weight, status, path = tonumber(fields[1]), tonumber(fields[2]), fields[3]
         assert(weight and status and path, "bad line in " .. file .. ": " .. line)
         local headers = {}
         for i = 4, #fields do
            local name, value = fields[i]:match("^([^:]+):(.+)$")
            assert(name, "bad header '" .. fields[i] .. "' in " .. file)
            headers[name] = value
         end
         local req = wrk.format("GET", path, headers)
         for _ = 1, weight do table.insert(mix, {req = req, status = status}) end
      end
   end
   f:close()
   assert(#mix > 0, "no requests in " .. file)
   return mix
end

function init(args)
   mix = read_mix(args[1] or "scripts/load-mix.txt")
   -- threads start at different places in the cycle, so the mix is spread from the first second
   next_index = (id * 7) % #mix
   sent, sent303, got, got303, unexpected = 0, 0, 0, 0, 0
   bad = {}
end

function request()
   next_index = next_index % #mix + 1
   local r = mix[next_index]
   sent = sent + 1
   if r.status == 303 then sent303 = sent303 + 1 end
   return r.req
end

function response(status, headers, body)
   got = got + 1
   local location = headers["Location"] or headers["location"]
   if status == 303 and location and location:find("/doc/", 1, true) then
      got303 = got303 + 1
   elseif status ~= 200 then
      unexpected = unexpected + 1
      bad[status] = (bad[status] or 0) + 1
   end
end

function done(summary, latency, requests)
   local sent_all, sent303_all, got_all, got303_all, unexpected_all = 0, 0, 0, 0, 0
   local statuses = {}
   for _, t in ipairs(threads) do
      sent_all = sent_all + t:get("sent")
      sent303_all = sent303_all + t:get("sent303")
      got_all = got_all + t:get("got")
      got303_all = got303_all + t:get("got303")
      unexpected_all = unexpected_all + t:get("unexpected")
      for status, n in pairs(t:get("bad")) do statuses[status] = (statuses[status] or 0) + n end
   end
   local in_flight = sent_all - got_all
   local missing303 = math.max(0, (sent303_all - got303_all) - in_flight)
   local e = summary.errors
   local socket = e.connect + e.read + e.write + e.timeout
   local errors = socket + unexpected_all + missing303
   local seconds = summary.duration / 1e6
   local ms = function(us) return string.format("%.2f ms", us / 1000) end

   io.write("\n--- Sifara load mix ---\n")
   io.write(string.format("requests/s  %.1f\n", summary.requests / seconds))
   io.write(string.format("latency     p50 %s  p90 %s  p99 %s  max %s\n", ms(latency:percentile(50)),
      ms(latency:percentile(90)), ms(latency:percentile(99)), ms(latency.max)))
   io.write(string.format("requests    %d in %.1f s (%d dereferences answered 303 of %d sent, %d in flight at the end)\n",
      summary.requests, seconds, got303_all, sent303_all, in_flight))
   io.write(string.format("errors      %d (socket: connect %d, read %d, write %d, timeout %d; unexpected status %d; missing 303 %d)\n",
      errors, e.connect, e.read, e.write, e.timeout, unexpected_all, missing303))
   for status, n in pairs(statuses) do
      io.write(string.format("            status %d: %d responses\n", status, n))
   end
   io.flush()
   if errors > 0 then os.exit(1) end
end
