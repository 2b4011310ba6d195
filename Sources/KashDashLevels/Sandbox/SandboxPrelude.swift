/// Lua run once in every new level state, before the level's own chunk.
///
/// It is trusted code. It takes away what a level must not reach, and replaces what would let
/// a level's outcome depend on something other than its seed (see docs/LEVELS.md, "Sandbox").
/// Errors it raises use `error(msg, 2)` so they name the level's line, not this chunk's.
enum SandboxPrelude {
    static let source = #"""
    local natives = ...
    local type, error, rawget, rawset, select = type, error, rawget, rawset, select
    local setmetatable_raw, getmetatable, tostring_raw = setmetatable, getmetatable, tostring
    local next_raw, table_sort, table_concat, table_move = next, table.sort, table.concat, table.move
    local string_format, string_byte = string.format, string.byte

    local function unavailable(name, why)
      return function()
        error(name .. " is not available in level scripts" .. (why and (": " .. why) or ""), 2)
      end
    end

    -- Libraries and functions a level may not reach. They are gone, and touching one says why.
    local forbidden = {
      io = "levels cannot read or write files",
      os = "levels cannot use the operating system (clock, files, environment)",
      debug = "the debug library can break out of the sandbox",
      package = "levels cannot load modules",
      require = "levels cannot load modules; put everything in the one file",
      load = "levels cannot compile code at run time",
      loadstring = "levels cannot compile code at run time",
      dofile = "levels cannot run other files",
      loadfile = "levels cannot run other files",
      collectgarbage = "memory is managed by the game",
      coroutine = "coroutines are not part of the level API",
      warn = "use print while writing a level",
      setfenv = "this is Lua 5.4; environments cannot be changed",
      getfenv = "this is Lua 5.4; environments cannot be changed",
      module = "levels cannot define modules",
      unpack = "use table.unpack",
    }
    for name in next_raw, forbidden do rawset(_G, name, nil) end
    string.dump = unavailable("string.dump", "levels are text, never compiled bytecode")
    local pattern_why = "Lua patterns can run for a very long time outside the instruction budget"
    string.find = unavailable("string.find", pattern_why)
    string.match = unavailable("string.match", pattern_why)
    string.gmatch = unavailable("string.gmatch", pattern_why)
    string.gsub = unavailable("string.gsub", pattern_why)

    -- One generator for the whole run, seeded by the engine.
    math.random = natives.random
    math.randomseed = unavailable("math.randomseed", "math.random is seeded by the game, so a seed fixes the level")
    local libm_why = "its last digits can differ between computers, which would change the level; use whole numbers and math.random"
    for _, name in next_raw, { "sin", "cos", "tan", "asin", "acos", "atan", "exp", "log" } do
      math[name] = unavailable("math." .. name, libm_why)
    end

    -- A script may not mark objects for finalisation: finalisers run with hooks switched off,
    -- so the instruction budget could not stop them.
    function setmetatable(t, mt)
      if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
        error("__gc metamethods are not allowed in level scripts", 2)
      end
      return setmetatable_raw(t, mt)
    end

    -- xpcall whose handler runs after the failed call has unwound. Lua runs a message
    -- handler at the point of the error, and after an error raised by the budget hook it
    -- runs with hooks still off: an endless handler could never be stopped.
    local pcall_raw, table_pack, table_unpack = pcall, table.pack, table.unpack
    function xpcall(f, handler, ...)
      local results = table_pack(pcall_raw(f, ...))
      if results[1] then return table_unpack(results, 1, results.n) end
      local _, value = pcall_raw(handler, results[2])
      return false, value
    end

    -- tostring without memory addresses (they change from run to run).
    local function describe(v)
      local kind = type(v)
      if kind == "table" or kind == "function" or kind == "userdata" or kind == "thread" then
        local mt = getmetatable(v)
        if type(mt) == "table" and (rawget(mt, "__tostring") ~= nil or rawget(mt, "__name") ~= nil) then
          return tostring_raw(v)
        end
        return kind
      end
      return tostring_raw(v)
    end
    tostring = describe

    function print(...)
      local parts = {}
      for i = 1, select("#", ...) do parts[i] = describe((select(i, ...))) end
      natives.log(table_concat(parts, "\t"))
    end

    -- string.format: no %p (an address), and tables printed without addresses.
    function string.format(fmt, ...)
      if type(fmt) == "string" then
        local i, n = 1, #fmt
        while i <= n do
          if string_byte(fmt, i) == 37 then -- '%'
            i = i + 1
            while i <= n do
              local c = string_byte(fmt, i)
              if not (c == 45 or c == 43 or c == 32 or c == 35 or c == 46 or (c >= 48 and c <= 57)) then break end
              i = i + 1
            end
            if string_byte(fmt, i) == 112 then error("string.format: %p is not available in level scripts", 2) end
          end
          i = i + 1
        end
      end
      local count = select("#", ...)
      local args = { ... }
      for i = 1, count do
        local kind = type(args[i])
        if kind == "table" or kind == "function" then args[i] = describe(args[i]) end
      end
      return string_format(fmt, table.unpack(args, 1, count))
    end

    -- table.move runs in C, where the instruction budget cannot see it: keep each call small.
    function table.move(a1, f, e, t, a2)
      if type(f) == "number" and type(e) == "number" and e - f >= 1000000 then
        error("table.move: at most 1,000,000 elements at a time in level scripts", 2)
      end
      return table_move(a1, f, e, t, a2)
    end

    -- pairs and next in a fixed order (numbers, then strings, then booleans), so that no
    -- outcome can depend on Lua's hash order, which changes from run to run.
    local rank = { number = 1, string = 2, boolean = 3 }
    local function before(a, b)
      local ra, rb = rank[type(a)], rank[type(b)]
      if ra ~= rb then return ra < rb end
      if ra == 3 then return (not a) and b end
      return a < b
    end
    local function ordered_keys(t, level)
      local keys, n = {}, 0
      local k = next_raw(t)
      while k ~= nil do
        if not rank[type(k)] then
          error("pairs/next: this table has " .. type(k) .. " keys, whose order changes from run to run; use an array and ipairs", level)
        end
        n = n + 1
        keys[n] = k
        k = next_raw(t, k)
      end
      table_sort(keys, before)
      return keys, n
    end

    function pairs(t)
      local mt = getmetatable(t)
      if type(mt) == "table" then
        local custom = rawget(mt, "__pairs")
        if custom ~= nil then
          local f, s, c = custom(t)
          return f, s, c
        end
      end
      if type(t) ~= "table" then error("bad argument #1 to 'pairs' (table expected, got " .. type(t) .. ")", 2) end
      local keys, n = ordered_keys(t, 3)
      local i = 0
      return function()
        while i < n do
          i = i + 1
          local k = keys[i]
          local v = rawget(t, k)
          if v ~= nil then return k, v end
        end
        return nil
      end, t, nil
    end

    function next(t, k)
      if type(t) ~= "table" then error("bad argument #1 to 'next' (table expected, got " .. type(t) .. ")", 2) end
      local keys, n = ordered_keys(t, 3)
      local i = 0
      if k ~= nil then
        while i < n and keys[i + 1] ~= k do i = i + 1 end
        if i == n then error("invalid key to 'next'", 2) end
        i = i + 1
      end
      while i < n do
        i = i + 1
        local v = rawget(t, keys[i])
        if v ~= nil then return keys[i], v end
      end
      return nil
    end

    -- b:course{ ... }: the common layout (docs/LEVELS.md, "b:course"), built from ordinary
    -- b:gate/b:pickup/b:message/b:finish calls and the same seeded generator. Its errors use
    -- no position: the error handler and the builder both find the line of level code,
    -- which is the b:course call.
    local random, builder, math_type, math_max, math_min = natives.random, natives.builder, math.type, math.max, math.min
    local course_fields = {
      count = true, first = true, spacing = true, gap = true, width = true, low = true, high = true,
      step = true, start_y = true, move_every = true, amplitude = true, period = true, wobble = true,
      labels = true, pickup_kinds = true, pickup_every = true, pickup_points = true,
      messages_after = true, finish_after = true,
    }
    local function course_fail(message) error("b:course." .. message, 0) end
    local function course_number(o, key, default, whole, min)
      local v = rawget(o, key)
      if v == nil then
        if default == nil then course_fail(key .. ": missing (expected a number)") end
        return default
      end
      if type(v) ~= "number" then course_fail(key .. ": expected a number, got " .. type(v)) end
      if whole and math_type(v) ~= "integer" then
        if v ~= v // 1 then course_fail(key .. ": expected a whole number, got " .. tostring_raw(v)) end
        v = v // 1
      end
      if min and v < min then course_fail(key .. ": must be at least " .. tostring_raw(min) .. ", got " .. tostring_raw(v)) end
      return v
    end
    local function course_strings(o, key, default)
      local v = rawget(o, key)
      if v == nil then return default end
      if type(v) ~= "table" then course_fail(key .. ": expected a list of strings, got " .. type(v)) end
      local n = #v
      local k = next_raw(v)
      while k ~= nil do
        if math_type(k) ~= "integer" or k < 1 or k > n then course_fail(key .. ": should be a list, but has the key " .. tostring_raw(k)) end
        if type(v[k]) ~= "string" then course_fail(key .. "[" .. k .. "]: expected a string, got " .. type(v[k])) end
        k = next_raw(v, k)
      end
      return v
    end

    builder.course = function(b, o)
      if b ~= builder or type(o) ~= "table" then error("call it with a colon and one table: b:course{ ... }", 2) end
      local keys = {}
      local k = next_raw(o)
      while k ~= nil do
        if type(k) ~= "string" then error("b:course: has list entries where only named fields belong", 0) end
        keys[#keys + 1] = k
        k = next_raw(o, k)
      end
      table_sort(keys)
      for i = 1, #keys do
        local key = keys[i]
        if not course_fields[key] then
          local known = {}
          for name in next_raw, course_fields do known[#known + 1] = name end
          table_sort(known)
          course_fail(key .. ": unknown field '" .. key .. "' (fields: " .. table_concat(known, ", ") .. ")")
        end
      end
      local count = course_number(o, "count", nil, true, 1)
      local first = course_number(o, "first", 900)
      local spacing = course_number(o, "spacing", nil, false, 1)
      local gap = course_number(o, "gap", 220)
      local width = course_number(o, "width", 110)
      local low = course_number(o, "low", nil)
      local high = course_number(o, "high", nil)
      if high < low then course_fail("high: must be at least low (" .. tostring_raw(low) .. ")") end
      local step = course_number(o, "step", nil, true, 0)
      local y = course_number(o, "start_y", 330)
      local moveEvery = course_number(o, "move_every", 0, true, 0)
      if moveEvery == 1 then course_fail("move_every: 0 (no moving gates) or at least 2; two moving gates are never next to each other") end
      local amplitude = course_number(o, "amplitude", 0, true, 0)
      if moveEvery > 0 and amplitude > step then course_fail("amplitude: at most step (" .. step .. "), since steps next to a moving gate shrink by it") end
      local period = course_number(o, "period", 600)
      local wobble = course_number(o, "wobble", 0, true, 0)
      local labels = course_strings(o, "labels", {})
      local kinds = course_strings(o, "pickup_kinds", { "star" })
      local pickupEvery = course_number(o, "pickup_every", 3, true, 0)
      if pickupEvery > 0 and #kinds == 0 then course_fail("pickup_kinds: needs at least one kind (or set pickup_every = 0)") end
      local points = course_number(o, "pickup_points", 5)
      local finishAfter = course_number(o, "finish_after", 400)
      local messageAfter = rawget(o, "messages_after") or {}
      if type(messageAfter) ~= "table" then course_fail("messages_after: expected a table such as { [5] = \"id\" }, got " .. type(messageAfter)) end
      k = next_raw(messageAfter)
      while k ~= nil do
        if math_type(k) ~= "integer" or k < 1 or k >= count then
          course_fail("messages_after: key " .. tostring_raw(k) .. " must be a gate number from 1 to count - 1 (" .. (count - 1) .. ")")
        end
        if type(messageAfter[k]) ~= "string" then course_fail("messages_after[" .. k .. "]: expected a message id, got " .. type(messageAfter[k])) end
        k = next_raw(messageAfter, k)
      end

      -- Which gates drift up and down: never the first three, never two in a row.
      local moving = {}
      for i = 1, count do moving[i] = moveEvery > 0 and i > 3 and i % moveEvery == 0 end
      -- Gap centres follow a gentle random walk; next to a moving gate the step shrinks
      -- by the drift, so the climb or drop between two gaps never grows too big.
      local ys = {}
      for i = 1, count do
        if i > 1 then
          local s = step
          if moving[i] or moving[i - 1] then s = step - amplitude end
          y = math_max(low, math_min(high, y + random(0, 2 * s) - s))
        end
        ys[i] = y
      end
      -- Messages and pickups go midway between gates; a message takes the place of a pickup.
      local pickupCount = 0
      for i = 1, count do
        local x = first + (i - 1) * spacing
        local move = nil
        if moving[i] then move = { amplitude = amplitude, period = period } end
        local label = nil
        if #labels > 0 then label = labels[(i - 1) % #labels + 1] end
        b:gate{ x = x, gap_y = ys[i], gap = gap, width = width, label = label, move = move }
        if i < count then
          local mid = x + spacing // 2
          if messageAfter[i] then
            b:message{ id = messageAfter[i], x = mid }
          elseif pickupEvery > 0 and i >= 2 and (i - 2) % pickupEvery == 0 then
            pickupCount = pickupCount + 1
            local py = (ys[i] + ys[i + 1]) // 2 + random(0, 2 * wobble) - wobble
            b:pickup{ x = mid, y = py, kind = kinds[(pickupCount - 1) % #kinds + 1], points = points }
          end
        end
      end
      b:finish(first + (count - 1) * spacing + finishAfter)
    end

    -- Touching a forbidden global says why, instead of "attempt to index a nil value".
    setmetatable_raw(_G, {
      __metatable = false,
      __index = function(_, name)
        local why = forbidden[name]
        if why then error("'" .. tostring_raw(name) .. "' is not available in level scripts: " .. why, 2) end
        return nil
      end,
    })
    """#
}
