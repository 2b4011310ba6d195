-- Copyright and ownership: what you make is yours; what others make is theirs.
-- Sources: Childnet's guide Young People, Music and the Internet: "Copyright rules protect the artist and
-- creator", "distributing a song to others without the permission of the rights holders is a very different
-- story" (quoted at https://ipkitten.blogspot.com/2008/05/childnets-copyright-advice-for-kiddies.html);
-- telling a trusted adult: SMART rules (https://www.kshs.uk/e-safety).
return {
  id = "made-by-me",
  title = "Made by Me",
  topic = "copyright",
  lesson = "What you make belongs to you, and what others make belongs to them. Ask before you use someone else's work.",
  ages = { 7, 11 },
  strands = { "copyright-and-ownership", "self-image-and-identity" },
  difficulty = 4,
  theme = "camera",
  physics = { gravity = 0.43, flap = 7.8, terminal = 10, speed = 3.3 },
  links = { "childnet-young-people", "childline" },
  grown_up_links = { "uk-safer-internet-centre" },
  discussion = {
    "Why does it matter who made a picture, a song or a game?",
    "How would you like people to treat things that you make?",
  },

  messages = {
    { id = "use-drawing",
      prompt = "You find a great drawing online. You want to put it in your video. What do you do?",
      choices = {
        { text = "Use it. It's online, so it's free", safe = false,
          feedback = "Lots of people think that. But a drawing belongs to the person who made it, even online. Ask first, or make your own." },
        { text = "Ask first, or draw my own", safe = true, why = "Work belongs to the person who made it.",
          feedback = "Brilliant! Work belongs to the person who made it. Your own drawing would be great too." },
      } },
    -- A reflection: any feeling about your own work is welcome.
    { id = "copied-level", kind = "reflection",
      prompt = "Someone copies a game level you made, and says they made it. How would you feel?",
      choices = {
        { text = "Cross",
          feedback = "It's OK to feel cross. What you make belongs to you. You could tell a trusted adult, and they can help." },
        { text = "Sad",
          feedback = "That's a real feeling. You worked hard on it, and it belongs to you. Talk to a trusted adult about it." },
        { text = "I don't mind",
          feedback = "That's kind of you. Still, what you make belongs to you. A trusted adult can help if it ever feels wrong." },
      } },
    { id = "copy-film",
      prompt = "A friend wants to copy a whole film and share it with everyone. What do you say?",
      choices = {
        { text = "Great, let's share it", safe = false,
          feedback = "It's nice to share. But films belong to the people who made them. Sharing copies without permission is not allowed." },
        { text = "Only share what we have permission to share", safe = true, why = "Copyright protects the people who make films, music and games.",
          feedback = "Well done! The people who make films, music and games own them. Asking first is fair." },
      } },
  },

  build = function(b)
    b:course{
      count = 24, first = 900, spacing = 385, gap = 230, width = 110,
      low = 220, high = 450, step = 145, wobble = 20,
      labels = { "MINE", "ASK", "CREATE", "SHARE?" },
      pickup_kinds = { "key", "shield", "star" }, pickup_every = 3,
      messages_after = { [6] = "use-drawing", [13] = "copied-level", [19] = "copy-film" },
    }
  end,

  on_gate_passed = function(e)
    if e.gate % 10 == 0 then return { score = 5, banner = "Ten more gates! Super safe!" } end
    return nil
  end,
}
