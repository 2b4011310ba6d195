-- Edited and faked photos: no one is perfect; never make or share a fake of someone; a fake of you is not
-- your fault.
-- Sources: Childline on body image: "a lot of images we see online are not real", filters, "no one is
-- perfect"
-- (https://www.sunderlandecho.com/news/opinion/columnists/childline-advice-body-image-is-one-of-the-biggest-concern-for-young-people-contacting-our-counsellors-4235497);
-- Childline on AI: AI content "can be used to bully"
-- (https://www.sunderlandecho.com/news/opinion/columnists/childline-ai-can-bring-negatives-as-well-as-the-positives-to-young-people-4990612);
-- Internet Matters: "from deepfakes to body editors, not everything is what it seems"
-- (https://www.internetmatters.org/resources/promoting-positive-body-image-with-children); reporting to the
-- platform: UK Safer Internet Centre
-- (https://saferinternet.org.uk/safer-internet-day/safer-internet-day-2023/parents-and-carers/how-to-make-a-report).
return {
  id = "fake-photos",
  title = "Fake Photos",
  topic = "fake-images",
  lesson = "Photos online can be edited or faked. Never make or share a fake of someone. Tell a trusted adult about fakes.",
  ages = { 8, 11 },
  strands = { "self-image-and-identity", "online-bullying", "managing-online-information" },
  difficulty = 4,
  theme = "camera",
  physics = { gravity = 0.43, flap = 7.8, terminal = 10, speed = 3.3 },
  links = { "childline", "childnet-young-people" },
  grown_up_links = { "internet-matters" },
  discussion = {
    "Why might someone edit a photo before they post it?",
    "How could a fake photo of a real person hurt them?",
  },

  messages = {
    { id = "face-app",
      prompt = "A classmate uses an app to turn a friend's photo into a silly fake. They want to share it. What do you do?",
      choices = {
        { text = "Share it. It's only a joke", safe = false,
          feedback = "It might look funny. But a fake photo can really hurt, and it can be used to bully. Don't share it. Tell a trusted adult." },
        { text = "Don't share it, and tell a trusted adult", safe = true, why = "Fake photos can be used to bully, and a grown-up can help stop it.",
          feedback = "That's kind and brave. A fake of a real person can hurt them. A trusted adult can help get it taken down." },
      } },
    { id = "perfect-photo",
      prompt = "A star's photo online looks perfect. You wish you looked like that. What is true?",
      choices = {
        { text = "Lots of photos are edited. No one is perfect", safe = true, why = "Filters and apps change how people look in photos.",
          feedback = "That's right! Many photos are changed with filters and apps. No one is perfect. You are great as you are." },
        { text = "The photo must be real", safe = false,
          feedback = "It looks real. But lots of photos are changed with filters and apps. People can look very different in real life. No one is perfect." },
      } },
    -- A reflection: every feeling is welcome, and every answer hears it is not your fault.
    { id = "fake-of-me", kind = "reflection",
      prompt = "Someone made a fake photo of you and shared it. How would you feel?",
      choices = {
        { text = "Upset",
          feedback = "It's OK to feel upset. It is not your fault. Tell a trusted adult. They can help report it and get it taken down." },
        { text = "Angry",
          feedback = "It's OK to feel angry. It is not your fault. Don't reply. Tell a trusted adult, or call Childline free on 0800 1111." },
        { text = "Embarrassed",
          feedback = "It's OK to feel embarrassed. Lots of people would. It is not your fault. Tell a trusted adult. They can help get it taken down." },
      } },
  },

  build = function(b)
    b:course{
      count = 23, first = 900, spacing = 390, gap = 235, width = 110,
      low = 220, high = 450, step = 140, wobble = 20,
      labels = { "REAL?", "FAKE?", "KIND", "TELL" },
      pickup_kinds = { "lightbulb", "badge", "star" }, pickup_every = 3,
      messages_after = { [5] = "face-app", [12] = "perfect-photo", [19] = "fake-of-me" },
    }
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Super sleuth!" } end
    return nil
  end,
}
