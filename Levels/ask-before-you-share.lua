-- Level 9: ask before sharing photos, yours and other people's.
return {
  id = "ask-before-you-share",
  title = "Ask Before You Share",
  topic = "photos",
  lesson = "Ask before you share a photo of someone, and never send photos to online strangers.",
  ages = { 8, 13 },
  difficulty = 6,
  theme = "camera",
  physics = { gravity = 0.45, flap = 8, terminal = 10, speed = 3.6 },
  links = { "thinkuknow-11-18", "childline-online-safety", "nspcc-online-safety" },

  messages = {
    { id = "friend-photo",
      prompt = "You took a funny photo of your friend at a party. You want to share it with the class. What do you do?",
      choices = {
        { text = "Ask my friend first", safe = true,
          feedback = "Great choice! Everyone gets to say which photos of them are shared. If they say no, don't share it." },
        { text = "Share it. It's funny", safe = false,
          feedback = "It might make you laugh. But your friend might feel upset. Always ask before you share a photo of someone." },
      } },
    { id = "photo-request",
      prompt = "Someone you met in a game asks for a photo of you. What do you do?",
      choices = {
        { text = "Send one. It's only a photo", safe = false,
          feedback = "It's easy to think that. But photos can be copied and shared, and you can't get them back. Say no, and tell a trusted adult." },
        { text = "Send one without my face", safe = false,
          feedback = "Good that you thought about it. But any photo can give away things about you. Say no, and tell a trusted adult." },
        { text = "Say no, and tell a trusted adult", safe = true,
          feedback = "Well done! Never send photos to people you only know online. If they keep asking, a trusted adult can help you report them." },
      } },
    { id = "photo-of-me",
      prompt = "Someone shares a photo of you that you don't like. It's in the class group chat. What do you do?",
      choices = {
        { text = "Share a silly photo of them back", safe = false,
          feedback = "It's natural to feel upset. But that would hurt them too, and make things worse. Tell a trusted adult instead." },
        { text = "Tell a trusted adult", safe = true,
          feedback = "Good choice. It's not your fault. A trusted adult can help get it taken down. Childline can help too." },
      } },
  },

  build = function(b)
    local count, first, spacing = 30, 900, 360
    local gap, width = 210, 110
    local low, high, step = 210, 460, 160
    local moveEvery, amplitude, period = 4, 35, 800
    local wobble = 25
    local labels = { "ASK", "SNAP?", "SHARE?", "THINK" }
    local kinds = { "star", "heart", "badge" }
    local messageAfter = { [7] = "friend-photo", [15] = "photo-request", [23] = "photo-of-me" }

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
    if e.safe then return { score = 5, banner = "Picture perfect!" } end
    return nil
  end,
}
