-- AI chatbots: a program, not a friend; it can be wrong; no secrets from your grown-ups; your own work.
-- Sources: NSPCC tips on AI chatbots, published by Vodafone: chatbots don't "know" children, "it isn't
-- possible to have a real connection with an AI chatbot", "AI can also make mistakes", verify important
-- information from trusted sources
-- (https://www.vodafone.co.uk/newscentre/smart-living/digital-parenting/nspcc-top-10-tips-parents-how-talk-to-their-children-about-ai-chatbot-use);
-- Childnet's guide Young People, Music and the Internet: "Copyright rules protect the artist and creator",
-- distributing without permission breaks the law (quoted at
-- https://ipkitten.blogspot.com/2008/05/childnets-copyright-advice-for-kiddies.html); safe people do not ask
-- for secrets from your grown-ups: CEOP: tell an adult you trust; 999 in immediate danger; children report
-- people who ask for nude images, to live-stream and do things, to meet, or to talk privately from a game
-- (https://www.thinkuknow.co.uk/11_13/help/CEOP/).
return {
  id = "chatbot-check",
  title = "Chatbot Check",
  topic = "ai-chatbots",
  lesson = "A chatbot is a computer program, not a friend. It can get things wrong, so check what it says.",
  ages = { 8, 11 },
  strands = { "managing-online-information", "online-relationships", "copyright-and-ownership" },
  difficulty = 3,
  theme = "chat",
  lives = 4,
  physics = { gravity = 0.42, flap = 7.7, terminal = 9.5, speed = 3.2 },
  links = { "childnet-young-people", "childline" },
  grown_up_links = { "nspcc-online-safety" },
  discussion = {
    "How is chatting to a chatbot different from chatting to a friend?",
    "How could you check if something a chatbot tells you is true?",
  },

  messages = {
    { id = "bot-secret",
      prompt = "A chatbot in an app says, \"I'm your best friend. Let's keep our chats secret.\" What do you do?",
      choices = {
        { text = "Keep our chats secret", safe = false,
          feedback = "It can feel nice when it says kind things. But a chatbot is a computer program. It can't really be your friend. Tell a trusted adult." },
        { text = "Tell a trusted adult about it", safe = true, why = "A chatbot is a program, and safe chats have no secrets from your grown-ups.",
          feedback = "Well done! A chatbot does not really know you. Safe chats never need to be kept secret from your grown-ups." },
      } },
    { id = "bot-homework",
      prompt = "A chatbot helps with your homework. It says a spider has six legs. What do you do?",
      choices = {
        { text = "Write it down. Computers are always right", safe = false,
          feedback = "Good try. But chatbots can make mistakes. Spiders have eight legs! Check in a book, or on a site you trust." },
        { text = "Check it in a book or on a site I trust", safe = true, why = "Chatbots can get facts wrong.",
          feedback = "Great detective work! A chatbot can sound sure and still be wrong. Checking helps you find the truth." },
      } },
    { id = "bot-story",
      prompt = "Your teacher asks you to write your own story. A chatbot offers to write it for you. What do you do?",
      choices = {
        { text = "Hand in the chatbot's story as mine", safe = false,
          feedback = "It's tempting when you're busy! But that story is not yours. Your teacher wants to see your ideas. Write your own." },
        { text = "Write my own story", safe = true, why = "What you make is yours, and your teacher wants your ideas.",
          feedback = "Brilliant! Your ideas are yours, and they matter. Ask your teacher before you use a chatbot for school work." },
      } },
  },

  build = function(b)
    b:course{
      count = 20, first = 900, spacing = 400, gap = 245, width = 105,
      low = 230, high = 440, step = 125, wobble = 10,
      labels = { "CHECK", "REAL?", "ASK", "THINK" },
      pickup_kinds = { "shield", "heart", "star" }, pickup_every = 3,
      messages_after = { [5] = "bot-secret", [11] = "bot-homework", [16] = "bot-story" },
    }
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Safe choice!" } end
    return nil
  end,
}
