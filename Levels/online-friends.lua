-- Level 4: online friends are still strangers.
return {
  id = "online-friends",
  title = "Online Friends",
  topic = "online-friends",
  lesson = "Online friends are still strangers: never meet them, and tell a trusted adult if they ask.",
  ages = { 7, 12 },
  difficulty = 3,
  theme = "chat",
  lives = 4,
  physics = { gravity = 0.42, flap = 7.7, terminal = 9.5, speed = 3.2 },
  links = { "thinkuknow-8-10", "thinkuknow-11-18", "ceop-report" },

  messages = {
    { id = "friend-request",
      prompt = "Someone you don't know sends you a friend request. They ask which school you go to. What do you do?",
      choices = {
        { text = "Tell them my school", safe = false,
          feedback = "It's kind to want to be friendly. But we can't know who they really are. Don't reply. Tell a trusted adult." },
        { text = "Don't reply, and tell a trusted adult", safe = true,
          feedback = "Well done! Never share your school online. A trusted adult can help you block and report them." },
        { text = "Add them, but keep my school secret", safe = false,
          feedback = "Keeping your school private is good. But only add people you know in real life. Tell a trusted adult about it." },
      } },
    { id = "same-age",
      prompt = "A new online friend says they are 10, just like you. Their picture shows a child. Are they really 10?",
      choices = {
        { text = "I can't be sure who they are", safe = true,
          feedback = "That's right. People can pretend online. Be careful what you share, and tell a trusted adult if things feel odd." },
        { text = "Yes, the picture shows it", safe = false,
          feedback = "It looks that way. But pictures can be fake. Anyone can use a picture of someone else. They are still a stranger." },
      } },
    { id = "meet-up",
      prompt = "Your game friend asks to meet you at the park. They say, \"Don't tell anyone.\" What do you do?",
      choices = {
        { text = "Go, but take a friend", safe = false,
          feedback = "Thinking about safety is good. But two children on their own is still not safe. Don't go. Tell a trusted adult." },
        { text = "Go on my own", safe = false,
          feedback = "They may seem nice, but they are still a stranger. Never go to meet them. Tell a trusted adult. You won't be in trouble." },
        { text = "Don't go, and tell a trusted adult", safe = true,
          feedback = "Yes! Never go to meet someone you only know online. Asking you to keep it secret is a warning sign. Telling keeps you safe." },
      } },
  },

  build = function(b)
    local count, first, spacing = 20, 900, 400
    local gap, width = 245, 105
    local low, high, step = 230, 440, 125
    local moveEvery, amplitude, period = 0, 0, 600
    local wobble = 10
    local labels = { "FRIEND?", "WHO?", "STRANGER", "REAL?" }
    local kinds = { "shield", "heart", "star" }
    local messageAfter = { [5] = "friend-request", [11] = "same-age", [16] = "meet-up" }

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

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Safe choice!" } end
    return nil
  end,
}
