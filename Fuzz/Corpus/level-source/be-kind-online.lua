-- Sources: NHS South Yorkshire, online bullying "can be very hurtful" and platforms have tools for blocking
-- and reporting
-- (https://sybhealthiertogether.nhs.uk/parentscarers/keeping-your-child-safe/keep-your-child-safe-online/offensive-and-illegal-activity-online);
-- SMART rules, tell a trusted adult (https://www.kshs.uk/e-safety).
-- Level 8: be kind online. The first level with gates that drift up and down.
return {
  id = "be-kind-online",
  title = "Be Kind Online",
  topic = "kindness",
  lesson = "Be kind online: think before you post, and don't join in when someone is being unkind.",
  ages = { 7, 11 },
  strands = { "online-bullying", "online-reputation" },
  difficulty = 5,
  theme = "heart",
  links = { "childnet-young-people", "childline" },
  grown_up_links = { "uk-safer-internet-centre" },
  discussion = {
    "How can someone tell that words online were meant kindly?",
    "What could you do if you see someone being unkind in a group chat?",
  },

  messages = {
    { id = "mean-joke",
      prompt = "In a group chat, someone posts a mean joke about a classmate. Others add laughing faces. What do you do?",
      choices = {
        { text = "Add a laughing face too", safe = false,
          feedback = "It's hard to be the only one not joining in. But a laugh can still hurt. Don't join in. Tell a trusted adult." },
        { text = "Don't join in, and tell a trusted adult", safe = true, why = "Not joining in helps, and a grown-up can stop it.",
          feedback = "That's kind and brave! Not joining in helps. A trusted adult can help stop it. You could check your classmate is OK too." },
        { text = "Leave the chat and say nothing", safe = false,
          feedback = "Leaving is better than joining in. But your classmate may need help. Tell a trusted adult what you saw." },
      } },
    { id = "cross-after-losing",
      prompt = "You lose a game online. You feel cross and want to type something mean. What do you do?",
      choices = {
        { text = "Take a break before I type", safe = true, why = "A break helps you calm down first.",
          feedback = "Great idea! Everyone feels cross sometimes. A break helps you calm down, so you don't say things you'll be sorry for." },
        { text = "Type it. They won't know it's me", safe = false,
          feedback = "It's OK to feel cross. But mean words hurt, even online. There's a real person on the other side." },
      } },
    { id = "kind-comment",
      prompt = "Your friend shares a drawing they made. What could you say?",
      choices = {
        { text = "\"Wow, I love the colours!\"", safe = true, why = "Kind words make people feel good.",
          feedback = "Lovely! Kind words make people feel good, online and off." },
        { text = "\"That's rubbish.\"", safe = false,
          feedback = "That could make your friend sad. Think, \"Would I say this to their face?\" Try something kind instead." },
      } },
  },

  build = function(b)
    b:course{
      count = 26, first = 900, spacing = 375, gap = 225, width = 110,
      low = 215, high = 455, step = 150, wobble = 25,
      move_every = 4, amplitude = 30, period = 800,
      labels = { "KIND", "THINK", "NICE", "CARE" },
      pickup_kinds = { "heart", "star", "badge" }, pickup_every = 3,
      messages_after = { [6] = "mean-joke", [13] = "cross-after-losing", [20] = "kind-comment" },
    }
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Kind choice!" } end
    return nil
  end,
}
