-- Live location, check-ins and school logos: where you are is private.
-- Sources: Childnet on location services: "Be very sure you are only sharing your location with people you
-- know offline", "Checking in at home tells people when you are home but also where your home is ... the same
-- for ... school", risks of sharing live location
-- (http://childnet.eightarms.co.uk/help-and-advice/location-services-11-18-year-olds, a copy of
-- childnet.com's page); SMART rules, keep your school name private (https://www.kshs.uk/e-safety).
return {
  id = "where-am-i",
  title = "Where Am I?",
  topic = "location",
  lesson = "Keep where you are private. Check photos for school logos, and only share your location with family.",
  ages = { 7, 11 },
  strands = { "privacy-and-security" },
  difficulty = 2,
  theme = "shield",
  lives = 5,
  physics = { gravity = 0.40, flap = 7.5, terminal = 9, speed = 3.0 },
  links = { "childnet-young-people", "childline" },
  grown_up_links = { "internet-matters" },
  discussion = {
    "What could a photo show about where you live or go to school?",
    "Who is it OK to share your location with?",
  },

  messages = {
    { id = "live-location",
      prompt = "An app asks, \"Share your live location with everyone?\" What do you pick?",
      choices = {
        { text = "Yes, share it with everyone", safe = false,
          feedback = "It's easy to tap yes. But then strangers could see where you are. Pick no, and ask a grown-up to check your settings." },
        { text = "No, and ask a grown-up", safe = true, why = "Only people you know in real life, like family, should know where you are.",
          feedback = "Smart choice! Your location shows where you live and go. A grown-up can help you keep it private." },
      } },
    { id = "school-logo",
      prompt = "You want to post a photo of you in your school jumper. The school logo shows. What do you do?",
      choices = {
        { text = "Post it. It's a nice photo", safe = false,
          feedback = "It is a nice photo! But the logo tells people your school. Pick a photo without it, and ask a grown-up first." },
        { text = "Pick a photo without the logo", safe = true, why = "A logo shows which school you go to.",
          feedback = "Well spotted! Logos, street signs and house numbers can show where you are. Check your photos first." },
      } },
    { id = "check-in",
      prompt = "Your friend checks in online at your house. What could that show people?",
      choices = {
        { text = "Where I live", safe = true, why = "A check-in at home shows everyone where your home is.",
          feedback = "That's right. A check-in at home shows where you live. Only share places with people you know in real life." },
        { text = "Nothing at all", safe = false,
          feedback = "Good try. But a check-in can show where your home is. Only share places with people you know in real life." },
      } },
  },

  build = function(b)
    b:course{
      count = 18, first = 900, spacing = 410, gap = 250, width = 100,
      low = 240, high = 430, step = 110, wobble = 0,
      labels = { "PRIVATE", "WHERE?", "SAFE", "MAP" },
      pickup_kinds = { "shield", "key", "star" }, pickup_every = 3,
      messages_after = { [4] = "live-location", [10] = "school-logo", [15] = "check-in" },
    }
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Well done!" } end
    return nil
  end,
}
