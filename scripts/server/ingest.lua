-- wrk script: POST /api/v1/events batches with unique batch ids (one id per request).
-- Batch size from the BATCH environment variable (default 500). Counts non-201 answers.
local threads = {}
local batch_size = tonumber(os.getenv("BATCH") or "500")

function setup(thread)
    thread:set("tid", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    counter = 0
    rejected = 0
    local day = os.date("!%Y-%m-%d")
    local kinds = {
        '{"kind":"level_finished","day":"' .. day .. '","level":"tell-an-adult"}',
        '{"kind":"link_shown","day":"' .. day .. '","link":"childline"}',
        '{"kind":"message_answered_unsafe","day":"' .. day .. '","message":"friend-request","level":"tell-an-adult"}',
        '{"kind":"message_answered_safe","day":"' .. day .. '","message":"strong-password","level":"passwords"}',
    }
    local events = {}
    for i = 1, batch_size do events[i] = kinds[(i % #kinds) + 1] end
    body_tail = '","source":"kiosk","app_version":"1.0.0","events":[' .. table.concat(events, ",") .. ']}'
    run_id = tostring(os.time()) .. "-" .. tostring(math.random(1, 1000000))
end

function request()
    counter = counter + 1
    local id = string.format("wrk-%s-%d-%09d", run_id, tid, counter)
    return wrk.format("POST", "/api/v1/events", { ["Content-Type"] = "application/json" },
        '{"batch_id":"' .. id .. body_tail)
end

function response(status, headers, body)
    if status ~= 201 then rejected = rejected + 1 end
end

function done(summary, latency, requests)
    local refused = 0
    for _, thread in ipairs(threads) do refused = refused + thread:get("rejected") end
    local seconds = summary.duration / 1e6
    io.write(string.format("batches: %d (%d not 201), events/s: %.0f (batch size %d)\n",
        summary.requests, refused, (summary.requests - refused) * batch_size / seconds, batch_size))
end
