-- Sources: SMART rules, "be careful not to give out personal information - such as your name, email, phone
-- number, home address, or school name" (https://www.kshs.uk/e-safety); Childnet on location, "checking in at
-- home tells people ... where your home is"
-- (http://childnet.eightarms.co.uk/help-and-advice/location-services-11-18-year-olds).
-- Level 2: personal information and privacy settings.
-- Still gentle: wide gaps, slow scrolling and five lives.
return {
  id = "keep-it-private",
  title = "Keep It Private",
  topic = "personal-information",
  lesson = "Keep your real name, address and school private, and set your games and apps to private.",
  ages = { 7, 11 },
  strands = { "privacy-and-security" },
  difficulty = 2,
  theme = "shield",
  lives = 5,
  physics = { gravity = 0.40, flap = 7.5, terminal = 9, speed = 3.0 },
  links = { "childnet-young-people", "childline" },
  grown_up_links = { "internet-matters" },
  discussion = {
    "What things about you should stay private online, and why?",
    "How could a photo or video show where you live without you meaning it to?",
  },

  messages = {
    { id = "username",
      prompt = "A new game asks you to pick a name. Other players will see it. Which is best?",
      choices = {
        { text = "AmyJones_Leeds", safe = false,
          feedback = "Good try. But that shows your real name and your town. Pick a fun name that does not say who you are." },
        { text = "SpaceDog77", safe = true, why = "It does not tell anyone who you are or where you live.",
          feedback = "Great! A made-up name keeps your real name and home private." },
        { text = "Sam_Oak_School", safe = false,
          feedback = "Good try. But that tells people your school. Keep your school private, and pick a fun made-up name." },
      } },
    { id = "house-number",
      prompt = "You make a video on a kids' app. Your house number is on the door behind you. What do you do?",
      choices = {
        { text = "Film it again with no number", safe = true, why = "Then the video can't show where you live.",
          feedback = "Smart thinking! Videos can show where you live. Check what is behind you, and ask a grown-up before you post." },
        { text = "Post it now", safe = false,
          feedback = "It's easy to miss things in a video. But a house number can show where you live. Check what is behind you first." },
      } },
    { id = "privacy-setting",
      prompt = "You join a new app. It asks, \"Who can see your things?\" What do you pick?",
      choices = {
        { text = "Anyone", safe = false,
          feedback = "Lots of people pick that. But then strangers can see your things too. Pick \"only friends\", and ask a grown-up to help." },
        { text = "Only friends, with a grown-up's help", safe = true, why = "Then only people you choose can see your things.",
          feedback = "Brilliant! Then only people you choose can see your things. A grown-up can help you check your settings." },
      } },
  },

  build = function(b)
    b:course{
      count = 18, first = 900, spacing = 410, gap = 250, width = 100,
      low = 240, high = 430, step = 110, wobble = 0,
      labels = { "PRIVATE", "LOCKED", "MY INFO", "SAFE" },
      pickup_kinds = { "shield", "key", "star" }, pickup_every = 3,
      messages_after = { [4] = "username", [10] = "house-number", [15] = "privacy-setting" },
    }
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Well done!" } end
    return nil
  end,
}
