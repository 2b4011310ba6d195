import KashDashCore

/// One run of one level as the game shows it: the simulation plus what only the picture
/// needs (the previous state for interpolation, crash wobble, banners).
///
/// The simulation stays the single source of truth for gameplay; this type only chooses
/// which `TickInput` to send and remembers things to draw.
struct PlaySession {
    let level: GameLevel
    var simulation: Simulation
    /// The state one tick ago, for drawing between ticks.
    var previous: SimulationState
    /// The input to send on the next tick (a flap or an answer), if any.
    var queuedInput: TickInput = .none
    /// Ticks since the last flap, for faster wing beats right after one.
    var ticksSinceFlap = 1000
    /// A frozen picture of the moment of a crash, shown wobbling before the respawn.
    var crash: CrashMoment?
    /// Ticks since a message (or its feedback) appeared; early presses are ignored, since the
    /// child may have been flapping when it popped up.
    var ticksInPhase = 0
    /// Ticks since the run ended (finished or out of lives), before the round end screen.
    var ticksSinceEnd = 0
    /// A short line from the level script ("Bonus!"), with ticks left to show it.
    var banner: (text: String, ticksLeft: Int)?
    /// Ticks since the score last went up, for a little pop.
    var ticksSinceScore = 1000
    /// "+10" and "+5" labels rising from where points were won, in world coordinates.
    var floaters: [Floater] = []

    /// Presses closer than this to a message or feedback appearing are ignored.
    static let lockoutTicks = 36
    static let crashTicks = 48
    static let endPauseTicks = 75

    init(level: GameLevel, plan: LevelPlan, hooks: (any LevelScriptHooks)?, seed: UInt64, settings: RunSettings) {
        self.level = level
        simulation = Simulation(plan: plan, seed: seed, settings: settings, hooks: hooks)
        previous = simulation.state
    }

    /// Whether the player may act on the message or feedback now.
    var acceptsAnswers: Bool { ticksInPhase >= PlaySession.lockoutTicks }

    var phase: Phase { simulation.state.phase }

    /// Queues a flap for the next tick; ignored while the crash wobble shows before a respawn.
    mutating func queueFlap() {
        guard crash == nil || phase == .flying else { return }
        queuedInput = .flap
    }

    /// Queues an answer to the message on screen, if it is one of its choices and the
    /// message has been up long enough (`acceptsAnswers`).
    mutating func queueAnswer(_ choice: Int) {
        guard case .message(let index) = phase, acceptsAnswers,
            simulation.plan.messages[index].choices.indices.contains(choice)
        else { return }
        queuedInput = .choose(choice)
    }

    /// Queues closing the feedback panel, once it has been up long enough.
    mutating func queueContinue() {
        guard case .feedback = phase, acceptsAnswers else { return }
        queuedInput = .flap
    }

    /// Steps the simulation once with the queued input and returns what happened.
    mutating func step(events: inout [GameEvent]) {
        let before = simulation.state
        simulation.step(queuedInput, events: &events)
        queuedInput = .none
        advanceClocks(from: before)
    }

    /// Takes `simulation` as the run's next tick when it was stepped outside (a watched run).
    mutating func follow(_ stepped: Simulation) {
        let before = simulation.state
        simulation = stepped
        advanceClocks(from: before)
    }

    /// Whether `other` is this run one or more ticks on (same level, seed and settings),
    /// rather than a new run; cheap, unlike comparing whole plans.
    func isContinued(by other: Simulation) -> Bool {
        other.seed == simulation.seed && other.settings == simulation.settings
            && other.plan.info == simulation.plan.info && other.state.tick > simulation.state.tick
    }

    /// The bookkeeping after each tick, whoever stepped the simulation from `before`.
    private mutating func advanceClocks(from before: SimulationState) {
        previous = before
        ticksSinceFlap += 1
        ticksSinceScore += 1
        if simulation.state.phase != before.phase { ticksInPhase = 0 } else { ticksInPhase += 1 }
        if simulation.state.phase.isOver { ticksSinceEnd += 1 }
        ageEffects()
    }

    /// Ages the short-lived effects (crash wobble, banner, "+points" labels) by one tick.
    mutating func ageEffects() {
        if var moment = crash {
            moment.ticks += 1
            crash = moment.ticks >= PlaySession.crashTicks ? nil : moment
        }
        if let current = banner { banner = current.ticksLeft > 1 ? (current.text, current.ticksLeft - 1) : nil }
        for index in floaters.indices { floaters[index].ticks += 1 }
        floaters.removeAll { $0.ticks >= Floater.lifetime }
    }
}

/// The world as it was when the dog crashed, drawn for a moment before the respawn.
struct CrashMoment {
    var state: SimulationState
    var ticks = 0
}

/// A short-lived "+10" where points were won.
struct Floater {
    static let lifetime = 45
    var text: String
    /// World x and screen y where it started.
    var worldX: Double
    var y: Double
    var ticks = 0
}
