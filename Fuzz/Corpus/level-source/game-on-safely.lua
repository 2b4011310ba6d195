-- Sources: CEOP, children report "Someone I met in an online game keeps trying to talk to me privately"
-- (https://www.thinkuknow.co.uk/11_13/help/CEOP/); PEGI's in-game purchases label, so a parent "can decide
-- whether and how they want to monitor and/or limit a child's spending"
-- (https://www.thesixthaxis.com/2018/08/30/pegi-introduces-a-new-in-game-purchase-descriptor-for-boxed-games/,
-- quoting PEGI).
-- Level 11: game chat and in-app purchases.
return {
  id = "game-on-safely",
  title = "Game On, Safely",
  topic = "gaming",
  lesson = "Never swap your password for free game stuff, and ask a grown-up before you buy anything.",
  ages = { 8, 11 },
  strands = { "privacy-and-security", "online-relationships" },
  difficulty = 7,
  theme = "gamepad",
  physics = { gravity = 0.46, flap = 8.1, terminal = 10, speed = 3.8 },
  links = { "childline", "ceop-report" },
  grown_up_links = { "internet-matters", "pegi" },
  discussion = {
    "Why would someone want your game password?",
    "What should you do before you buy anything in a game?",
  },

  messages = {
    { id = "free-coins",
      prompt = "A player says, \"Give me your password and I'll add 1000 free coins!\" What do you do?",
      choices = {
        { text = "Say no, then block and report them", safe = true, why = "No one needs your password to give you coins.",
          feedback = "Smart move! No one needs your password to give you coins. Block and report them, and tell a trusted adult." },
        { text = "Give them my password", safe = false,
          feedback = "Free coins sound great! But this is a trick to take your account. Never give your password to other players. Tell a trusted adult." },
      } },
    { id = "buy-gems",
      prompt = "A game says, \"Get 500 gems now! Just tap to pay.\" What do you do?",
      choices = {
        { text = "Ask a grown-up first", safe = true, why = "Gems and coins can cost real money.",
          feedback = "Great! Gems and coins can cost real money. Always ask first. A grown-up can also set a lock on buying." },
        { text = "Tap to buy. It's easy", safe = false,
          feedback = "It's easy to tap. But gems cost real money. Always ask the grown-up who pays before you buy anything." },
      } },
    { id = "private-chat",
      prompt = "A friendly player wants to chat on a different app, just the two of you. What do you do?",
      choices = {
        { text = "Move to the new app", safe = false,
          feedback = "They may seem friendly. But asking to chat alone, away from the game, is a warning sign. Stay put, and tell a trusted adult." },
        { text = "Give them my phone number", safe = false,
          feedback = "It's kind to want to be friends. But your number is private. Never share it with someone you only know online. Tell a trusted adult." },
        { text = "Say no, and tell a trusted adult", safe = true, why = "Asking to chat alone, away from the game, is a warning sign.",
          feedback = "Well done! People who want to chat alone may not be safe. A trusted adult can help you report it to CEOP." },
      } },
  },

  build = function(b)
    b:course{
      count = 32, first = 900, spacing = 350, gap = 205, width = 115,
      low = 210, high = 460, step = 170, wobble = 30,
      move_every = 3, amplitude = 40, period = 800,
      labels = { "PLAY", "CHAT", "COINS?", "ASK" },
      pickup_kinds = { "star", "key", "badge" }, pickup_every = 3,
      messages_after = { [8] = "free-coins", [16] = "buy-gems", [24] = "private-chat" },
    }
  end,

  on_gate_passed = function(e)
    if e.gate % 10 == 0 then return { score = 5, banner = "Level up! Ten more gates!" } end
    return nil
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Game on, safely!" } end
    return nil
  end,
}
