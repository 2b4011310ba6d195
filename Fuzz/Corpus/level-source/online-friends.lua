-- Sources: SMART rules, "Someone online may be lying about who they are" and meeting someone you only know
-- online "can be dangerous" (https://www.kshs.uk/e-safety); CEOP, reports include "Someone online kept asking
-- me to meet them" (https://www.thinkuknow.co.uk/11_13/help/CEOP/); NHS South Yorkshire, report to CEOP an
-- adult who asked a child to meet or to lie to their parents
-- (https://sybhealthiertogether.nhs.uk/parentscarers/keeping-your-child-safe/keep-your-child-safe-online/offensive-and-illegal-activity-online).
-- The game says never meet: stricter than SMART's "only with your parent's permission", on purpose for ages
-- 7-11.
-- Level 4: online friends are still strangers.
return {
  id = "online-friends",
  title = "Online Friends",
  topic = "online-friends",
  lesson = "Online friends are still strangers: never meet them, and tell a trusted adult if they ask.",
  ages = { 7, 11 },
  strands = { "online-relationships" },
  difficulty = 3,
  theme = "chat",
  lives = 4,
  physics = { gravity = 0.42, flap = 7.7, terminal = 9.5, speed = 3.2 },
  links = { "childline", "ceop-report" },
  grown_up_links = { "nspcc-online-safety" },
  discussion = {
    "Why can't you be sure an online friend is who they say they are?",
    "Why is a request to keep a meeting secret a warning sign?",
  },

  messages = {
    { id = "friend-request",
      prompt = "Someone you don't know sends you a friend request. They ask which school you go to. What do you do?",
      choices = {
        { text = "Tell them my school", safe = false,
          feedback = "It's kind to want to be friendly. But we can't know who they really are. Don't reply. Tell a trusted adult." },
        { text = "Don't reply, and tell a trusted adult", safe = true, why = "Your school is private. A grown-up can help you block and report.",
          feedback = "Well done! Never share your school online. A trusted adult can help you block and report them." },
        { text = "Add them, but keep my school secret", safe = false,
          feedback = "Keeping your school private is good. But only add people you know in real life. Tell a trusted adult about it." },
      } },
    { id = "same-age",
      prompt = "A new online friend says they are 10, just like you. Their picture shows a child. Are they really 10?",
      choices = {
        { text = "I can't be sure who they are", safe = true, why = "People can pretend online, and pictures can be fake.",
          feedback = "That's right. People can pretend online. Be careful what you share, and tell a trusted adult if things feel odd." },
        { text = "Yes, the picture shows it", safe = false,
          feedback = "It looks that way. But pictures can be fake. Anyone can use a picture of someone else. They are still a stranger." },
      } },
    { id = "meet-up",
      prompt = "Your game friend asks to meet you at the park. They say, \"Don't tell anyone.\" What do you do?",
      choices = {
        { text = "Go, but take a friend", safe = false,
          feedback = "Thinking about safety is good. But two children on their own is still not safe. Don't go. Tell a trusted adult." },
        { text = "Go on my own", safe = false,
          feedback = "They may seem nice, but they are still a stranger. Never go to meet them. Tell a trusted adult. You won't be in trouble." },
        { text = "Don't go, and tell a trusted adult", safe = true, why = "Never meet someone you only know online. Telling keeps you safe.",
          feedback = "Yes! Never go to meet someone you only know online. Asking you to keep it secret is a warning sign. Telling keeps you safe." },
      } },
  },

  build = function(b)
    b:course{
      count = 20, first = 900, spacing = 400, gap = 245, width = 105,
      low = 230, high = 440, step = 125, wobble = 10,
      labels = { "FRIEND?", "WHO?", "STRANGER", "REAL?" },
      pickup_kinds = { "shield", "heart", "star" }, pickup_every = 3,
      messages_after = { [5] = "friend-request", [11] = "same-age", [16] = "meet-up" },
    }
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Safe choice!" } end
    return nil
  end,
}
