-- Level 11: game chat and in-app purchases.
return {
  id = "game-on-safely",
  title = "Game On, Safely",
  topic = "gaming",
  lesson = "Never swap your password for free game stuff, and ask a grown-up before you buy anything.",
  ages = { 8, 13 },
  difficulty = 7,
  theme = "gamepad",
  physics = { gravity = 0.46, flap = 8.1, terminal = 10, speed = 3.8 },
  links = { "thinkuknow-8-10", "nspcc-online-safety", "internet-matters" },

  messages = {
    { id = "free-coins",
      prompt = "A player says, \"Give me your password and I'll add 1000 free coins!\" What do you do?",
      choices = {
        { text = "Say no, then block and report them", safe = true,
          feedback = "Smart move! No one needs your password to give you coins. Block and report them, and tell a trusted adult." },
        { text = "Give them my password", safe = false,
          feedback = "Free coins sound great! But this is a trick to take your account. Never share your password. Tell a trusted adult." },
      } },
    { id = "buy-gems",
      prompt = "A game says, \"Get 500 gems now! Just tap to pay.\" What do you do?",
      choices = {
        { text = "Ask a grown-up first", safe = true,
          feedback = "Great! Gems and coins can cost real money. Always ask first. A grown-up can also set a lock on buying." },
        { text = "Tap to buy. It's easy", safe = false,
          feedback = "It's easy to tap. But gems cost real money. Always ask the grown-up who pays before you buy anything." },
      } },
    { id = "private-chat",
      prompt = "A friendly player wants to chat on a different app, just the two of you. What do you do?",
      choices = {
        { text = "Move to the new app", safe = false,
          feedback = "They may seem friendly. But asking to chat alone, away from the game, is a warning sign. Stay put, and tell a trusted adult." },
        { text = "Give them my phone number", safe = false,
          feedback = "It's kind to want to be friends. But your number is private. Never share it with someone you only know online. Tell a trusted adult." },
        { text = "Say no, and tell a trusted adult", safe = true,
          feedback = "Well done! People who want to chat alone may not be safe. A trusted adult can help you report it to CEOP." },
      } },
  },

  build = function(b)
    local count, first, spacing = 32, 900, 350
    local gap, width = 205, 115
    local low, high, step = 210, 460, 170
    local moveEvery, amplitude, period = 3, 40, 800
    local wobble = 30
    local labels = { "PLAY", "CHAT", "COINS?", "ASK" }
    local kinds = { "star", "key", "badge" }
    local messageAfter = { [8] = "free-coins", [16] = "buy-gems", [24] = "private-chat" }

    -- Which gates drift up and down: never the first three, never two in a row.
    local moving = {}
    for i = 1, count do moving[i] = moveEvery > 0 and i > 3 and i % moveEvery == 0 end
    -- Gap centres follow a gentle random walk; next to a moving gate the step shrinks
    -- by the drift, so the climb or drop between two gaps never grows too big.
    local ys, y = {}, 330
    for i = 1, count do
      if i > 1 then
        local s = step
        if moving[i] or moving[i - 1] then s = step - amplitude end
        y = math.max(low, math.min(high, y + math.random(0, 2 * s) - s))
      end
      ys[i] = y
    end

    local pickupCount = 0
    for i = 1, count do
      local x = first + (i - 1) * spacing
      local move = nil
      if moving[i] then move = { amplitude = amplitude, period = period } end
      b:gate{ x = x, gap_y = ys[i], gap = gap, width = width, label = labels[(i - 1) % #labels + 1], move = move }
      if i < count then
        local mid = x + spacing // 2
        if messageAfter[i] then
          b:message{ id = messageAfter[i], x = mid }
        elseif i >= 2 and i % 3 == 2 then
          pickupCount = pickupCount + 1
          local py = (ys[i] + ys[i + 1]) // 2 + math.random(0, 2 * wobble) - wobble
          b:pickup{ x = mid, y = py, kind = kinds[(pickupCount - 1) % #kinds + 1], points = 5 }
        end
      end
    end
    b:finish(first + (count - 1) * spacing + 400)
  end,

  on_gate_passed = function(e)
    if e.gate % 10 == 0 then return { score = 5, banner = "Level up! Ten more gates!" } end
    return nil
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Game on, safely!" } end
    return nil
  end,
}
