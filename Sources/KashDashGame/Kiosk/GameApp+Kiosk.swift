import KashDashCore

/// Classroom kiosks: after a spell without input the session resets for the next child
/// (no progress kept) and the title shows the bot playing a demo until someone presses.
extension GameApp {
    /// Ticks of no input before a kiosk resets.
    var kioskIdleTicks: Int { configuration.kioskIdleSeconds * Simulation.ticksPerSecond }

    func resetKioskSession() {
        var fresh = SavedProgress()
        fresh.settings = startSettings
        progress = fresh
        // The next child hears nothing left over; counts already made still go to the outbox.
        effects.removeAll { if case .report = $0 { false } else { true } }
        session = nil
        // Between children is the kiosk's one safe moment to switch to newly installed levels.
        adoptWaitingContent()
        levels = localizedLevels()  // the next child starts in the kiosk's language
        enter(TitleScreen())
        attract = true
        startDemo()
    }

    func leaveAttract() {
        attract = false
        session = nil
        idleTicks = 0
        enter(TitleScreen())
    }

    /// A bot run of one of the first levels, quietly, behind the title.
    func startDemo() {
        guard !levels.isEmpty else { return }
        let index = runCount % min(3, levels.count)
        let seed = nextSeed()
        guard let (plan, hooks) = try? levels[index].build(seed) else { return }
        session = PlaySession(
            level: levels[index], plan: plan, hooks: hooks, seed: seed,
            settings: RunSettings(speedPercent: 100, practice: true))
    }

    func updateAttract() {
        guard var demo = session else { startDemo(); return }
        if demo.phase.isOver {
            startDemo()
            return
        }
        demo.queuedInput = pilot.input(for: demo.simulation)
        var events: [GameEvent] = []
        demo.step(events: &events)
        react(to: events, session: &demo, for: .demo)
        session = demo
    }
}
