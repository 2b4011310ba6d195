-- Level 13: the finale. Digital footprint: think before you post.
return {
  id = "footprints-online",
  title = "Footprints Online",
  topic = "digital-footprint",
  lesson = "What you post can stay online for a long time, so think before you post.",
  ages = { 9, 13 },
  difficulty = 10,
  theme = "footprints",
  physics = { gravity = 0.50, flap = 8.5, terminal = 11, speed = 4.2 },
  links = { "thinkuknow-11-18", "childnet-young-people", "uk-safer-internet-centre" },

  messages = {
    { id = "delete-it",
      prompt = "You post something silly, then delete it a minute later. Is it gone for good?",
      choices = {
        { text = "Yes, it's gone", safe = false,
          feedback = "Lots of people think so. But someone may have saved it, or taken a screenshot. Think before you post." },
        { text = "Maybe not. Someone could have saved it", safe = true,
          feedback = "Exactly! Once something is online, it can be copied and shared. Think before you post." },
      } },
    { id = "family-test",
      prompt = "You are about to post a comment. How can you check it's OK?",
      choices = {
        { text = "Ask, \"Would I be happy for my family to see this?\"", safe = true,
          feedback = "Great test! If you wouldn't want your family or teacher to see it, don't post it." },
        { text = "Only post it if it's funny", safe = false,
          feedback = "Funny is fine. But jokes can hurt people, or look bad later. Ask, \"Would I be happy for my family to see this?\"" },
      } },
    { id = "good-footprint",
      prompt = "You can leave good footprints online too. Which one is a good footprint?",
      choices = {
        { text = "A mean joke about someone", safe = false,
          feedback = "Jokes like this can hurt, and they can stay online. Leave kind footprints instead." },
        { text = "A kind birthday message for a friend", safe = true,
          feedback = "Yes! Kind posts leave good footprints. What you share can show the best of you." },
      } },
  },

  build = function(b)
    local count, first, spacing = 40, 900, 320
    local gap, width = 185, 120
    local low, high, step = 220, 450, 180
    local moveEvery, amplitude, period = 3, 45, 900
    local wobble = 30
    local labels = { "THINK", "POST?", "FOREVER", "TRACE" }
    local kinds = { "badge", "star", "lightbulb" }
    local messageAfter = { [9] = "delete-it", [20] = "family-test", [30] = "good-footprint" }

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
    if e.safe then return { score = 5, banner = "Good footprint!" } end
    return nil
  end,
}
