-- Voice chat and live streams in games: people you do not know can hear and see you.
-- Sources: CEOP: tell an adult you trust; call 999 in immediate danger; children report to CEOP people who
-- ask for nude images, ask them to live-stream and do things they don't want to, ask to meet, or keep trying
-- to talk privately from a game (https://www.thinkuknow.co.uk/11_13/help/CEOP/); SMART rules, keep your name,
-- address and school private (https://www.kshs.uk/e-safety).
return {
  id = "voice-and-streams",
  title = "Voice Chat and Streams",
  topic = "voice-chat",
  lesson = "In voice chat and live streams, strangers can hear and see you. Keep your details private, and tell a trusted adult.",
  ages = { 8, 11 },
  strands = { "online-relationships", "privacy-and-security" },
  difficulty = 5,
  theme = "gamepad",
  links = { "childline", "ceop-report" },
  grown_up_links = { "nspcc-online-safety" },
  discussion = {
    "What could someone learn about you from your voice or your camera?",
    "What could you do if someone in a game asks to talk on a private call?",
  },

  messages = {
    { id = "voice-name",
      prompt = "In a game's voice chat, a player asks your real name and where you live. What do you do?",
      choices = {
        { text = "Tell them. We're in the same game", safe = false,
          feedback = "It's fun to chat while you play. But they are still a stranger. Your name and home are private. Tell a trusted adult." },
        { text = "Don't say, and tell a trusted adult", safe = true, why = "Your name and home are private, even in voice chat.",
          feedback = "Well done! Players you don't know are still strangers. A trusted adult can help you block and report them." },
      } },
    { id = "stream-camera",
      prompt = "You watch a live stream. The streamer asks you to turn on your camera and do what they say. What do you do?",
      choices = {
        { text = "Turn my camera on", safe = false,
          feedback = "It can feel exciting to be asked. But you don't have to do what they say. Leave the stream, and tell a trusted adult." },
        { text = "Leave, and tell a trusted adult", safe = true, why = "No one should ask you to go on camera and do things.",
          feedback = "Well done. This is not OK to ask. A trusted adult can help you report it to CEOP, which is part of the police." },
      } },
    { id = "private-call",
      prompt = "A player says, \"Let's talk on a private call, just us.\" What do you do?",
      choices = {
        { text = "Say no, and tell a trusted adult", safe = true, why = "Asking to talk alone, away from others, is a warning sign.",
          feedback = "Great choice! Asking to talk alone, away from others, is a warning sign. A trusted adult can help." },
        { text = "Say yes. They seem nice", safe = false,
          feedback = "They may seem nice. But they are still a stranger, and asking to talk alone is a warning sign. Say no. Tell a trusted adult." },
      } },
  },

  build = function(b)
    b:course{
      count = 26, first = 900, spacing = 375, gap = 225, width = 110,
      low = 215, high = 455, step = 150, wobble = 25,
      move_every = 4, amplitude = 30, period = 800,
      labels = { "MUTE", "PRIVATE", "SAFE", "TELL" },
      pickup_kinds = { "heart", "star", "badge" }, pickup_every = 3,
      messages_after = { [6] = "voice-name", [13] = "stream-camera", [20] = "private-call" },
    }
  end,

  on_message_answered = function(e)
    if e.safe then return { score = 5, banner = "Safe choice!" } end
    return nil
  end,
}
