-- Level 12: screen time and wellbeing.
return {
  id = "time-out",
  title = "Time Out",
  topic = "wellbeing",
  lesson = "Take breaks, keep screens out of bed, and talk to a trusted adult if you feel down.",
  ages = { 7, 13 },
  difficulty = 9,
  theme = "clock",
  physics = { gravity = 0.47, flap = 8.2, terminal = 10.5, speed = 3.9 },
  links = { "childline-calm-zone", "childline", "internet-matters" },

  messages = {
    { id = "bedtime",
      prompt = "It's bedtime. Your friends are still playing online. What do you do?",
      choices = {
        { text = "Say goodnight, and put the screen away", safe = true,
          feedback = "Good choice! Screens in bed can keep you awake. A good sleep helps you feel great tomorrow." },
        { text = "Keep playing under the covers", safe = false,
          feedback = "It's hard to stop when friends are online. But sleep helps you grow, learn and feel good. The game can wait." },
      } },
    { id = "tired-eyes",
      prompt = "You've played for a long time. Your eyes feel tired and you feel grumpy. What do you do?",
      choices = {
        { text = "Play one more hour", safe = false,
          feedback = "Games are fun, and it's hard to stop. But your body is telling you it needs a rest. Take a break." },
        { text = "Take a break, and do something else", safe = true,
          feedback = "Brilliant! Tired eyes and grumpy feelings mean it's time for a break. Go outside, stretch or play with a toy." },
      } },
    { id = "feel-bad",
      prompt = "Some videos online make you feel worried and sad. But you keep watching them. What could help?",
      choices = {
        { text = "Keep it to myself", safe = false,
          feedback = "Lots of people feel like this. You don't have to deal with it alone. Talk to a trusted adult, or call Childline on 0800 1111." },
        { text = "Stop, and talk to a trusted adult", safe = true,
          feedback = "Well done. Your feelings matter. A trusted adult can help. Childline's Calm Zone has ideas to help you feel calm too." },
      } },
  },

  build = function(b)
    local count, first, spacing = 35, 900, 340
    local gap, width = 195, 115
    local low, high, step = 210, 460, 175
    local moveEvery, amplitude, period = 3, 40, 800
    local wobble = 30
    local labels = { "BREAK", "REST", "PAUSE", "MOVE" }
    local kinds = { "heart", "star", "lightbulb" }
    local messageAfter = { [8] = "bedtime", [18] = "tired-eyes", [27] = "feel-bad" }

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
    if e.gate % 10 == 0 then return { score = 5, banner = "Ten gates! Time for a big stretch!" } end
    return nil
  end,
}
