-- Sources: SMART rules, "information you find on the internet may not be reliable", "Someone online may be
-- lying about who they are", and keep personal information such as your phone number private
-- (https://www.kshs.uk/e-safety); Childline, "not everything they see or read online is real"
-- (https://www.sunderlandecho.com/news/opinion/columnists/childline-ai-can-bring-negatives-as-well-as-the-positives-to-young-people-4990612);
-- CEOP, most viral scares "have been found to be hoaxes"
-- (https://prod.thinkuknow.co.uk/parents/articles/theres-a-viral-scare-online-what-should-i-do).
-- Level 6: fake people and fake facts.
return {
  id = "real-or-fake",
  title = "Real or Fake?",
  topic = "fake-content",
  lesson = "Not everything online is true, and people can pretend, so check with a trusted adult.",
  ages = { 7, 11 },
  strands = { "managing-online-information", "self-image-and-identity" },
  difficulty = 4,
  theme = "magnifier",
  physics = { gravity = 0.43, flap = 7.8, terminal = 10, speed = 3.3 },
  links = { "childnet-young-people", "childline" },
  grown_up_links = { "uk-safer-internet-centre" },
  discussion = {
    "How can you check if a photo or a story online is true?",
    "How do chain messages try to make people feel, and why?",
  },

  messages = {
    { id = "shark-photo",
      prompt = "You see a photo of a shark swimming down a town street. Lots of people like it. Is it true?",
      choices = {
        { text = "Maybe not. I'll check first", safe = true, why = "Photos can be changed, or made by a computer.",
          feedback = "Great detective work! Photos can be faked. Ask a grown-up, or look on a site you trust, to check." },
        { text = "Yes, lots of people like it", safe = false,
          feedback = "Good try. But likes don't make something true. Photos can be changed, or made by a computer. Check with a trusted adult." },
      } },
    { id = "chain-message",
      prompt = "A message says, \"Send this to 10 friends, or something bad will happen to you!\" What do you do?",
      choices = {
        { text = "Send it on, just in case", safe = false,
          feedback = "It's OK to feel scared. But these messages are made up. Nothing bad will happen. Don't send it on. Tell a trusted adult." },
        { text = "Don't send it, and tell a grown-up", safe = true, why = "Chain messages are made up to scare people.",
          feedback = "Yes! Chain messages are not true. They just want to scare people. A grown-up can help you delete it." },
      } },
    { id = "famous-gamer",
      prompt = "An account says it is a famous gamer. It says you've won a prize, and asks for your phone number. What do you do?",
      choices = {
        { text = "Send my number", safe = false,
          feedback = "That would be exciting! But fake accounts pretend to be famous people. Never share your number. Tell a trusted adult." },
        { text = "Check their picture looks right", safe = false,
          feedback = "Checking is smart. But fake accounts can look real. Don't share anything. Tell a trusted adult." },
        { text = "Tell a trusted adult", safe = true, why = "People can pretend to be famous online. Your number is private.",
          feedback = "Good choice! People can pretend to be famous online. Your phone number is private. A grown-up can help you report it." },
      } },
  },

  build = function(b)
    b:course{
      count = 23, first = 900, spacing = 390, gap = 235, width = 110,
      low = 220, high = 450, step = 140, wobble = 20,
      labels = { "TRUE?", "FAKE?", "CHECK", "REAL?" },
      pickup_kinds = { "lightbulb", "badge", "star" }, pickup_every = 3,
      messages_after = { [5] = "shark-photo", [12] = "chain-message", [19] = "famous-gamer" },
    }
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Super sleuth!" } end
    return nil
  end,
}
