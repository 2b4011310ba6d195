-- Sources: NHS South Yorkshire, platforms "come with tools for blocking other users and reporting abuse"
-- (https://sybhealthiertogether.nhs.uk/parentscarers/keeping-your-child-safe/keep-your-child-safe-online/offensive-and-illegal-activity-online);
-- UK Safer Internet Centre on making a report to the platform
-- (https://saferinternet.org.uk/safer-internet-day/safer-internet-day-2023/parents-and-carers/how-to-make-a-report);
-- NSPCC, never view (and so never pass on) a nude image of a young person
-- (https://learning.nspcc.org.uk/research-resources/report-remove); Childline 0800 1111.
-- Level 10: online bullying. Don't reply; keep evidence; block, report and tell.
return {
  id = "block-report-tell",
  title = "Block, Report, Tell",
  topic = "bullying",
  lesson = "If someone is mean online, don't reply. Save it, block them, report them and tell a trusted adult.",
  ages = { 8, 11 },
  strands = { "online-bullying" },
  difficulty = 6,
  theme = "megaphone",
  physics = { gravity = 0.45, flap = 8, terminal = 10, speed = 3.6 },
  links = { "childline", "childnet-young-people" },
  grown_up_links = { "uk-safer-internet-centre" },
  discussion = {
    "What does blocking do, and what does reporting do?",
    "How can you help a friend who is being picked on online?",
  },

  messages = {
    { id = "mean-messages",
      prompt = "Someone keeps sending you mean messages in a game. What should you do?",
      choices = {
        { text = "Send mean messages back", safe = false,
          feedback = "It's normal to feel angry. But replying can make it worse. Don't reply. Block them, and tell a trusted adult." },
        { text = "Save the messages, and tell a grown-up", safe = true, why = "Saved messages help a grown-up sort it out.",
          feedback = "Well done! Then block them: blocking stops them sending you messages. Report them: reporting tells the game, so it can act." },
      } },
    { id = "screenshot",
      prompt = "A friend is being picked on in a group chat. How can you help?",
      choices = {
        { text = "Take a screenshot, and show a trusted adult", safe = true, why = "A screenshot keeps proof, even if the messages get deleted.",
          feedback = "Great! Proof helps grown-ups stop it. But never screenshot or send on a picture of someone with no clothes on. Just tell." },
        { text = "Delete the chat so no one sees", safe = false,
          feedback = "You want to make it stop, and that's kind. But deleting loses the proof. Take a screenshot, then tell a trusted adult." },
      } },
    -- A reflection: how it feels has no wrong answer. Every answer hears that bullying is never your fault.
    { id = "not-your-fault", kind = "reflection",
      prompt = "Someone is mean to you online every day. How would you feel?",
      choices = {
        { text = "Sad",
          feedback = "It's OK to feel sad. Bullying is never your fault. Tell a trusted adult. You can call Childline free on 0800 1111 too." },
        { text = "Angry",
          feedback = "It's OK to feel angry. Bullying is never your fault. Don't reply. Tell a trusted adult, or call Childline on 0800 1111." },
        { text = "Like it's my fault",
          feedback = "Lots of people feel that. But bullying is never your fault. Tell a trusted adult. Childline can help too, on 0800 1111." },
      } },
  },

  build = function(b)
    b:course{
      count = 29, first = 900, spacing = 365, gap = 215, width = 110,
      low = 210, high = 460, step = 160, wobble = 25,
      move_every = 4, amplitude = 35, period = 800,
      labels = { "BLOCK", "REPORT", "TELL", "SAVE" },
      pickup_kinds = { "shield", "badge", "heart" }, pickup_every = 3,
      messages_after = { [7] = "mean-messages", [15] = "screenshot", [22] = "not-your-fault" },
    }
  end,

  on_gate_passed = function(e)
    if e.gate % 10 == 0 then return { score = 5, banner = "Ten more gates! You're doing great!" } end
    return nil
  end,
}
