-- Sources: what is posted can be saved or shared by others, and cannot always be taken back: CEOP
-- Education, Report Remove "can't help with removing images or videos that ... have been saved on someone's
-- phone or computer" (https://www.ceopeducation.co.uk/11_18/lets-talk-about/online-safety/reporting-nude-images/);
-- tell a trusted adult: SMART rules (https://www.kshs.uk/e-safety).
-- Level 13: the finale. Digital footprint: think before you post.
return {
  id = "footprints-online",
  title = "Footprints Online",
  topic = "digital-footprint",
  lesson = "What you post can stay online for a long time, so think before you post.",
  ages = { 9, 11 },
  strands = { "online-reputation" },
  difficulty = 10,
  theme = "footprints",
  physics = { gravity = 0.50, flap = 8.5, terminal = 11, speed = 4.2 },
  links = { "childnet-young-people", "childline-info-advice" },
  grown_up_links = { "uk-safer-internet-centre" },
  discussion = {
    "What is a digital footprint?",
    "What kind of footprints would you like to leave online?",
  },

  messages = {
    { id = "delete-it",
      prompt = "You post something silly, then delete it a minute later. Is it gone for good?",
      choices = {
        { text = "Yes, it's gone", safe = false,
          feedback = "Lots of people think so. But someone may have saved it, or taken a screenshot. Think before you post." },
        { text = "Maybe not. Someone could have saved it", safe = true, why = "Things online can be copied and shared.",
          feedback = "Exactly! Once something is online, it can be copied and shared. Think before you post." },
      } },
    { id = "family-test",
      prompt = "You are about to post a comment. How can you check it's OK?",
      choices = {
        { text = "Ask, \"Would I be happy for my family to see this?\"", safe = true, why = "It helps you stop and think before you post.",
          feedback = "Great test! If you wouldn't want your family or teacher to see it, don't post it." },
        { text = "Only post it if it's funny", safe = false,
          feedback = "Funny is fine. But jokes can hurt people, or look bad later. Ask, \"Would I be happy for my family to see this?\"" },
      } },
    { id = "good-footprint",
      prompt = "You can leave good footprints online too. Which one is a good footprint?",
      choices = {
        { text = "A mean joke about someone", safe = false,
          feedback = "Jokes like this can hurt, and they can stay online. Leave kind footprints instead." },
        { text = "A kind birthday message for a friend", safe = true, why = "Kind posts leave good footprints.",
          feedback = "Yes! Kind posts leave good footprints. What you share can show the best of you." },
      } },
  },

  build = function(b)
    b:course{
      count = 40, first = 900, spacing = 320, gap = 185, width = 120,
      low = 220, high = 450, step = 180, wobble = 30,
      move_every = 3, amplitude = 45, period = 900,
      labels = { "THINK", "POST?", "FOREVER", "TRACE" },
      pickup_kinds = { "badge", "star", "lightbulb" }, pickup_every = 3,
      messages_after = { [9] = "delete-it", [20] = "family-test", [30] = "good-footprint" },
    }
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Good footprint!" } end
    return nil
  end,
}
