import KashDashCore

/// Fixed, repeatable moments of the game for golden-image tests and screenshots.
///
/// Every scenario uses a memory store, a fixed seed and the bot, so the same scenario gives
/// the same draw list on every run.
public enum Scenario: Hashable, Sendable {
    case title
    case characterSelect
    case levelSelect
    /// The bot has flown `ticks` ticks of the level (messages answered safely on the way).
    case playing(levelID: String, ticks: Int)
    /// The level's first safety message is on screen, ready for an answer.
    case message(levelID: String)
    /// The first message was answered (safely or not) and the feedback shows.
    case feedback(levelID: String, safe: Bool)
    /// The bot finished the level: the round end screen with the score counted up.
    case roundEnd(levelID: String)
    case adviceLinks(levelID: String)
    case settings
    case pause(levelID: String)
    /// The Get help screen, opened from the title.
    case getHelp
    /// A kiosk left idle: the bot plays its demo behind the title (CPU and memory runs).
    case attract
}

extension GameApp {
    /// A game already at `scenario`, for golden-image tests and docs screenshots.
    /// `configuration` (its seed replaced by `seed`) brings a server or a QR encoder.
    public static func scenario(
        _ scenario: Scenario, content: GameContent = .builtIn, mode: GameMode = .desktop,
        settings: GameSettings = GameSettings(), seed: UInt64 = 1, dog: Dog = .kash,
        configuration: GameConfiguration = GameConfiguration()
    ) -> GameApp {
        var saved = SavedProgress()
        saved.settings = settings
        saved.dog = dog
        var configuration = configuration
        configuration.fixedSeed = seed
        let app = GameApp(
            content: content, store: MemoryProgressStore(saved), mode: mode,
            configuration: configuration, kioskSettings: settings)
        app.progress.dog = dog
        switch scenario {
        case .title:
            break
        case .characterSelect:
            app.perform(.start)
        case .levelSelect:
            app.perform(.start)
            app.perform(.pickDog(dog))
        case .playing(let id, let ticks):
            app.play(id)
            app.botFlies = true
            app.botAnswers = true
            for _ in 0..<ticks where app.screenID != .roundEnd { app.update() }
        case .message(let id):
            app.play(id)
            app.botFlies = true
            app.runUntil { $0.screenID == .message }
            app.botFlies = false
            app.runUntil { $0.session?.acceptsAnswers == true }
        case .feedback(let id, let safe):
            app.play(id)
            app.botFlies = true
            app.runUntil { $0.screenID == .message }
            app.runUntil { $0.session?.acceptsAnswers == true }
            if case .message(let index) = app.session?.phase,
                let choice = app.session?.simulation.plan.messages[index].choices.firstIndex(where: {
                    $0.isSafe == safe
                })
            {
                app.answer(choice)
            }
            app.runUntil { $0.screenID == .feedback && $0.session?.acceptsAnswers == true }
        case .roundEnd(let id), .adviceLinks(let id):
            app.play(id)
            app.botFlies = true
            app.botAnswers = true
            app.runUntil(limit: 60 * 60 * 10) { $0.screenID == .roundEnd }
            for _ in 0..<GameApp.scoreCountTicks { app.update() }
            if case .adviceLinks = scenario { app.perform(.showAdviceLinks) }
        case .settings:
            app.perform(.openSettings)
        case .getHelp:
            app.perform(.getHelp)
        case .attract:
            app.resetKioskSession()
        case .pause(let id):
            app.play(id)
            app.botFlies = true
            for _ in 0..<120 { app.update() }
            app.perform(.openPause)
        }
        app.botFlies = false
        app.botAnswers = false
        app.effects.removeAll()
        return app
    }

    private func play(_ levelID: String) {
        perform(.start)
        perform(.pickDog(progress.dog))
        guard let index = levels.firstIndex(where: { $0.id == levelID }) else { return }
        startLevel(at: index)
    }

    /// Updates until `done` holds (or `limit` ticks pass).
    func runUntil(limit: Int = 60 * 60 * 5, _ done: (GameApp) -> Bool) {
        var left = limit
        while !done(self), left > 0 {
            update()
            left -= 1
        }
    }
}
