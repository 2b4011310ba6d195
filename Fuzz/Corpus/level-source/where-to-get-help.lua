-- Sources: CEOP, "If you are in immediate danger please call the police on 999 ... Please also tell an adult
-- you trust", and what children report to CEOP: requests for nude images, pressure to meet, private chat from
-- a game (https://www.thinkuknow.co.uk/11_13/help/CEOP/); NCA-CEOP, "CEOP can only respond to concerns
-- related to sexual abuse online", bullying goes elsewhere
-- (https://parentinfo.org/article/child-online-safety-during-lockdown-where-to-report); NSPCC, reassure a
-- young person who lost control of an image "that they haven't done anything wrong"
-- (https://learning.nspcc.org.uk/research-resources/report-remove); CEOP Education, "it is never too late to
-- get help" (https://www.ceopeducation.co.uk/11_18/lets-talk-about/online-safety/reporting-nude-images/);
-- Childline 0800 1111, free (Childline's column, see tell-a-trusted-adult).
-- Level 3: where to get help: a trusted adult, Childline, CEOP.
-- Early and gentle, so every child reaches it: wide gaps, slow scrolling and five lives.
return {
  id = "where-to-get-help",
  title = "Where to Get Help",
  topic = "getting-help",
  lesson = "If something online worries you, tell a trusted adult or call Childline on 0800 1111. CEOP helps if someone asks for pictures.",
  ages = { 7, 11 },
  strands = { "online-relationships", "online-bullying" },
  difficulty = 2,
  theme = "shield",
  lives = 5,
  physics = { gravity = 0.40, flap = 7.5, terminal = 9, speed = 3.0 },
  links = { "childline", "ceop-report" },
  grown_up_links = { "nspcc-online-safety" },
  discussion = {
    "Who could you talk to if something online worried you, and you did not want to tell anyone at home?",
    "What is CEOP for, and what other help is there for things like bullying?",
  },

  messages = {
    { id = "who-to-talk-to",
      prompt = "Something online is worrying you. You don't want to tell anyone at home. Who could you talk to?",
      choices = {
        { text = "No one. I'll keep it in", safe = false,
          feedback = "It can feel hard to talk. But you don't have to cope alone. Tell a teacher you trust, or call Childline free on 0800 1111." },
        { text = "A teacher, or Childline on 0800 1111", safe = true, why = "They listen, and they can help. Childline is free.",
          feedback = "Yes! A teacher can help. Childline is free, and you can talk to them about anything, big or small." },
        { text = "Someone I chat to in a game", safe = false,
          feedback = "People in games may not be who they say. Talk to a trusted adult, or call Childline free on 0800 1111." },
      } },
    { id = "report-to-ceop",
      prompt = "An adult you met online keeps asking for photos of you. You feel scared. What can you do?",
      choices = {
        { text = "Tell a trusted adult, and report to CEOP", safe = true, why = "CEOP is part of the police. They help when someone asks for pictures.",
          feedback = "Well done. It is not your fault. Even if you sent one, don't send any more. CEOP is part of the police. A trusted adult can help you report." },
        { text = "Do what they say so they stop", safe = false,
          feedback = "It's normal to feel scared. You don't have to do what they say. Even if you sent one, it is not your fault. Don't send more. Tell a trusted adult." },
      } },
    { id = "help-a-friend",
      prompt = "Your friend says something online is making them sad. They ask you not to tell. What do you do?",
      choices = {
        { text = "Help them tell a trusted adult", safe = true, why = "Some secrets are too big to keep. Telling is how you help.",
          feedback = "What a good friend! Go with them to tell a grown-up they trust. They could call Childline on 0800 1111 too." },
        { text = "Keep their secret", safe = false,
          feedback = "You're a kind friend. But some secrets are too big to keep. Telling a trusted adult is how you help." },
      } },
  },

  build = function(b)
    b:course{
      count = 18, first = 900, spacing = 410, gap = 250, width = 100,
      low = 240, high = 430, step = 110, wobble = 0,
      labels = { "HELP", "TALK", "SAFE", "CALL" },
      pickup_kinds = { "shield", "heart", "badge", "star" }, pickup_every = 3,
      messages_after = { [4] = "who-to-talk-to", [10] = "report-to-ceop", [15] = "help-a-friend" },
    }
  end,

  on_gate_passed = function(e)
    if e.gate % 10 == 0 then return { score = 5, banner = "Ten gates! Keep going!" } end
    return nil
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "You know where to get help!" } end
    return nil
  end,
}
