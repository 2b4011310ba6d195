-- PEGI age labels on games and apps: play what suits your age, and stop if something upsets you.
-- Sources: PEGI age labels: "The age categories indicate whether a video game is appropriate for children
-- from a certain age", five categories 3, 7, 12, 16 and 18, "millions of apps" rated
-- (https://www.seizethecontrols.eu/about-pegi-age-labels/, ISFE's campaign; ISFE founded PEGI); CEOP on viral
-- scares: most "have been found to be hoaxes, fake news or wildly exaggerated stories"; a child can come to
-- "another adult they trust for help"; "if they do see something upsetting or worrying, they are in control",
-- can report it and close the app
-- (https://prod.thinkuknow.co.uk/parents/articles/theres-a-viral-scare-online-what-should-i-do). The level
-- never names a challenge, as CEOP advises.
return {
  id = "age-ratings",
  title = "Age Ratings",
  topic = "age-ratings",
  lesson = "Games and apps have age labels. Play ones that suit your age, and ask a grown-up if you're not sure.",
  ages = { 7, 11 },
  strands = { "health-wellbeing-and-lifestyle", "managing-online-information" },
  difficulty = 5,
  theme = "gamepad",
  links = { "childnet-young-people", "childline" },
  grown_up_links = { "pegi" },
  discussion = {
    "What does the number on a PEGI label tell you?",
    "What could you do if a game shows you something that upsets you?",
  },

  messages = {
    { id = "pegi-label",
      prompt = "Your friend's game has a PEGI 12 label. You are 9. What does the label mean?",
      choices = {
        { text = "It suits people aged 12 and over", safe = true, why = "PEGI labels show which age a game's content suits.",
          feedback = "That's right! PEGI 12 means the game suits people aged 12 and over. A grown-up can help you find a game for your age." },
        { text = "You must be good at games", safe = false,
          feedback = "Good try. PEGI labels are about age, not how hard a game is. PEGI 12 means it suits people aged 12 and over." },
      } },
    { id = "app-label",
      prompt = "An app shows a PEGI 16 label. Lots of your friends use it. What do you do?",
      choices = {
        { text = "Get it anyway", safe = false,
          feedback = "It's hard to feel left out. But PEGI 16 means it suits people aged 16 and over. Ask a grown-up to help you find one for your age." },
        { text = "Ask a grown-up, and pick one for my age", safe = true, why = "PEGI 16 means it suits people aged 16 and over.",
          feedback = "Well done! Age labels help you find apps that suit you. A grown-up can help you choose." },
      } },
    -- A reflection: feeling scared, or fine, is never wrong.
    { id = "scary-game", kind = "reflection",
      prompt = "A game for older children showed you something scary. How do you feel?",
      choices = {
        { text = "Scared",
          feedback = "It's OK to feel scared. You can stop playing and close the game. Tell a trusted adult. They can help." },
        { text = "Upset",
          feedback = "Thank you for saying. Your feelings matter. You are in control: you can stop. Talk to a trusted adult about it." },
        { text = "I'm OK",
          feedback = "That's good to hear. If it comes back into your mind, you can always talk to a trusted adult." },
      } },
  },

  build = function(b)
    b:course{
      count = 26, first = 900, spacing = 375, gap = 225, width = 110,
      low = 215, high = 455, step = 150, wobble = 25,
      move_every = 4, amplitude = 30, period = 800,
      labels = { "AGE?", "PEGI", "ASK", "SAFE" },
      pickup_kinds = { "heart", "star", "badge" }, pickup_every = 3,
      messages_after = { [6] = "pegi-label", [13] = "app-label", [20] = "scary-game" },
    }
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Great choice!" } end
    return nil
  end,
}
