/// The built-in player: flies through gaps, answers safety messages, and moves on.
///
/// It proves levels can be finished (`levels check`), drives headless runs and records
/// golden replays. It steers with a simple rule and looks ahead by simulating copies of the
/// run to avoid flaps (or missed flaps) that lead into a crash.
public struct AutoPilot: Sendable {
    /// Ticks the look-ahead simulates; about half a second of flight.
    public var horizon: Int
    /// Whether to pick the safe answer (otherwise the first unsafe one, to test feedback paths).
    public var answersSafely: Bool

    public init(horizon: Int = 36, answersSafely: Bool = true) {
        self.horizon = horizon
        self.answersSafely = answersSafely
    }

    /// The input for the next tick of `simulation`.
    public func input(for simulation: Simulation) -> TickInput {
        switch simulation.state.phase {
        case .ready, .feedback:
            return .flap
        case .message(let index):
            let choices = simulation.plan.messages[index].choices
            let pick = choices.firstIndex { $0.isSafe == answersSafely } ?? 0
            return .choose(pick)
        case .finished, .gameOver:
            return .none
        case .flying:
            let preferred = AutoPilot.steer(simulation)
            if survives(simulation, firstFlap: preferred) { return preferred ? .flap : .none }
            if survives(simulation, firstFlap: !preferred) { return preferred ? .none : .flap }
            return preferred ? .flap : .none
        }
    }

    /// The rule of thumb: flap when, a few ticks from now, the dog would sink below the middle
    /// of the gap it is heading for.
    static func steer(_ simulation: Simulation) -> Bool {
        let state = simulation.state
        let target = targetY(simulation)
        let predicted = state.dogY + state.dogVelocity * 3
        return predicted > target + Fixed(28) && state.dogVelocity >= -Fixed(2)
    }

    static func targetY(_ simulation: Simulation) -> Fixed {
        let state = simulation.state
        let gates = simulation.plan.gates
        var index = state.nextGate
        // Once the dog is inside a gate, aim for the one after it only when nearly out.
        while index < gates.count {
            let gate = gates[index]
            if gate.x + Fixed(raw: gate.width.raw >> 1) > state.distance - simulation.physics.dogRadius { break }
            index += 1
        }
        guard index < gates.count else { return WorldGeometry.startY }
        return gates[index].gapCenter(atDistance: state.distance)
    }

    private func survives(_ simulation: Simulation, firstFlap: Bool) -> Bool {
        var probe = simulation
        probe.hooks = nil
        let crashesBefore = probe.state.crashes
        var events: [GameEvent] = []
        events.reserveCapacity(8)
        probe.step(firstFlap ? .flap : .none, events: &events)
        for _ in 0..<horizon {
            guard probe.state.phase == .flying, probe.state.crashes == crashesBefore else { break }
            events.removeAll(keepingCapacity: true)
            probe.step(AutoPilot.steer(probe) ? .flap : .none, events: &events)
        }
        return probe.state.crashes == crashesBefore
    }
}
