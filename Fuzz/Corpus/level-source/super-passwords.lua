-- Sources: three random words: the UK National Cyber Security Centre's advice; no page of the NCSC's own was
-- found in the stored pages, only the West Midlands Cyber Resilience Centre's explanation of it, "Why does the
-- NCSC recommend using 'three random words'?" (https://www.wmcyber.org/3rw/) (see Levels/README.md, Sources
-- not found); keep passwords private and tell a trusted adult: SMART rules
-- (https://www.kshs.uk/e-safety).
-- Level 7: strong passwords (three random words), kept secret.
return {
  id = "super-passwords",
  title = "Super Passwords",
  topic = "passwords",
  lesson = "Use three random words for a strong password, and only share it with a trusted adult.",
  ages = { 7, 11 },
  strands = { "privacy-and-security" },
  difficulty = 4,
  theme = "padlock",
  physics = { gravity = 0.43, flap = 7.8, terminal = 10, speed = 3.3 },
  links = { "childnet-young-people", "childline" },
  grown_up_links = { "get-safe-online" },
  discussion = {
    "What makes a password strong, and why do three random words work?",
    "Who should know your passwords?",
  },

  messages = {
    { id = "best-password",
      prompt = "Amir needs a new password for his game. Which idea is best?",
      choices = {
        { text = "His name and 123", safe = false,
          feedback = "Good try. But names and 123 are easy to guess. Three random words, like frog, lamp and pie, are much stronger." },
        { text = "The word \"password\"", safe = false,
          feedback = "That's one of the first words people try! Three random words, like frog, lamp and pie, are much stronger." },
        { text = "Three random words, like frog, lamp and pie", safe = true, why = "They are easy to remember and hard to guess.",
          feedback = "Brilliant! Three random words are easy for you to remember, and hard for others to guess." },
      } },
    { id = "best-friend-asks",
      prompt = "Your best friend asks for your game password. They want to help you win. What do you do?",
      choices = {
        { text = "Say no kindly, and keep it secret", safe = true, why = "Passwords are just for you and your grown-ups.",
          feedback = "Well done! Passwords are just for you and your trusted grown-ups. That keeps your account safe." },
        { text = "Tell them. They're my best friend", safe = false,
          feedback = "It's kind to trust your friend. But passwords are just for you and your grown-ups. Friends can tell others by mistake." },
      } },
    { id = "someone-knows",
      prompt = "You think someone knows your password. Things keep changing in your game. What do you do?",
      choices = {
        { text = "Wait and see what happens", safe = false,
          feedback = "It's OK to feel unsure. But waiting could let them do more. Tell a trusted adult, and change your password." },
        { text = "Tell a grown-up, and change it", safe = true, why = "A new password locks them out again.",
          feedback = "Great! A trusted adult can help you make a new, strong password. That keeps your account safe." },
      } },
  },

  build = function(b)
    b:course{
      count = 24, first = 900, spacing = 385, gap = 230, width = 110,
      low = 220, high = 450, step = 145, wobble = 20,
      labels = { "SECRET", "STRONG", "3 WORDS", "LOCKED" },
      pickup_kinds = { "key", "shield", "star" }, pickup_every = 3,
      messages_after = { [6] = "best-password", [13] = "best-friend-asks", [19] = "someone-knows" },
    }
  end,

  on_gate_passed = function(e)
    if e.gate % 10 == 0 then return { score = 5, banner = "Ten more gates! Super safe!" } end
    return nil
  end,
}
