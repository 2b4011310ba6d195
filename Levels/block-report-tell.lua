-- Level 10: online bullying. Don't reply; keep evidence; block, report and tell.
return {
  id = "block-report-tell",
  title = "Block, Report, Tell",
  topic = "bullying",
  lesson = "If someone is mean online, don't reply: screenshot it, block, report and tell a trusted adult.",
  ages = { 8, 13 },
  difficulty = 6,
  theme = "megaphone",
  physics = { gravity = 0.45, flap = 8, terminal = 10, speed = 3.6 },
  links = { "childline", "childline-online-safety", "report-harmful-content" },

  messages = {
    { id = "mean-messages",
      prompt = "Someone keeps sending you mean messages in a game. What should you do?",
      choices = {
        { text = "Send mean messages back", safe = false,
          feedback = "It's normal to feel angry. But replying can make it worse. Don't reply. Block them, and tell a trusted adult." },
        { text = "Save the messages, and tell a grown-up", safe = true,
          feedback = "Well done! Saved messages help a grown-up sort it out. Then you can block and report them." },
      } },
    { id = "screenshot",
      prompt = "A friend is being picked on in a group chat. How can you help?",
      choices = {
        { text = "Take a screenshot, and show a trusted adult", safe = true,
          feedback = "Great! A screenshot keeps proof, even if the mean messages get deleted. It helps grown-ups stop it." },
        { text = "Delete the chat so no one sees", safe = false,
          feedback = "You want to make it stop, and that's kind. But deleting loses the proof. Take a screenshot, then tell a trusted adult." },
      } },
    { id = "not-your-fault",
      prompt = "Someone is being mean to you online every day. You start to think it's your fault. Is it?",
      choices = {
        { text = "No, bullying is never my fault", safe = true,
          feedback = "That's right. No one should be bullied. Block, report and tell a trusted adult. You can call Childline on 0800 1111 too." },
        { text = "Yes, I must have done something", safe = false,
          feedback = "That's a hard feeling. But bullying is never your fault. Tell a trusted adult. You can call Childline on 0800 1111 too." },
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
