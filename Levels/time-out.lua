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
