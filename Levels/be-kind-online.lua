-- Level 8: be kind online. The first level with gates that drift up and down.
return {
  id = "be-kind-online",
  title = "Be Kind Online",
  topic = "kindness",
  lesson = "Be kind online: think before you post, and don't join in when someone is being unkind.",
  ages = { 7, 13 },
  difficulty = 5,
  theme = "heart",
  links = { "childnet-young-people", "uk-safer-internet-centre", "childline" },

  messages = {
    { id = "mean-joke",
      prompt = "In a group chat, someone posts a mean joke about a classmate. Others add laughing faces. What do you do?",
      choices = {
        { text = "Add a laughing face too", safe = false,
          feedback = "It's hard to be the only one not joining in. But a laugh can still hurt. Don't join in. Tell a trusted adult." },
        { text = "Don't join in, and tell a trusted adult", safe = true,
          feedback = "That's kind and brave! Not joining in helps. A trusted adult can help stop it. You could check your classmate is OK too." },
        { text = "Leave the chat and say nothing", safe = false,
          feedback = "Leaving is better than joining in. But your classmate may need help. Tell a trusted adult what you saw." },
      } },
    { id = "cross-after-losing",
      prompt = "You lose a game online. You feel cross and want to type something mean. What do you do?",
      choices = {
        { text = "Take a break before I type", safe = true,
          feedback = "Great idea! Everyone feels cross sometimes. A break helps you calm down, so you don't say things you'll be sorry for." },
        { text = "Type it. They won't know it's me", safe = false,
          feedback = "It's OK to feel cross. But mean words hurt, even online. There's a real person on the other side." },
      } },
    { id = "kind-comment",
      prompt = "Your friend shares a drawing they made. What could you say?",
      choices = {
        { text = "\"Wow, I love the colours!\"", safe = true,
          feedback = "Lovely! Kind words make people feel good, online and off." },
        { text = "\"That's rubbish.\"", safe = false,
          feedback = "That could make your friend sad. Think, \"Would I say this to their face?\" Try something kind instead." },
      } },
  },

  build = function(b)
    local count, first, spacing = 26, 900, 375
    local gap, width = 225, 110
    local low, high, step = 215, 455, 150
    local moveEvery, amplitude, period = 4, 30, 800
    local wobble = 25
    local labels = { "KIND", "THINK", "NICE", "CARE" }
    local kinds = { "heart", "star", "badge" }
    local messageAfter = { [6] = "mean-joke", [13] = "cross-after-losing", [20] = "kind-comment" }

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
    if e.safe then return { score = 5, banner = "Kind choice!" } end
    return nil
  end,
}
