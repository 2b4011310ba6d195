-- Sources: SMART rules, don't give out personal information to people you don't trust
-- (https://www.kshs.uk/e-safety); CEOP, children report being asked for images
-- (https://www.thinkuknow.co.uk/11_13/help/CEOP/).
-- Level 9: ask before sharing photos, yours and other people's.
return {
  id = "ask-before-you-share",
  title = "Ask Before You Share",
  topic = "photos",
  lesson = "Ask before you share a photo of someone, and never send photos to online strangers.",
  ages = { 8, 11 },
  strands = { "online-reputation", "privacy-and-security", "copyright-and-ownership" },
  difficulty = 6,
  theme = "camera",
  physics = { gravity = 0.45, flap = 8, terminal = 10, speed = 3.6 },
  links = { "childline", "childnet-young-people" },
  grown_up_links = { "nspcc-online-safety" },
  discussion = {
    "Why should you ask before you share a photo of someone else?",
    "What could you do if someone shares a photo of you that you don't like?",
  },

  messages = {
    { id = "friend-photo",
      prompt = "You took a funny photo of your friend at a party. You want to share it with the class. What do you do?",
      choices = {
        { text = "Ask my friend first", safe = true, why = "Everyone gets to say which photos of them are shared.",
          feedback = "Great choice! Everyone gets to say which photos of them are shared. If they say no, don't share it." },
        { text = "Share it. It's funny", safe = false,
          feedback = "It might make you laugh. But your friend might feel upset. Always ask before you share a photo of someone." },
      } },
    { id = "photo-request",
      prompt = "Someone you met in a game asks for a photo of you. What do you do?",
      choices = {
        { text = "Send one. It's only a photo", safe = false,
          feedback = "It's easy to think that. But photos can be copied and shared, and you can't get them back. Say no, and tell a trusted adult." },
        { text = "Send one without my face", safe = false,
          feedback = "Good that you thought about it. But any photo can give away things about you. Say no, and tell a trusted adult." },
        { text = "Say no, and tell a trusted adult", safe = true, why = "Photos can be copied and shared, and you can't get them back.",
          feedback = "Well done! Never send photos to people you only know online. If they keep asking, a trusted adult can help you report them." },
      } },
    { id = "photo-of-me",
      prompt = "Someone shares a photo of you that you don't like. It's in the class group chat. What do you do?",
      choices = {
        { text = "Share a silly photo of them back", safe = false,
          feedback = "It's natural to feel upset. But that would hurt them too, and make things worse. Tell a trusted adult instead." },
        { text = "Tell a trusted adult", safe = true, why = "A grown-up can help get it taken down.",
          feedback = "Good choice. It's not your fault. A trusted adult can help get it taken down. Childline can help too." },
      } },
  },

  build = function(b)
    b:course{
      count = 30, first = 900, spacing = 360, gap = 210, width = 110,
      low = 210, high = 460, step = 160, wobble = 25,
      move_every = 4, amplitude = 35, period = 800,
      labels = { "ASK", "SNAP?", "SHARE?", "THINK" },
      pickup_kinds = { "star", "heart", "badge" }, pickup_every = 3,
      messages_after = { [7] = "friend-photo", [15] = "photo-request", [23] = "photo-of-me" },
    }
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Picture perfect!" } end
    return nil
  end,
}
