import Foundation
import KashDashContract
import KashDashCore

@testable import KashDashGame

/// A game on built-in content with a memory store and a fixed seed.
func makeApp(
    mode: GameMode = .desktop, settings: GameSettings = GameSettings(), content: GameContent = .builtIn,
    server: String? = nil, idleSeconds: Int = 90
) -> (GameApp, MemoryProgressStore) {
    var saved = SavedProgress()
    saved.settings = settings
    let store = MemoryProgressStore(saved)
    let app = GameApp(
        content: content, store: store, mode: mode,
        configuration: GameConfiguration(serverBaseURL: server, fixedSeed: 7, kioskIdleSeconds: idleSeconds),
        kioskSettings: settings)
    return (app, store)
}

extension GameApp {
    /// Ticks until `done` holds; false if it never did within `limit`.
    @discardableResult
    func tickUntil(limit: Int = 60 * 60 * 5, _ done: (GameApp) -> Bool) -> Bool {
        var left = limit
        while !done(self) {
            guard left > 0 else { return false }
            update()
            left -= 1
        }
        return true
    }

    /// One-switch: waits for the scanning highlight to reach `label`, then presses.
    @discardableResult
    func pressWhenFocused(_ label: String, limit: Int = 60 * 60) -> Bool {
        guard tickUntil(limit: limit, { $0.focusedLabel == label }) else { return false }
        handle(.primary)
        return true
    }

    /// Flies with the player's own button: presses `.primary` whenever the bot would flap,
    /// until the screen is no longer plain play.
    func flyWithPrimary(limit: Int = 60 * 60 * 5) {
        let pilot = AutoPilot()
        var left = limit
        while screenID == .play, left > 0 {
            if let simulation, simulation.state.phase == .flying || simulation.state.phase == .ready,
                pilot.input(for: simulation) == .flap
            {
                handle(.primary)
            }
            update()
            left -= 1
        }
    }

    var drawnText: [String] { draw(alpha: 0).texts }

    // The effect queue read the way the flow tests ask about it.

    /// Drains the queue and returns its sounds (other effects are dropped).
    func drainSounds() -> [SoundCue] { drainEffects().sounds }

    /// Drains the queue and returns its reports (other effects are dropped).
    func drainReports() -> [GameReport] { drainEffects().reports }

    /// Whether the game has asked to close (without draining).
    var wantsQuit: Bool { effects.asksToQuit }

    /// The last link the game asked to open (without draining).
    var requestedURL: String? { effects.openedURL }
}

/// Several copies of the easy built-in level under different ids, for unlocking tests.
func manyLevels(_ count: Int) -> GameContent {
    let levels = (0..<count).map { index in
        GameLevel(
            id: "level-\(index)", title: "Level \(index)", topic: "trusted-adult", lesson: "Tell a trusted adult.",
            difficulty: 1, theme: "default"
        ) { seed in
            var plan = BuiltInLevels.training(seed: seed)
            plan.info.id = "level-\(index)"
            return (plan, nil)
        }
    }
    return GameContent(levels: levels, links: AdviceLink.builtInHelp)
}

func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
