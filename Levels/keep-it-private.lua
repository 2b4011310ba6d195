-- Level 2: personal information and privacy settings.
-- Still gentle: wide gaps, slow scrolling and five lives.
return {
  id = "keep-it-private",
  title = "Keep It Private",
  topic = "personal-information",
  lesson = "Keep your real name, address and school private, and set your games and apps to private.",
  ages = { 7, 11 },
  difficulty = 2,
  theme = "shield",
  lives = 5,
  physics = { gravity = 0.40, flap = 7.5, terminal = 9, speed = 3.0 },
  links = { "thinkuknow-8-10", "childnet-young-people", "internet-matters" },

  messages = {
    { id = "username",
      prompt = "A new game asks you to pick a name. Other players will see it. Which is best?",
      choices = {
        { text = "AmyJones_Leeds", safe = false,
          feedback = "Good try. But that shows your real name and your town. Pick a fun name that does not say who you are." },
        { text = "SpaceDog77", safe = true,
          feedback = "Great! A made-up name keeps your real name and home private." },
        { text = "Sam_Oak_School", safe = false,
          feedback = "Good try. But that tells people your school. Keep your school private, and pick a fun made-up name." },
      } },
    { id = "house-number",
      prompt = "You make a video on a kids' app. Your house number is on the door behind you. What do you do?",
      choices = {
        { text = "Film it again with no number", safe = true,
          feedback = "Smart thinking! Videos can show where you live. Check what is behind you, and ask a grown-up before you post." },
        { text = "Post it now", safe = false,
          feedback = "It's easy to miss things in a video. But a house number can show where you live. Check what is behind you first." },
      } },
    { id = "privacy-setting",
      prompt = "You join a new app. It asks, \"Who can see your things?\" What do you pick?",
      choices = {
        { text = "Anyone", safe = false,
          feedback = "Lots of people pick that. But then strangers can see your things too. Pick \"only friends\", and ask a grown-up to help." },
        { text = "Only friends, with a grown-up's help", safe = true,
          feedback = "Brilliant! Then only people you choose can see your things. A grown-up can help you check your settings." },
      } },
  },

  build = function(b)
    local count, first, spacing = 18, 900, 410
    local gap, width = 250, 100
    local low, high, step = 240, 430, 110
    local moveEvery, amplitude, period = 0, 0, 600
    local wobble = 0
    local labels = { "PRIVATE", "LOCKED", "MY INFO", "SAFE" }
    local kinds = { "shield", "key", "star" }
    local messageAfter = { [4] = "username", [10] = "house-number", [15] = "privacy-setting" }

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
    if e.safe then return { score = 5, banner = "Well done!" } end
    return nil
  end,
}
