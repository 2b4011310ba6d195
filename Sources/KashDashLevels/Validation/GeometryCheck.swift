import KashDashCore

/// Checks that a laid-out level makes sense in the play field: gaps inside it, gates apart,
/// messages and pickups reachable, the finish after everything.
enum GeometryCheck {
    /// Gates start here or later, so the child has a moment to get going.
    static let firstGateX = Fixed(900)

    static func check(_ level: LaidOutLevel, physics: PhysicsSettings, reader: inout SchemaReader) {
        if level.gates.isEmpty { reader.problem(line: nil, "build made no gates: call b:gate{ ... } at least once") }
        let radius = physics.dogRadius
        var previous: LaidOutLevel.Placed<Gate>?
        for placed in level.gates {
            let gate = placed.thing
            let amplitude = gate.motion?.amplitude ?? .zero
            let half = gate.halfGap
            if gate.x < firstGateX {
                reader.problem(line: placed.line, "b:gate: x = \(gate.x.compact) is too early; gates start at x >= 900")
            }
            if gate.gapCenterY - amplitude - half < .zero || gate.gapCenterY + amplitude + half > WorldGeometry.groundY {
                reader.problem(line: placed.line, "b:gate: the gap (gap_y \(gate.gapCenterY.compact) ± \((half + amplitude).compact)) must stay between 0 and \(WorldGeometry.groundY.compact) (the ground)")
            }
            if gate.gapHeight < radius * 2 + Fixed(40) {
                reader.problem(line: placed.line, "b:gate: gap \(gate.gapHeight.compact) is too narrow for the dog")
            }
            if let previous {
                if gate.left < previous.thing.right {
                    reader.problem(line: placed.line, "b:gate: this gate overlaps the gate made at line \(previous.line)")
                }
            }
            previous = placed
        }
        for placed in level.messages {
            let x = placed.thing.atX
            if let gate = level.gates.first(where: { spans($0.thing, x: x, margin: radius) }) {
                reader.problem(line: placed.line, "b:message: x = \(x.compact) is inside the gate made at line \(gate.line); put messages between gates")
            }
        }
        for (offset, placed) in level.messages.enumerated().dropFirst() where placed.thing.atX == level.messages[offset - 1].thing.atX {
            reader.problem(line: placed.line, "b:message: two messages at the same x")
        }
        for placed in level.pickups {
            let pickup = placed.thing
            if pickup.y < radius || pickup.y > WorldGeometry.groundY - radius {
                reader.problem(line: placed.line, "b:pickup: y = \(pickup.y.compact) is out of reach (keep it between \(radius.compact) and \((WorldGeometry.groundY - radius).compact))")
            }
            for gate in level.gates where spans(gate.thing, x: pickup.x, margin: WorldGeometry.pickupRadius) {
                let amplitude = gate.thing.motion?.amplitude ?? .zero
                let half = gate.thing.halfGap + amplitude
                if pickup.y < gate.thing.gapCenterY - half || pickup.y > gate.thing.gapCenterY + half {
                    reader.problem(line: placed.line, "b:pickup: it is inside the pillars of the gate made at line \(gate.line)")
                }
            }
        }
        if let finish = level.finish {
            let lastGate = level.gates.last.map { $0.thing.right + radius } ?? .zero
            let last = max(lastGate, level.messages.last?.thing.atX ?? .zero, level.pickups.last?.thing.x ?? .zero)
            if finish.thing <= last {
                reader.problem(line: finish.line, "b:finish: x = \(finish.thing.compact) comes before the last gate, pickup or message (x = \(last.compact))")
            }
        }
    }

    private static func spans(_ gate: Gate, x: Fixed, margin: Fixed) -> Bool {
        x >= gate.left - margin && x <= gate.right + margin
    }
}

extension Fixed {
    /// "900", "3.5" or "0.4500": short text for messages.
    var compact: String {
        if raw & 0xFFFF == 0 { return String(floor) }
        var text = description
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
