/// One run of one level: a pure function from (plan, seed, settings, inputs) to states and events.
///
/// Fixed 60 ticks per second, fixed-point maths, one seeded generator; no clocks, files or
/// floating point. The same inputs give the same state hash at every tick, on any build.
public struct Simulation {
    public static let ticksPerSecond = 60

    public let plan: LevelPlan
    public let seed: UInt64
    public let settings: RunSettings
    public let physics: ScaledPhysics
    public var state: SimulationState
    /// Level script reactions; `nil` for plain levels and for the bot's look-ahead copies.
    public var hooks: (any LevelScriptHooks)?

    public init(plan: LevelPlan, seed: UInt64, settings: RunSettings = RunSettings(), hooks: (any LevelScriptHooks)? = nil) {
        self.plan = plan
        self.seed = seed
        self.settings = settings
        self.physics = ScaledPhysics(plan.physics, speedPercent: settings.speedPercent)
        self.state = SimulationState(plan: plan, seed: seed)
        self.hooks = hooks
    }

    /// Advances one tick, appending what happened to `events` (which the caller may reuse).
    public mutating func step(_ input: TickInput, events: inout [GameEvent]) {
        state.tick += 1
        switch state.phase {
        case .ready:
            if input == .flap {
                state.phase = .flying
                events.append(.started)
                fly(flap: true, events: &events)
            } else {
                hoverTowardReadyHeight()
            }
        case .flying:
            fly(flap: input == .flap, events: &events)
        case .message(let index):
            if let choice = input.choiceIndex, choice < plan.messages[index].choices.count {
                answer(message: index, choice: choice, events: &events)
            }
        case .feedback(let message, _):
            if input == .flap {
                state.phase = .ready
                events.append(.feedbackClosed(message: message))
            }
        case .finished, .gameOver:
            break
        }
    }

    /// Convenience for tests and tools: one tick, its events returned.
    @discardableResult
    public mutating func step(_ input: TickInput) -> [GameEvent] {
        var events: [GameEvent] = []
        step(input, events: &events)
        return events
    }

    // MARK: Flying

    private mutating func fly(flap: Bool, events: inout [GameEvent]) {
        if flap {
            state.dogVelocity = -physics.flapImpulse
            events.append(.flapped)
        } else {
            state.dogVelocity = min(state.dogVelocity + physics.gravity, physics.terminalVelocity)
        }
        state.dogY += state.dogVelocity
        state.distance += physics.scrollSpeed
        state.flightTicks += 1

        let radius = physics.dogRadius
        if state.dogY - radius < .zero {  // the sky is soft: bump, don't crash
            state.dogY = radius
            state.dogVelocity = .zero
        }
        if state.dogY + radius >= WorldGeometry.groundY || hitsGate() {
            crash(events: &events)
            return
        }
        passGates(events: &events)
        collectPickups(events: &events)
        if state.nextMessage < plan.messages.count, state.distance >= plan.messages[state.nextMessage].atX {
            state.phase = .message(state.nextMessage)
            state.dogVelocity = .zero
            events.append(.messageShown(message: state.nextMessage))
            state.nextMessage += 1
            return
        }
        if state.distance >= plan.finishX {
            state.phase = .finished
            events.append(.levelFinished(score: state.score))
        }
    }

    private func hitsGate() -> Bool {
        let radius = physics.dogRadius
        var index = max(0, state.nextGate - 1)
        while index < plan.gates.count {
            let gate = plan.gates[index]
            let left = gate.left
            if left - radius > state.distance { break }  // this gate and all after it are ahead
            let right = gate.right
            let center = gate.gapCenter(atDistance: state.distance)
            let halfGap = gate.halfGap
            if Collision.circleHitsBox(cx: state.distance, cy: state.dogY, radius: radius,
                                       left: left, right: right, top: Fixed(-10_000), bottom: center - halfGap)
                || Collision.circleHitsBox(cx: state.distance, cy: state.dogY, radius: radius,
                                           left: left, right: right, top: center + halfGap, bottom: Fixed(10_000)) {
                return true
            }
            index += 1
        }
        return false
    }

    private mutating func passGates(events: inout [GameEvent]) {
        while state.nextGate < plan.gates.count {
            let gate = plan.gates[state.nextGate]
            guard state.distance - physics.dogRadius > gate.right else { break }
            state.score += ScoreRules.gatePassed
            let event = GameEvent.gatePassed(gate: state.nextGate)
            events.append(event)
            state.nextGate += 1
            if let hooks, hooks.wantsGatePassed { run(hooks, for: event, events: &events) }
        }
    }

    private mutating func collectPickups(events: inout [GameEvent]) {
        let reach = physics.dogRadius + WorldGeometry.pickupRadius
        while state.pickupCursor < plan.pickups.count, plan.pickups[state.pickupCursor].x + reach < state.distance {
            state.pickupCursor += 1
        }
        var index = state.pickupCursor
        while index < plan.pickups.count {
            let pickup = plan.pickups[index]
            if pickup.x - reach > state.distance { break }
            if !state.isCollected(index),
               Collision.circlesTouch(ax: state.distance, ay: state.dogY, bx: pickup.x, by: pickup.y, radius: reach) {
                state.markCollected(index)
                state.score += pickup.points
                events.append(.pickupCollected(pickup: index, points: pickup.points))
            }
            index += 1
        }
    }

    // MARK: Hovering

    /// Where the dog settles while waiting for a flap: a little below the middle of the next
    /// gap, so the first flap lifts it to about the middle. After a message or a crash the
    /// child starts again from a fair place instead of wherever the dog happened to be.
    public var readyHeight: Fixed {
        guard state.nextGate < plan.gates.count else { return WorldGeometry.startY }
        let target = plan.gates[state.nextGate].gapCenter(atDistance: state.distance) + Fixed(40)
        return min(max(target, physics.dogRadius + Fixed(80)), WorldGeometry.groundY - physics.dogRadius - Fixed(60))
    }

    /// Glides at up to 4 px a tick, so the move is visible and gentle rather than a jump.
    private mutating func hoverTowardReadyHeight() {
        let target = readyHeight
        let step = Fixed(4)
        if state.dogY < target - step {
            state.dogY += step
        } else if state.dogY > target + step {
            state.dogY -= step
        } else {
            state.dogY = target
        }
    }

    // MARK: Crashing

    private mutating func crash(events: inout [GameEvent]) {
        state.crashes += 1
        if !settings.practice { state.lives -= 1 }
        events.append(.crashed(livesLeft: state.lives))
        if state.lives == 0 {
            state.phase = .gameOver
            events.append(.runEnded(score: state.score))
            return
        }
        respawn()
    }

    /// Puts the dog back a little before the gate it was heading for, level with its gap,
    /// hovering until the next flap.
    private mutating func respawn() {
        let radius = physics.dogRadius
        var x = state.distance
        if state.nextGate < plan.gates.count {
            let gate = plan.gates[state.nextGate]
            x = min(x, gate.left - radius - Fixed(140))
            if state.nextGate > 0 {
                let previous = plan.gates[state.nextGate - 1]
                x = max(x, previous.right + radius + Fixed(12))
            }
            state.dogY = gate.gapCenter(atDistance: x)
        } else {
            state.dogY = WorldGeometry.startY
        }
        state.distance = max(x, .zero)
        state.dogVelocity = .zero
        state.phase = .ready
        let reach = physics.dogRadius + WorldGeometry.pickupRadius
        while state.pickupCursor > 0, plan.pickups[state.pickupCursor - 1].x + reach >= state.distance {
            state.pickupCursor -= 1
        }
    }

    // MARK: Messages

    private mutating func answer(message index: Int, choice: Int, events: inout [GameEvent]) {
        if plan.messages[index].kind == .reflection {
            // Every feeling is welcome: the same points for any answer, never a right or wrong count.
            state.answers[index] = Int8(choice)
            state.score += ScoreRules.safeAnswer
            state.phase = .feedback(message: index, choice: choice)
            // Level scripts' on_message_answered is about verdicts, so a reflection does not call it.
            events.append(.reflectionAnswered(message: index, choice: choice))
            return
        }
        let safe = plan.messages[index].choices[choice].isSafe
        state.answers[index] = Int8(choice)
        if safe {
            state.rightAnswers += 1
            state.score += ScoreRules.safeAnswer
        } else {
            state.wrongAnswers += 1
        }
        state.phase = .feedback(message: index, choice: choice)
        let event = GameEvent.messageAnswered(message: index, choice: choice, safe: safe)
        events.append(event)
        if let hooks, hooks.wantsMessageAnswered { run(hooks, for: event, events: &events) }
    }

    private mutating func run(_ hooks: any LevelScriptHooks, for event: GameEvent, events: inout [GameEvent]) {
        for effect in hooks.react(to: event, state: state, rng: &state.rng) {
            switch effect {
            case .addScore(let points):
                let bounded = min(max(points, -100), 100)
                state.score = max(0, state.score + bounded)
                events.append(.bonus(points: bounded, banner: nil))
            case .banner(let text):
                events.append(.bonus(points: 0, banner: String(text.prefix(80))))
            }
        }
    }
}
