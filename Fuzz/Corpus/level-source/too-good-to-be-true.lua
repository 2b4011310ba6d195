-- Sources: SMART rules, "Accepting emails, IM messages or opening files, pictures, or texts from people you
-- don't know or trust can lead to problems - they may contain viruses" (https://www.kshs.uk/e-safety).
-- Level 5: links, attachments and "you've won" tricks.
return {
  id = "too-good-to-be-true",
  title = "Too Good to Be True",
  topic = "scams",
  lesson = "Don't trust odd links, files or \"you've won\" messages: check with a trusted adult first.",
  ages = { 7, 11 },
  strands = { "privacy-and-security", "managing-online-information" },
  difficulty = 3,
  theme = "mail",
  lives = 4,
  physics = { gravity = 0.42, flap = 7.7, terminal = 9.5, speed = 3.2 },
  links = { "childnet-young-people", "childline" },
  grown_up_links = { "get-safe-online" },
  discussion = {
    "What makes a message or pop-up \"too good to be true\"?",
    "What could you do if a message from a friend's account does not sound like them?",
  },

  messages = {
    { id = "free-prize",
      prompt = "A pop-up says, \"You've won a free tablet! Click here and type your address.\" What do you do?",
      choices = {
        { text = "Close it, and tell a grown-up", safe = true, why = "Prizes like this are tricks to get your details.",
          feedback = "Good thinking! If it sounds too good to be true, it is a trick. Never type your address into a pop-up." },
        { text = "Click to get my prize", safe = false,
          feedback = "It sounds exciting! But pop-ups like this are tricks to get your details. Close it, and tell a trusted adult." },
      } },
    { id = "odd-file",
      prompt = "You get an email from someone you don't know. It says, \"Open this file for a funny video!\" What do you do?",
      choices = {
        { text = "Open the file", safe = false,
          feedback = "It's normal to want to see it. But files from strangers can hide bugs that harm your device. Don't open it. Show a trusted adult." },
        { text = "Don't open it, and show a grown-up", safe = true, why = "Files from strangers can hide viruses.",
          feedback = "Great! Files from people you don't know can hide bugs called viruses. A grown-up can help you delete it." },
        { text = "Reply and ask what it is", safe = false,
          feedback = "Asking is a good idea in real life. But a reply tells them your email works. Don't reply. Show a trusted adult." },
      } },
    { id = "friend-link",
      prompt = "Your friend's account sends you a link. It says, \"Is this you in this video?\" It doesn't sound like them. What do you do?",
      choices = {
        { text = "Click it to find out", safe = false,
          feedback = "It's normal to feel worried and want to look. But tricksters send links like this from friends' accounts. Don't click. Ask a trusted adult." },
        { text = "Don't click, and ask a grown-up", safe = true, why = "Someone else may be using your friend's account.",
          feedback = "Well done! Accounts can be taken over by someone else. Ask a trusted adult, or check with your friend face to face." },
      } },
  },

  build = function(b)
    b:course{
      count = 21, first = 900, spacing = 400, gap = 240, width = 105,
      low = 230, high = 440, step = 130, wobble = 15,
      labels = { "CLICK?", "WIN!?", "FREE?", "STOP" },
      pickup_kinds = { "lightbulb", "star", "shield" }, pickup_every = 3,
      messages_after = { [5] = "free-prize", [11] = "odd-file", [17] = "friend-link" },
    }
  end,

  on_gate_passed = function(e)
    if e.gate % 10 == 0 then return { score = 5, banner = "Ten more gates! Keep going!" } end
    return nil
  end,
}
