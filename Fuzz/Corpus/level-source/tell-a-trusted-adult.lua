-- Sources: Childnet/CEOP SMART rules, "Tell your parent, carer or a trusted adult if someone or something
-- makes you feel uncomfortable or worried" (quoted at https://www.kshs.uk/e-safety); Childline is free on
-- 0800 1111
-- (https://www.sunderlandecho.com/news/opinion/columnists/childline-advice-when-a-child-contacts-us-we-will-listen-and-support-them-3817957,
-- Childline's own column).
-- Level 1: the first lesson, and the one every other level comes back to.
-- Wide gaps, slow scrolling, five lives: a 7-year-old's first flight with Kash.
return {
  id = "tell-a-trusted-adult",
  title = "Tell a Trusted Adult",
  topic = "trusted-adult",
  lesson = "If anything online makes you feel worried, sad or unsure, tell a trusted adult.",
  ages = { 7, 11 },
  strands = { "online-relationships", "health-wellbeing-and-lifestyle" },
  difficulty = 1,
  theme = "megaphone",
  lives = 5,
  physics = { gravity = 0.40, flap = 7.5, terminal = 9, speed = 3.0 },
  links = { "childline", "childnet-young-people" },
  grown_up_links = { "nspcc-online-safety" },
  discussion = {
    "Who are the trusted adults in your life, at home and at school?",
    "Why might someone online ask you to keep a secret from your grown-ups?",
  },

  messages = {
    { id = "scary-video",
      prompt = "You are watching cartoons. A scary video starts. It makes you feel upset. What do you do?",
      choices = {
        { text = "Keep it to myself", safe = false,
          feedback = "It's OK to feel upset. It is not your fault. Tell a trusted adult, like a parent or teacher. They can help." },
        { text = "Tell a trusted adult", safe = true, why = "A grown-up you trust can help, and you will not be in trouble.",
          feedback = "Well done! Telling a grown-up you trust is always a good idea. You will not be in trouble." },
        { text = "Watch it to the end", safe = false,
          feedback = "You don't have to watch it. You can close it, or turn the screen over. Then tell a trusted adult." },
      } },
    { id = "who-to-tell",
      prompt = "A trusted adult is a grown-up who keeps you safe. Who could that be?",
      choices = {
        { text = "A mum, dad or carer", safe = true, why = "They know you and look after you in real life.",
          feedback = "Yes! A grown-up who looks after you at home can help. So can a teacher." },
        { text = "A player in a game", safe = false,
          feedback = "Good try. People in games are strangers, even if they are nice. Pick a grown-up you know in real life." },
        { text = "A teacher at school", safe = true, why = "Teachers are there to help you stay safe.",
          feedback = "Yes! Teachers are there to help you stay safe. So is a grown-up who looks after you at home." },
      } },
    { id = "secret-message",
      prompt = "Someone in a game sends you a message. It says, \"Don't tell your mum or dad.\" What do you do?",
      choices = {
        { text = "Tell a trusted adult", safe = true, why = "A grown-up you trust can help, and you will not be in trouble.",
          feedback = "Great choice! Safe people don't ask you to keep secrets from your grown-ups. Telling is brave." },
        { text = "Keep the secret", safe = false,
          feedback = "It can feel hard to tell. But this kind of secret is not safe. Tell a trusted adult. You won't be in trouble." },
        { text = "Ask them why", safe = false,
          feedback = "It's good to wonder why. But it's best not to reply. Tell a trusted adult, and they can help." },
      } },
  },

  build = function(b)
    b:course{
      count = 16, first = 900, spacing = 420, gap = 260, width = 100,
      low = 250, high = 420, step = 90, wobble = 0,
      labels = { "TELL", "TALK", "ASK", "SAFE" },
      pickup_kinds = { "heart", "star", "badge" }, pickup_every = 3,
      messages_after = { [4] = "scary-video", [9] = "who-to-tell", [13] = "secret-message" },
    }
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Great choice!" } end
    return nil
  end,
}
