-- Level 10: online bullying. Don't reply; keep evidence; block, report and tell.
return {
  id = "block-report-tell",
  title = "Block, Report, Tell",
  topic = "bullying",
  lesson = "If someone is mean online, don't reply: screenshot it, block, report and tell a trusted adult.",
  ages = { 8, 13 },
  difficulty = 6,
  theme = "megaphone",
  physics = { gravity = 0.45, flap = 8, terminal = 10, speed = 3.6 },
  links = { "childline", "childline-online-safety", "report-harmful-content" },

  messages = {
    { id = "mean-messages",
      prompt = "Someone keeps sending you mean messages in a game. What should you do?",
      choices = {
        { text = "Send mean messages back", safe = false,
          feedback = "It's normal to feel angry. But replying can make it worse. Don't reply. Block them, and tell a trusted adult." },
        { text = "Save the messages, and tell a grown-up", safe = true,
          feedback = "Well done! Saved messages help a grown-up sort it out. Then you can block and report them." },
      } },
    { id = "screenshot",
      prompt = "A friend is being picked on in a group chat. How can you help?",
      choices = {
        { text = "Take a screenshot, and show a trusted adult", safe = true,
          feedback = "Great! A screenshot keeps proof, even if the mean messages get deleted. It helps grown-ups stop it." },
        { text = "Delete the chat so no one sees", safe = false,
          feedback = "You want to make it stop, and that's kind. But deleting loses the proof. Take a screenshot, then tell a trusted adult." },
      } },
    { id = "not-your-fault",
      prompt = "Someone is being mean to you online every day. You start to think it's your fault. Is it?",
      choices = {
        { text = "No, bullying is never my fault", safe = true,
          feedback = "That's right. No one should be bullied. Block, report and tell a trusted adult. You can call Childline on 0800 1111 too." },
        { text = "Yes, I must have done something", safe = false,
          feedback = "That's a hard feeling. But bullying is never your fault. Tell a trusted adult. You can call Childline on 0800 1111 too." },
      } },
  },

  build = function(b)
    local count, first, spacing = 29, 900, 365
    local gap, width = 215, 110
    local low, high, step = 210, 460, 160
    local moveEvery, amplitude, period = 4, 35, 800
    local wobble = 25
    local labels = { "BLOCK", "REPORT", "TELL", "SAVE" }
    local kinds = { "shield", "badge", "heart" }
    local messageAfter = { [7] = "mean-messages", [15] = "screenshot", [22] = "not-your-fault" }

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
    if e.gate % 10 == 0 then return { score = 5, banner = "Ten more gates! You're doing great!" } end
    return nil
  end,
}
