-- A deliberately heavy handler for `kashdash levels bench docs/perf/levels-stress` (see ../levels.md).
return {
  id = "stress",              -- must equal the file name
  title = "Online Friends",
  topic = "online-friends",
  lesson = "Online friends are still strangers. Never meet up alone.",
  ages = {7, 11},
  difficulty = 3,
  theme = "chat",
  lives = 3,
  physics = { gravity = 0.45, flap = 8, terminal = 10, speed = 3.5 },
  links = { "thinkuknow", "childline" },
  messages = {
    { id = "friend-request",
      prompt = "Someone you don't know sends you a friend request. They ask which school you go to. What do you do?",
      choices = {
        { text = "Tell a trusted adult", safe = true,  feedback = "Yes! A grown-up you trust can help. Never tell strangers your school." },
        { text = "Tell them my school",  safe = false, feedback = "That is not safe. Your school tells them where to find you. Tell a grown-up." },
      } },
  },
  build = function(b)
    for i = 0, 19 do
      local x = 900 + i * 380
      b:gate{ x = x, gap_y = math.random(230, 450), gap = 230, width = 110, label = "FRIEND?",
              move = (i % 3 == 2) and { amplitude = 40, period = 600 } or nil }
      if i % 4 == 1 then b:pickup{ x = x + 190, y = math.random(250, 430), kind = "shield", points = 5 } end
    end
    b:message{ id = "friend-request", x = 900 + 7 * 380 + 190 }
    b:finish(900 + 20 * 380 + 200)
  end,
  on_gate_passed = function(e) local s = 0 for i = 1, 1000 do s = s + i % 7 end return { score = math.random(1, 3), banner = "Gate " .. e.gate .. " " .. s } end,
  on_message_answered = function(e) if e.safe then return { score = math.random(1, 3) } end end,
}
