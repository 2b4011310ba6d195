-- Game coins and gift cards from people you only know online: a gift can be a trick.
-- Sources: Report Harmful Content (UK Safer Internet Centre) on grooming: a person may do this by "Buying
-- gifts" and "Pretending to be someone they are not"; report to CEOP; "If a young person is at immediate risk
-- of harm please dial 999"
-- (https://reportharmfulcontent.com/cygnor/cynnwys-niweidiol-arall/meithrin-perthynas-amhriodol/?lang=cy);
-- CEOP: tell an adult you trust; call 999 in immediate danger; children report to CEOP people who ask for
-- nude images, ask them to live-stream and do things they don't want to, ask to meet, or keep trying to talk
-- privately from a game (https://www.thinkuknow.co.uk/11_13/help/CEOP/).
return {
  id = "gifts-from-strangers",
  title = "Gifts From Strangers",
  topic = "gifts",
  lesson = "If someone online sends you gifts, game coins or gift cards, tell a trusted adult. A gift can be a trick.",
  ages = { 8, 11 },
  strands = { "online-relationships" },
  difficulty = 4,
  theme = "gamepad",
  physics = { gravity = 0.43, flap = 7.8, terminal = 10, speed = 3.3 },
  links = { "childline", "ceop-report" },
  grown_up_links = { "nspcc-online-safety" },
  discussion = {
    "Why might a stranger online give you a gift?",
    "What could you say if someone online asks you to keep a secret?",
  },

  messages = {
    { id = "coins-for-photo",
      prompt = "A player you don't know sends you game coins. Then they ask for a photo of you. What do you do?",
      choices = {
        { text = "Send a photo to say thanks", safe = false,
          feedback = "It's kind to want to say thanks. But a gift can be a trick to make you feel you owe them. Don't send anything. Tell a trusted adult." },
        { text = "Don't send it, and tell a trusted adult", safe = true, why = "A gift can be a trick to make you feel you owe them.",
          feedback = "Well done! You don't owe anyone anything for a gift. A trusted adult can help you report them to CEOP." },
      } },
    { id = "gift-card-secret",
      prompt = "Someone online says, \"I'll send you a gift card if you keep our chats secret.\" What do you do?",
      choices = {
        { text = "Keep the secret and get the card", safe = false,
          feedback = "A gift card sounds great! But safe people don't ask you to keep secrets from your grown-ups. Say no. Tell a trusted adult." },
        { text = "Say no, and tell a trusted adult", safe = true, why = "Safe people don't ask you to keep secrets from your grown-ups.",
          feedback = "Great choice! Asking for secrets is a warning sign. Telling keeps you safe, and you won't be in trouble." },
      } },
    -- A reflection: liking a gift is a real feeling, never marked wrong.
    { id = "gifts-feeling", kind = "reflection",
      prompt = "Someone you only know online keeps sending you gifts in a game. How would you feel?",
      choices = {
        { text = "Happy",
          feedback = "It's OK to feel happy. Gifts are nice! But gifts from people you only know online can be a trick. Tell a trusted adult, so they can check." },
        { text = "Worried",
          feedback = "Thank you for saying. Your worry is worth listening to. Tell a trusted adult. They can help you check and stay safe." },
        { text = "Not sure",
          feedback = "That's OK. Gifts from people you only know online can be a trick. Tell a trusted adult, so they can help." },
      } },
  },

  build = function(b)
    b:course{
      count = 24, first = 900, spacing = 385, gap = 230, width = 110,
      low = 220, high = 450, step = 145, wobble = 20,
      labels = { "GIFT?", "TRICK?", "TELL", "SAFE" },
      pickup_kinds = { "key", "shield", "star" }, pickup_every = 3,
      messages_after = { [6] = "coins-for-photo", [13] = "gift-card-secret", [19] = "gifts-feeling" },
    }
  end,

  on_gate_passed = function(e)
    if e.gate % 10 == 0 then return { score = 5, banner = "Ten more gates! Super safe!" } end
    return nil
  end,
}
