-- Someone asks for a picture with no clothes on: say no, tell, never your fault, never pass one on.
-- Sources: CEOP: tell an adult you trust; call 999 in immediate danger; children report to CEOP people who
-- ask for nude images, ask them to live-stream and do things they don't want to, ask to meet, or keep trying
-- to talk privately from a game (https://www.thinkuknow.co.uk/11_13/help/CEOP/); NHS South Yorkshire, report
-- to CEOP an adult who asked a child to "send them a naked or partially-clothed image"
-- (https://sybhealthiertogether.nhs.uk/parentscarers/keeping-your-child-safe/keep-your-child-safe-online/offensive-and-illegal-activity-online);
-- NSPCC, reassure a young person "that they haven't done anything wrong", and "never view the image"
-- (https://learning.nspcc.org.uk/research-resources/report-remove); CEOP Education, "it is never too late to
-- get help" (https://www.ceopeducation.co.uk/11_18/lets-talk-about/online-safety/reporting-nude-images/).
-- Worded for 7-11: "a picture with no clothes on".
return {
  id = "my-body-is-private",
  title = "My Body Is Private",
  topic = "body-privacy",
  lesson = "Your body is private. If anyone asks for a picture of you with no clothes on, say no and tell a trusted adult.",
  ages = { 7, 11 },
  strands = { "online-relationships", "self-image-and-identity" },
  difficulty = 2,
  theme = "shield",
  lives = 5,
  physics = { gravity = 0.40, flap = 7.5, terminal = 9, speed = 3.0 },
  links = { "childline", "ceop-report" },
  grown_up_links = { "nspcc-online-safety" },
  discussion = {
    "Who could you tell if someone online asked for a picture that made you feel uncomfortable?",
    "Why is it never the child's fault if someone asks for a picture like this?",
  },

  messages = {
    { id = "picture-request",
      prompt = "Someone online asks for a picture of you with no clothes on. What do you do?",
      choices = {
        { text = "Say no, and tell a trusted adult", safe = true, why = "No one should ask you for that. A trusted adult and CEOP can help.",
          feedback = "Well done. That is never OK to ask, and it is not your fault. A trusted adult can help you report it to CEOP, part of the police." },
        { text = "Send one so they stop asking", safe = false,
          feedback = "It can feel scary when someone keeps asking. But you don't have to do what they say. Say no. Tell a trusted adult. You won't be in trouble." },
      } },
    { id = "already-sent",
      prompt = "Sam sent a picture with no clothes on to someone online. Now Sam feels scared. What should Sam do?",
      choices = {
        { text = "Tell a trusted adult, and don't send more", safe = true, why = "It is not Sam's fault, and it is never too late to get help.",
          feedback = "Yes. It is not Sam's fault. Sam should not send any more. A trusted adult, Childline or CEOP can help." },
        { text = "Keep it secret and hope it goes away", safe = false,
          feedback = "It's normal to feel scared and want to hide it. But it is never too late to get help. It is not Sam's fault. Tell a trusted adult." },
      } },
    { id = "picture-passed-on",
      prompt = "Someone in your class shows you a picture of a child with no clothes on. What do you do?",
      choices = {
        { text = "Send it to my friends", safe = false,
          feedback = "It can be hard to know what to do. But never send on or screenshot a picture like this. Tell a trusted adult straight away." },
        { text = "Don't share it, and tell a trusted adult", safe = true, why = "Sending it on would hurt the child in it, and a grown-up can help.",
          feedback = "Well done. Never screenshot or send on a picture like this. You won't be in trouble for telling. A trusted adult can help." },
      } },
  },

  build = function(b)
    b:course{
      count = 18, first = 900, spacing = 410, gap = 250, width = 100,
      low = 240, high = 430, step = 110, wobble = 0,
      labels = { "MY BODY", "SAY NO", "TELL", "SAFE" },
      pickup_kinds = { "shield", "heart", "badge", "star" }, pickup_every = 3,
      messages_after = { [4] = "picture-request", [10] = "already-sent", [15] = "picture-passed-on" },
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
