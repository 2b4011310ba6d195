/// Two levels written in Swift: the simulation's own test fixtures, and a fallback when
/// no Lua level can be loaded. The real lessons live in `Levels/*.lua`; every message and
/// lesson here is quoted word for word from one of them (`BuiltInLevelsQuoteTests` checks),
/// so a child who only ever sees the fallback is told exactly what the lessons say.
public enum BuiltInLevels {
    public static let ids = ["training", "training-hard"]

    /// The built-in level `id` laid out from `seed`, or `nil` if there is no such level.
    public static func plan(id: String, seed: UInt64) -> LevelPlan? {
        switch id {
        case "training": training(seed: seed)
        case "training-hard": trainingHard(seed: seed)
        default: nil
        }
    }

    /// An easy level: wide gaps, three pickups, one safety message.
    public static func training(seed: UInt64) -> LevelPlan {
        var rng = EngineRNG(seed: seed)
        var gates: [Gate] = []
        var pickups: [Pickup] = []
        for index in 0..<12 {
            let x = Fixed(900 + index * 380)
            gates.append(Gate(x: x, gapCenterY: Fixed(rng.int(in: 230...450)), gapHeight: Fixed(240)))
            if index % 4 == 1 {
                pickups.append(Pickup(x: x + Fixed(190), y: Fixed(rng.int(in: 250...430)), kind: "star"))
            }
        }
        let message = SafetyMessage(
            id: "same-age", atX: Fixed(900 + 6 * 380 - 190),
            // Quoted from Levels/online-friends.lua (a test checks it).
            prompt: "A new online friend says they are 10, just like you. Their picture shows a child. Are they really 10?",
            choices: [
                Choice(text: "I can't be sure who they are", isSafe: true,
                           feedback: "That's right. People can pretend online. Be careful what you share, and tell a trusted adult if things feel odd.", why: "People can pretend online, and pictures can be fake."),
                Choice(text: "Yes, the picture shows it", isSafe: false,
                           feedback: "It looks that way. But pictures can be fake. Anyone can use a picture of someone else. They are still a stranger."),
            ])
        return LevelPlan(
            info: LevelInfo(id: "training", title: "Training Day", topic: "online-friends",
                            lesson: "Online friends are still strangers: never meet them, and tell a trusted adult if they ask.", difficulty: 1,
                            theme: "default"),
            gates: gates, pickups: pickups, messages: [message], adviceLinkIDs: ["childline"],
            sourceHash: StateHasher.hash(of: "builtin:training:v1"))
    }

    /// A harder level: narrower, moving gaps; the bot must really fly.
    public static func trainingHard(seed: UInt64) -> LevelPlan {
        var rng = EngineRNG(seed: seed)
        var gates: [Gate] = []
        for index in 0..<40 {
            let motion = index % 3 == 2 ? GateMotion(amplitude: Fixed(40), period: 600, phase: rng.int(in: 0...599)) : nil
            gates.append(Gate(x: Fixed(900 + index * 330), gapCenterY: Fixed(rng.int(in: 200...470)),
                              gapHeight: Fixed(190), motion: motion))
        }
        let pickups = (0..<10).map { Pickup(x: Fixed(1065 + $0 * 1320), y: Fixed(rng.int(in: 220...450)), kind: "shield") }
        let messages = [
            SafetyMessage(
                id: "secret-message", atX: Fixed(900 + 10 * 330 + 165),
                // Quoted from Levels/tell-a-trusted-adult.lua (a test checks it).
                prompt: "Someone in a game sends you a message. It says, \"Don't tell your mum or dad.\" What do you do?",
                choices: [
                    Choice(text: "Tell a trusted adult", isSafe: true,
                               feedback: "Great choice! Safe people don't ask you to keep secrets from your grown-ups. Telling is brave.", why: "A grown-up you trust can help, and you will not be in trouble."),
                    Choice(text: "Keep the secret", isSafe: false,
                               feedback: "It can feel hard to tell. But this kind of secret is not safe. Tell a trusted adult. You won't be in trouble."),
                    Choice(text: "Ask them why", isSafe: false,
                               feedback: "It's good to wonder why. But it's best not to reply. Tell a trusted adult, and they can help."),
                ]),
            SafetyMessage(
                id: "free-prize", atX: Fixed(900 + 25 * 330 + 165),
                // Quoted from Levels/too-good-to-be-true.lua (a test checks it).
                prompt: "A pop-up says, \"You've won a free tablet! Click here and type your address.\" What do you do?",
                choices: [
                    Choice(text: "Close it, and tell a grown-up", isSafe: true,
                               feedback: "Good thinking! If it sounds too good to be true, it is a trick. Never type your address into a pop-up.", why: "Prizes like this are tricks to get your details."),
                    Choice(text: "Click to get my prize", isSafe: false,
                               feedback: "It sounds exciting! But pop-ups like this are tricks to get your details. Close it, and tell a trusted adult."),
                ]),
        ]
        return LevelPlan(
            info: LevelInfo(id: "training-hard", title: "Obstacle Course", topic: "trusted-adult",
                            lesson: "If anything online makes you feel worried, sad or unsure, tell a trusted adult.", difficulty: 8),
            gates: gates, pickups: pickups, messages: messages, adviceLinkIDs: ["thinkuknow"],
            sourceHash: StateHasher.hash(of: "builtin:training-hard:v1"))
    }
}
