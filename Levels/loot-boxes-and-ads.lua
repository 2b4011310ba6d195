-- Spending in games and adverts: loot boxes, "free coin generators", and posts marked Ad.
-- Sources: PEGI's paid random items notice: "in-game offers to purchase digital goods or premiums where
-- players don't know exactly what they are getting prior to the purchase (e.g. loot boxes, card packs, prize
-- wheels)" (https://www.askaboutgames.com/new-pegi-information-for-in-game-random-items/, the UK games
-- industry's family site, quoting PEGI); Parent Zone on adverts: "paid-for content must be indicated, so
-- often the words 'sponsored by', 'ad' or 'advertising promotion' will be written somewhere" (quoted at
-- https://www.amberleyschool.co.uk/single-post/2019/04/05/online-advertising). Free coin generators: no
-- source found (see Levels/README.md); the message only repeats never share your password and tell a trusted
-- adult.
return {
  id = "loot-boxes-and-ads",
  title = "Loot Boxes and Ads",
  topic = "spending",
  lesson = "Mystery boxes in games can cost real money. Free coin sites are tricks. Ads want you to buy. Ask a grown-up.",
  ages = { 8, 11 },
  strands = { "managing-online-information", "health-wellbeing-and-lifestyle" },
  difficulty = 6,
  theme = "gamepad",
  physics = { gravity = 0.45, flap = 8, terminal = 10, speed = 3.6 },
  links = { "childnet-young-people", "childline" },
  grown_up_links = { "pegi", "internet-matters" },
  discussion = {
    "Why do games sell mystery boxes when you can't see what is inside?",
    "How can you tell when a video or post is an advert?",
  },

  messages = {
    { id = "mystery-box",
      prompt = "A game offers a mystery box for 100 gems. You don't know what is inside. What do you do?",
      choices = {
        { text = "Buy lots until I get a good one", safe = false,
          feedback = "It's exciting to hope for a good prize! But mystery boxes can cost real money, and you may not get what you want. Ask a grown-up first." },
        { text = "Ask the grown-up who pays first", safe = true, why = "Gems can cost real money, and you can't know what is inside.",
          feedback = "Great choice! Gems can cost real money, and you can't see what is inside. A grown-up can help you decide." },
      } },
    { id = "coin-generator",
      prompt = "A video says, \"Free coins! Just type your game name and password here.\" What do you do?",
      choices = {
        { text = "Type them in for free coins", safe = false,
          feedback = "Free coins sound great! But this is a trick to take your account. Never type your password there. Tell a trusted adult." },
        { text = "Close it, and tell a trusted adult", safe = true, why = "No one needs your password to give you coins.",
          feedback = "Smart move! No one needs your password to give you coins. A trusted adult can help you report it." },
      } },
    { id = "ad-label",
      prompt = "A video star says a new toy is the best. The word \"Ad\" is on the video. What does that mean?",
      choices = {
        { text = "Someone paid for it, to make me want it", safe = true, why = "\"Ad\" means someone paid to show it, so you will want to buy it.",
          feedback = "That's right! An ad tries to make you want to buy something. It's OK to think about it, and ask a grown-up." },
        { text = "It must be the best toy", safe = false,
          feedback = "Good try. But \"Ad\" means someone paid to show it. Ads want you to buy things. Think about it, and ask a grown-up." },
      } },
  },

  build = function(b)
    b:course{
      count = 30, first = 900, spacing = 360, gap = 210, width = 110,
      low = 210, high = 460, step = 160, wobble = 25,
      move_every = 4, amplitude = 35, period = 800,
      labels = { "ASK", "AD?", "REAL?", "THINK" },
      pickup_kinds = { "star", "heart", "badge" }, pickup_every = 3,
      messages_after = { [7] = "mystery-box", [15] = "coin-generator", [23] = "ad-label" },
    }
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Well done!" } end
    return nil
  end,
}
