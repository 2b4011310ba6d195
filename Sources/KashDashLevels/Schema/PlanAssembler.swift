import KashDashContract
import KashDashCore

/// Turns the builder calls into gates, pickups and placed messages, checking each call's
/// fields; every problem names the line of the call.
struct LaidOutLevel: Sendable {
    struct Placed<Thing: Sendable>: Sendable {
        var thing: Thing
        var line: Int
    }

    var gates: [Placed<Gate>] = []
    var pickups: [Placed<Pickup>] = []
    var messages: [Placed<SafetyMessage>] = []
    var finish: Placed<Fixed>?

    /// Sorts everything by world x the way `LevelPlan` does (ties keep call order).
    mutating func sortByX() {
        gates = gates.enumerated().sorted { ($0.element.thing.x, $0.offset) < ($1.element.thing.x, $1.offset) }.map(\.element)
        pickups = pickups.enumerated().sorted { ($0.element.thing.x, $0.offset) < ($1.element.thing.x, $1.offset) }
            .map(\.element)
        messages = messages.enumerated().sorted { ($0.element.thing.atX, $0.offset) < ($1.element.thing.atX, $1.offset) }
            .map(\.element)
    }
}

enum PlanAssembler {
    /// World limits for positions: 10 minutes of flight at the fastest scroll is far less.
    static let xRange: ClosedRange<Double> = 0...200_000

    static func layOut(_ calls: [BuildCall], header: LevelHeader, reader: inout SchemaReader) -> LaidOutLevel {
        var level = LaidOutLevel()
        var placedLines: [String: Int] = [:]
        for call in calls {
            let place = SchemaReader.Place.call(call.line, "b:\(call.kind.rawValue)")
            switch call.kind {
            case .gate:
                guard let table = argumentTable(call, place, reader: &reader) else { continue }
                if let gate = readGate(table, place, reader: &reader) { level.gates.append(.init(thing: gate, line: call.line)) }
            case .pickup:
                guard let table = argumentTable(call, place, reader: &reader) else { continue }
                reader.rejectUnknown(table, place, known: ["x", "y", "kind", "points"])
                let x = reader.fixed(table["x"], place.named("x"), range: xRange)
                let y = reader.fixed(table["y"], place.named("y"), range: 0...640)
                var kind = "star"
                if let named = reader.string(table["kind"], place.named("kind"), required: false, maxLength: 20) {
                    if ArtVocabulary.pickups.contains(named) { kind = named } else {
                        reader.problem(place.named("kind"), "unknown kind \"\(named)\" (one of: \(ArtVocabulary.pickups.joined(separator: " ")))")
                    }
                }
                let points = reader.integer(table["points"], place.named("points"), range: 0...50, required: false) ?? 5
                if let x, let y { level.pickups.append(.init(thing: Pickup(x: x, y: y, kind: kind, points: points), line: call.line)) }
            case .message:
                guard let table = argumentTable(call, place, reader: &reader) else { continue }
                reader.rejectUnknown(table, place, known: ["id", "x"])
                let id = reader.string(table["id"], place.named("id"), maxLength: 40)
                let x = reader.fixed(table["x"], place.named("x"), range: xRange)
                guard let id, let x else { continue }
                guard let declared = header.messages.first(where: { $0.id == id }) else {
                    reader.problem(line: call.line, "b:message: no message with id \"\(id)\" is declared in messages")
                    continue
                }
                if let earlier = placedLines[id] {
                    reader.problem(line: call.line, "b:message: message \"\(id)\" is already placed (line \(earlier)); place each message once")
                    continue
                }
                placedLines[id] = call.line
                level.messages.append(.init(thing: SafetyMessage(id: id, atX: x, prompt: declared.prompt, choices: declared.choices,
                                                                          kind: declared.kind),
                                            line: call.line))
            case .finish:
                var value = call.argument
                if case .table(let table) = value {
                    reader.rejectUnknown(table, place, known: ["x"])
                    value = table["x"]
                }
                if let earlier = level.finish {
                    reader.problem(line: call.line, "b:finish: the finish is already set (line \(earlier.line))")
                    continue
                }
                if let x = reader.fixed(value, place, range: xRange) { level.finish = .init(thing: x, line: call.line) }
            }
        }
        for message in header.messages where placedLines[message.id] == nil {
            reader.problem("messages[\(message.position)]",
                           "message \"\(message.id)\" is never placed: call b:message{ id = \"\(message.id)\", x = ... } in build")
        }
        level.sortByX()
        return level
    }

    private static func argumentTable(_ call: BuildCall, _ place: SchemaReader.Place, reader: inout SchemaReader) -> LuaTable? {
        guard case .table(let table) = call.argument else {
            reader.problem(line: call.line, "b:\(call.kind.rawValue) expects a table, e.g. b:\(call.kind.rawValue){ x = 900, ... }, got \(call.argument.typeName)")
            return nil
        }
        return table
    }

    private static func readGate(_ table: LuaTable, _ place: SchemaReader.Place, reader: inout SchemaReader) -> Gate? {
        reader.rejectUnknown(table, place, known: ["x", "gap_y", "gap", "width", "label", "move"])
        let x = reader.fixed(table["x"], place.named("x"), range: xRange)
        let gapY = reader.fixed(table["gap_y"], place.named("gap_y"), range: 0...640)
        let gap = reader.fixed(table["gap"], place.named("gap"), range: 100...520, required: false) ?? Fixed(220)
        let width = reader.fixed(table["width"], place.named("width"), range: 20...400, required: false) ?? Fixed(110)
        let label = reader.string(table["label"], place.named("label"), required: false, maxLength: 16)
        var motion: GateMotion?
        if let move = reader.table(table["move"], place.named("move"), required: false) {
            let movePlace = place.named("move")
            reader.rejectUnknown(move, movePlace, known: ["amplitude", "period", "phase"])
            let amplitude = reader.fixed(move["amplitude"], movePlace.named("amplitude"), range: 0...200)
            let period = reader.integer(move["period"], movePlace.named("period"), range: 60...100_000)
            let phase = reader.integer(move["phase"], movePlace.named("phase"), range: 0...100_000, required: false) ?? 0
            if let amplitude, let period { motion = GateMotion(amplitude: amplitude, period: period, phase: phase) }
        }
        guard let x, let gapY else { return nil }
        return Gate(x: x, gapCenterY: gapY, gapHeight: gap, width: width, motion: motion, label: label)
    }
}
