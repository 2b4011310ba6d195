/// Two levels written in Swift: the simulation's own test fixtures, and a fallback when
/// no Lua level can be loaded. The real lessons live in `Levels/*.lua`.
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
            id: "training-tell",
            atX: Fixed(900 + 6 * 380 - 190),
            prompt: "A game chat says: \"Send me a photo of you.\" You do not know them. What do you do?",
            choices: [
                Choice(text: "Tell a grown-up I trust", isSafe: true,
                       feedback: "Yes! A trusted grown-up can help you block and report them."),
                Choice(text: "Send the photo", isSafe: false,
                       feedback: "That is not safe. Never send photos to people you do not know. Tell a grown-up."),
            ])
        return LevelPlan(
            info: LevelInfo(id: "training", title: "Training Day", topic: "trusted-adult",
                            lesson: "If something online worries you, tell a trusted adult.", difficulty: 1,
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
            SafetyMessage(id: "hard-password", atX: Fixed(900 + 10 * 330 + 165), prompt: "Which password is strongest?",
                          choices: [
                            Choice(text: "PurpleTrainBiscuit", isSafe: true,
                                   feedback: "Great! Three random words make a strong password."),
                            Choice(text: "password1", isSafe: false,
                                   feedback: "That one is easy to guess. Try three random words."),
                            Choice(text: "My pet's name", isSafe: false,
                                   feedback: "Others may know your pet's name. Three random words are safer."),
                          ]),
            SafetyMessage(id: "hard-meet", atX: Fixed(900 + 25 * 330 + 165),
                          prompt: "An online friend wants to meet you at the park. What do you do?",
                          choices: [
                            Choice(text: "Tell a trusted adult", isSafe: true,
                                   feedback: "Well done. Online friends are still strangers. Never meet them alone."),
                            Choice(text: "Go on my own", isSafe: false,
                                   feedback: "That could be dangerous. Always tell a trusted adult first."),
                          ]),
        ]
        return LevelPlan(
            info: LevelInfo(id: "training-hard", title: "Obstacle Course", topic: "trusted-adult",
                            lesson: "Online friends are still strangers: never meet them alone.", difficulty: 8),
            gates: gates, pickups: pickups, messages: messages, adviceLinkIDs: ["thinkuknow"],
            sourceHash: StateHasher.hash(of: "builtin:training-hard:v1"))
    }
}
