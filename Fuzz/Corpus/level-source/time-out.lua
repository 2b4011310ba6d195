-- Sources: Childline, worries can be talked about with a counsellor, free on 0800 1111, and its Calm Zone
-- (Childline's column, see tell-a-trusted-adult); CEOP, a child who sees something upsetting "is in control"
-- and can close the app
-- (https://prod.thinkuknow.co.uk/parents/articles/theres-a-viral-scare-online-what-should-i-do). Screens and
-- sleep: Parent Zone's "Sleeping vs scrolling", published by Vodafone: for ages 5-7, avoid "TV, video games or
-- social media for at least an hour before bedtime"; for 11-16, device light "can disrupt the body's natural
-- wind-down to sleep" and "Devices should be kept out of bedrooms at night"
-- (https://www.vodafone.co.uk/mobile/digital-parenting/sleeping-vs-scrolling). No Childline or NSPCC page on
-- screens in bed was found: see Levels/README.md.
-- Level 12: screen time and wellbeing.
return {
  id = "time-out",
  title = "Time Out",
  topic = "wellbeing",
  lesson = "Take breaks, keep screens out of bed, and talk to a trusted adult if you feel down.",
  ages = { 8, 11 },
  strands = { "health-wellbeing-and-lifestyle" },
  difficulty = 9,
  theme = "clock",
  physics = { gravity = 0.47, flap = 8.2, terminal = 10.5, speed = 3.9 },
  links = { "childline-calm-zone", "childline" },
  grown_up_links = { "internet-matters" },
  discussion = {
    "How can you tell when it is time for a break from screens?",
    "What helps you feel calm after something online upset you?",
  },

  messages = {
    { id = "bedtime",
      prompt = "It's bedtime. Your friends are still playing online. What do you do?",
      choices = {
        { text = "Say goodnight, and put the screen away", safe = true, why = "Sleep helps you grow, learn and feel good.",
          feedback = "Good choice! Screens in bed can keep you awake. A good sleep helps you feel great tomorrow." },
        { text = "Keep playing under the covers", safe = false,
          feedback = "It's hard to stop when friends are online. But sleep helps you grow, learn and feel good. The game can wait." },
      } },
    { id = "tired-eyes",
      prompt = "You've played for a long time. Your eyes feel tired and you feel grumpy. What do you do?",
      choices = {
        { text = "Play one more hour", safe = false,
          feedback = "Games are fun, and it's hard to stop. But your body is telling you it needs a rest. Take a break." },
        { text = "Take a break, and do something else", safe = true, why = "Tired eyes mean your body needs a rest.",
          feedback = "Brilliant! Tired eyes and grumpy feelings mean it's time for a break. Go outside, stretch or play with a toy." },
      } },
    -- A reflection: feelings are never wrong. Every answer points to a trusted adult and Childline.
    { id = "feel-bad", kind = "reflection",
      prompt = "Some videos online make you feel worried or sad. How do you feel after them?",
      choices = {
        { text = "Worried",
          feedback = "Thank you for saying. It's OK to feel worried. You can stop watching. Talk to a trusted adult, or call Childline on 0800 1111." },
        { text = "Sad",
          feedback = "Your feelings matter. You can stop watching. A trusted adult can help. Childline's Calm Zone has ideas to help you feel calm." },
        { text = "I'm not sure",
          feedback = "That's OK too. If a video makes you feel bad, you can stop it. Talk to a trusted adult about it." },
      } },
  },

  build = function(b)
    b:course{
      count = 35, first = 900, spacing = 340, gap = 195, width = 115,
      low = 210, high = 460, step = 175, wobble = 30,
      move_every = 3, amplitude = 40, period = 800,
      labels = { "BREAK", "REST", "PAUSE", "MOVE" },
      pickup_kinds = { "heart", "star", "lightbulb" }, pickup_every = 3,
      messages_after = { [8] = "bedtime", [18] = "tired-eyes", [27] = "feel-bad" },
    }
  end,

  on_gate_passed = function(e)
    if e.gate % 10 == 0 then return { score = 5, banner = "Ten gates! Time for a big stretch!" } end
    return nil
  end,
}
