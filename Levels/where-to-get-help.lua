-- Level 3: where to get help: a trusted adult, Childline, CEOP.
-- Early and gentle, so every child reaches it: wide gaps, slow scrolling and five lives.
return {
  id = "where-to-get-help",
  title = "Where to Get Help",
  topic = "getting-help",
  lesson = "If something online worries you, tell a trusted adult, call Childline on 0800 1111, or report to CEOP.",
  ages = { 7, 13 },
  difficulty = 2,
  theme = "shield",
  lives = 5,
  physics = { gravity = 0.40, flap = 7.5, terminal = 9, speed = 3.0 },
  links = { "childline", "ceop-report", "childline-info-advice" },

  messages = {
    { id = "who-to-talk-to",
      prompt = "Something online is worrying you. You don't want to tell anyone at home. Who could you talk to?",
      choices = {
        { text = "No one. I'll keep it in", safe = false,
          feedback = "It can feel hard to talk. But you don't have to cope alone. Tell a teacher you trust, or call Childline free on 0800 1111." },
        { text = "A teacher, or Childline on 0800 1111", safe = true,
          feedback = "Yes! A teacher can help. Childline is free, and you can talk to them about anything, big or small." },
        { text = "Someone I chat to in a game", safe = false,
          feedback = "People in games may not be who they say. Talk to a trusted adult, or call Childline free on 0800 1111." },
      } },
    { id = "report-to-ceop",
      prompt = "An adult you met online keeps asking for photos of you. You feel scared. What can you do?",
      choices = {
        { text = "Tell a trusted adult, and report to CEOP", safe = true,
          feedback = "Well done. This is not your fault, and you won't be in trouble. CEOP helps keep children safe. A trusted adult can help you report." },
        { text = "Do what they say so they stop", safe = false,
          feedback = "It's normal to feel scared. But you don't have to do what they say. It is not your fault. Tell a trusted adult, and report to CEOP." },
      } },
    { id = "help-a-friend",
      prompt = "Your friend says something online is making them sad. They ask you not to tell. What do you do?",
      choices = {
        { text = "Help them tell a trusted adult", safe = true,
          feedback = "What a good friend! Go with them to tell a grown-up they trust. They could call Childline on 0800 1111 too." },
        { text = "Keep their secret", safe = false,
          feedback = "You're a kind friend. But some secrets are too big to keep. Telling a trusted adult is how you help." },
      } },
  },

  build = function(b)
    b:course{
      count = 18, first = 900, spacing = 410, gap = 250, width = 100,
      low = 240, high = 430, step = 110, wobble = 0,
      labels = { "HELP", "TALK", "SAFE", "CALL" },
      pickup_kinds = { "shield", "heart", "badge", "star" }, pickup_every = 3,
      messages_after = { [4] = "who-to-talk-to", [10] = "report-to-ceop", [15] = "help-a-friend" },
    }
  end,

  on_gate_passed = function(e)
    if e.gate % 10 == 0 then return { score = 5, banner = "Ten gates! Keep going!" } end
    return nil
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "You know where to get help!" } end
    return nil
  end,
}
