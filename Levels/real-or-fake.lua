-- Level 6: fake people and fake facts.
return {
  id = "real-or-fake",
  title = "Real or Fake?",
  topic = "fake-content",
  lesson = "Not everything online is true, and people can pretend, so check with a trusted adult.",
  ages = { 8, 13 },
  difficulty = 4,
  theme = "magnifier",
  physics = { gravity = 0.43, flap = 7.8, terminal = 10, speed = 3.3 },
  links = { "childnet-young-people", "uk-safer-internet-centre", "thinkuknow-8-10" },

  messages = {
    { id = "shark-photo",
      prompt = "You see a photo of a shark swimming down a town street. Lots of people like it. Is it true?",
      choices = {
        { text = "Maybe not. I'll check first", safe = true,
          feedback = "Great detective work! Photos can be faked. Ask a grown-up, or look on a site you trust, to check." },
        { text = "Yes, lots of people like it", safe = false,
          feedback = "Good try. But likes don't make something true. Photos can be changed, or made by a computer. Check with a trusted adult." },
      } },
    { id = "chain-message",
      prompt = "A message says, \"Send this to 10 friends, or something bad will happen to you!\" What do you do?",
      choices = {
        { text = "Send it on, just in case", safe = false,
          feedback = "It's OK to feel scared. But these messages are made up. Nothing bad will happen. Don't send it on. Tell a trusted adult." },
        { text = "Don't send it, and tell a grown-up", safe = true,
          feedback = "Yes! Chain messages are not true. They just want to scare people. A grown-up can help you delete it." },
      } },
    { id = "famous-gamer",
      prompt = "An account says it is a famous gamer. It says you've won a prize, and asks for your phone number. What do you do?",
      choices = {
        { text = "Send my number", safe = false,
          feedback = "That would be exciting! But fake accounts pretend to be famous people. Never share your number. Tell a trusted adult." },
        { text = "Check their picture looks right", safe = false,
          feedback = "Checking is smart. But fake accounts can look real. Don't share anything. Tell a trusted adult." },
        { text = "Tell a trusted adult", safe = true,
          feedback = "Good choice! Real famous people don't ask children for phone numbers. This is a fake account. A grown-up can help you report it." },
      } },
  },

  build = function(b)
    local count, first, spacing = 23, 900, 390
    local gap, width = 235, 110
    local low, high, step = 220, 450, 140
    local moveEvery, amplitude, period = 0, 0, 600
    local wobble = 20
    local labels = { "TRUE?", "FAKE?", "CHECK", "REAL?" }
    local kinds = { "lightbulb", "badge", "star" }
    local messageAfter = { [5] = "shark-photo", [12] = "chain-message", [19] = "famous-gamer" }

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
    if e.safe then return { score = 5, banner = "Super sleuth!" } end
    return nil
  end,
}
