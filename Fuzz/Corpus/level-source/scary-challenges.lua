-- Viral scares and dares: often made up, you do not have to look, you are in control, tell a trusted adult.
-- Sources: CEOP on viral scares: most "have been found to be hoaxes, fake news or wildly exaggerated
-- stories"; a child can come to "another adult they trust for help"; "if they do see something upsetting or
-- worrying, they are in control", can report it and close the app
-- (https://prod.thinkuknow.co.uk/parents/articles/theres-a-viral-scare-online-what-should-i-do). The level
-- never names a challenge, as CEOP advises.
return {
  id = "scary-challenges",
  title = "Scary Challenges",
  topic = "viral-scares",
  lesson = "Scary online stories are often made up. You don't have to look. Tell a trusted adult if something worries you.",
  ages = { 7, 11 },
  strands = { "managing-online-information", "health-wellbeing-and-lifestyle" },
  difficulty = 3,
  theme = "magnifier",
  lives = 4,
  physics = { gravity = 0.42, flap = 7.7, terminal = 9.5, speed = 3.2 },
  links = { "childline", "childnet-young-people" },
  grown_up_links = { "uk-safer-internet-centre" },
  discussion = {
    "Why do scary stories spread so fast online?",
    "What can you do if something you saw online keeps worrying you?",
  },

  messages = {
    { id = "look-it-up",
      prompt = "Kids at school talk about a scary online challenge. They say you must look it up. What do you do?",
      choices = {
        { text = "Look it up to see", safe = false,
          feedback = "It's normal to feel curious. But you don't have to look. Lots of these stories are made up. Tell a trusted adult if you feel worried." },
        { text = "Don't look, and tell a trusted adult", safe = true, why = "Many scary online stories are made up, and a grown-up can help.",
          feedback = "Well done! Many scary online stories are not true. A trusted adult can help if you feel worried." },
      } },
    { id = "risky-dare",
      prompt = "A video dares kids to do something risky and film it. What do you do?",
      choices = {
        { text = "Do it, so I'm not left out", safe = false,
          feedback = "It's hard to feel left out. But a risky dare could hurt you. You don't have to do it. Tell a trusted adult." },
        { text = "Don't do it, and tell a trusted adult", safe = true, why = "A dare that could hurt you is never worth it.",
          feedback = "Great choice! You can report the video and close it. A trusted adult can help." },
      } },
    -- A reflection: every feeling is welcome.
    { id = "cant-stop-thinking", kind = "reflection",
      prompt = "You saw something scary online, and you can't stop thinking about it. How do you feel?",
      choices = {
        { text = "Scared",
          feedback = "It's OK to feel scared. You are in control: you don't have to look again. Tell a trusted adult, or call Childline free on 0800 1111." },
        { text = "Worried",
          feedback = "Thank you for saying. Worries feel smaller when you share them. Talk to a trusted adult, or call Childline on 0800 1111." },
        { text = "A bit better now",
          feedback = "That's good. If it comes back into your mind, you can always talk to a trusted adult about it." },
      } },
  },

  build = function(b)
    b:course{
      count = 21, first = 900, spacing = 400, gap = 240, width = 105,
      low = 230, high = 440, step = 130, wobble = 15,
      labels = { "TRUE?", "STOP", "CALM", "TELL" },
      pickup_kinds = { "lightbulb", "star", "shield" }, pickup_every = 3,
      messages_after = { [5] = "look-it-up", [11] = "risky-dare", [17] = "cant-stop-thinking" },
    }
  end,

  on_gate_passed = function(e)
    if e.gate % 10 == 0 then return { score = 5, banner = "Ten more gates! Keep going!" } end
    return nil
  end,
}
