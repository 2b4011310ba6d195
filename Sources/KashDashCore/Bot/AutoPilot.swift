/// The built-in player: flies through gaps, answers safety messages, and moves on.
///
/// It proves levels can be finished (`levels check`), drives headless runs and records
/// golden replays. Each tick it searches ahead, depth first, over "flap now or not" decisions
/// taken every few ticks, simulating copies of the run, and takes the first decision of a
/// path that survives the horizon. A rule of thumb orders the search so the usual case costs
/// one straight path. Everything it looks at is deterministic, so its runs are too.
public struct AutoPilot: Sendable {
    /// Ticks the search looks ahead: enough to clear the next gate.
    public var horizon: Int
    /// Ticks between decisions inside the search.
    public var stride: Int
    /// Search nodes allowed per tick before falling back to the rule of thumb.
    public var budget: Int
    /// Whether to pick the safe answer (otherwise the first unsafe one, to test feedback paths).
    public var answersSafely: Bool

    public init(horizon: Int = 84, stride: Int = 4, budget: Int = 4_000, answersSafely: Bool = true) {
        self.horizon = horizon
        self.stride = max(1, stride)
        self.budget = budget
        self.answersSafely = answersSafely
    }

    /// The input for the next tick of `simulation`.
    public func input(for simulation: Simulation) -> TickInput {
        switch simulation.state.phase {
        case .feedback:
            return .flap
        case .ready:
            // Wait until the dog has settled at its ready height, as a careful child would.
            return simulation.state.dogY == simulation.readyHeight ? .flap : .none
        case .message(let index):
            let choices = simulation.plan.messages[index].choices
            let pick = choices.firstIndex { $0.isSafe == answersSafely } ?? 0
            return .choose(pick)
        case .finished, .gameOver:
            return .none
        case .flying:
            var probe = simulation
            probe.hooks = nil  // the search must not run level scripts
            var search = Search(pilot: self, crashesAtStart: simulation.state.crashes)
            let preferred = AutoPilot.steer(probe)
            for flap in [preferred, !preferred] {
                var next = probe
                if search.advance(&next, flap: flap, ticks: 1), search.survives(next, depth: 1) {
                    return flap ? .flap : .none
                }
                if search.nodes > budget { break }
            }
            return preferred ? .flap : .none
        }
    }

    /// The rule of thumb: flap when, a few ticks from now, the dog would sink below the middle
    /// of the gap it is heading for.
    static func steer(_ simulation: Simulation) -> Bool {
        let state = simulation.state
        let target = targetY(simulation)
        let predicted = state.dogY + state.dogVelocity * 3
        return predicted > target + Fixed(24) && state.dogVelocity >= -Fixed(2)
    }

    static func targetY(_ simulation: Simulation) -> Fixed {
        let state = simulation.state
        let gates = simulation.plan.gates
        var index = state.nextGate
        while index < gates.count {
            if gates[index].right > state.distance - simulation.physics.dogRadius { break }
            index += 1
        }
        guard index < gates.count else { return WorldGeometry.startY }
        return gates[index].gapCenter(atDistance: state.distance)
    }

    /// Depth-first search state for one decision; remembers dead ends so equivalent states
    /// are not explored twice (set membership only: iteration order never matters).
    private struct Search {
        let pilot: AutoPilot
        let crashesAtStart: Int
        var nodes = 0
        var deadEnds = Set<DeadEnd>()
        /// One events buffer for every step of the search: the search steps thousands of times a tick.
        var events: [GameEvent] = []

        init(pilot: AutoPilot, crashesAtStart: Int) {
            self.pilot = pilot
            self.crashesAtStart = crashesAtStart
        }

        struct DeadEnd: Hashable {
            var depth: Int
            var y: Int64
            var velocity: Int64
        }

        /// Steps `ticks` ticks (a flap first if asked); false if the dog crashed.
        mutating func advance(_ simulation: inout Simulation, flap: Bool, ticks: Int) -> Bool {
            for tick in 0..<ticks {
                guard simulation.state.phase == .flying else { return simulation.state.crashes == crashesAtStart }
                events.removeAll(keepingCapacity: true)
                simulation.step(flap && tick == 0 ? .flap : .none, events: &events)
                if simulation.state.crashes != crashesAtStart { return false }
            }
            return true
        }

        mutating func survives(_ simulation: Simulation, depth: Int) -> Bool {
            if depth >= pilot.horizon || simulation.state.phase != .flying { return true }
            nodes += 1
            if nodes > pilot.budget { return false }
            let key = DeadEnd(depth: depth, y: simulation.state.dogY.raw >> 16, velocity: simulation.state.dogVelocity.raw >> 14)
            if deadEnds.contains(key) { return false }
            let preferred = AutoPilot.steer(simulation)
            for flap in [preferred, !preferred] {
                var next = simulation
                if advance(&next, flap: flap, ticks: pilot.stride), survives(next, depth: depth + pilot.stride) {
                    return true
                }
            }
            deadEnds.insert(key)
            return false
        }
    }
}
