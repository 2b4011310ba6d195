-- Level 7: strong passwords (three random words), kept secret.
return {
  id = "super-passwords",
  title = "Super Passwords",
  topic = "passwords",
  lesson = "Use three random words for a strong password, and only share it with a trusted adult.",
  ages = { 8, 13 },
  difficulty = 4,
  theme = "padlock",
  physics = { gravity = 0.43, flap = 7.8, terminal = 10, speed = 3.3 },
  links = { "childnet-young-people", "thinkuknow-8-10", "get-safe-online" },

  messages = {
    { id = "best-password",
      prompt = "Amir needs a new password for his game. Which idea is best?",
      choices = {
        { text = "His name and 123", safe = false,
          feedback = "Good try. But names and 123 are easy to guess. Three random words, like frog, lamp and pie, are much stronger." },
        { text = "The word \"password\"", safe = false,
          feedback = "That's one of the first words people try! Three random words, like frog, lamp and pie, are much stronger." },
        { text = "Three random words, like frog, lamp and pie", safe = true,
          feedback = "Brilliant! Three random words are easy for you to remember, and hard for others to guess." },
      } },
    { id = "best-friend-asks",
      prompt = "Your best friend asks for your game password. They want to help you win. What do you do?",
      choices = {
        { text = "Say no kindly, and keep it secret", safe = true,
          feedback = "Well done! Passwords are just for you and your trusted grown-ups. That keeps your account safe." },
        { text = "Tell them. They're my best friend", safe = false,
          feedback = "It's kind to trust your friend. But passwords are just for you and your grown-ups. Friends can tell others by mistake." },
      } },
    { id = "someone-knows",
      prompt = "You think someone knows your password. Things keep changing in your game. What do you do?",
      choices = {
        { text = "Wait and see what happens", safe = false,
          feedback = "It's OK to feel unsure. But waiting could let them do more. Tell a trusted adult, and change your password." },
        { text = "Tell a grown-up, and change it", safe = true,
          feedback = "Great! A trusted adult can help you make a new, strong password. That keeps your account safe." },
      } },
  },

  build = function(b)
    local count, first, spacing = 24, 900, 385
    local gap, width = 230, 110
    local low, high, step = 220, 450, 145
    local moveEvery, amplitude, period = 0, 0, 600
    local wobble = 20
    local labels = { "SECRET", "STRONG", "3 WORDS", "LOCKED" }
    local kinds = { "key", "shield", "star" }
    local messageAfter = { [6] = "best-password", [13] = "best-friend-asks", [19] = "someone-knows" }

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
    if e.gate % 10 == 0 then return { score = 5, banner = "Ten more gates! Super safe!" } end
    return nil
  end,
}
