import KashDashCore

/// Reads typed fields out of copied Lua tables, collecting a problem (with the line from
/// `SourceLines` or a builder call) for every field that is missing or has the wrong shape.
struct SchemaReader {
    let file: String
    private let source: LazySourceLines
    var problems: [LevelProblem] = []

    init(file: String, source: LazySourceLines) {
        self.file = file
        self.source = source
    }

    /// Field lines, worked out only when a problem needs one (most loads have none).
    var lines: SourceLines { source.lines }

    /// A problem about the returned table's field at `path`.
    mutating func problem(_ path: String, _ message: String) {
        problems.append(LevelProblem(file: file, line: lines.line(for: path), message: message))
    }

    /// A problem at a known line (a builder call); `nil` or 0 falls back to the `return` line.
    mutating func problem(line: Int?, _ message: String) {
        let known = (line ?? 0) > 0 ? line : lines.returnLine
        problems.append(LevelProblem(file: file, line: known, message: message))
    }

    /// Where a problem goes: a path in the returned table, or the line of a builder call.
    enum Place {
        case field(String)
        case call(Int, String)

        func named(_ key: String) -> Place {
            switch self {
            case .field(let path): .field(path.isEmpty ? key : path + "." + key)
            case .call(let line, let what): .call(line, what + "." + key)
            }
        }

        func indexed(_ index: Int) -> Place {
            switch self {
            case .field(let path): .field(path + "[\(index)]")
            case .call(let line, let what): .call(line, what + "[\(index)]")
            }
        }

        var label: String {
            switch self {
            case .field(let path): path
            case .call(_, let what): what
            }
        }
    }

    mutating func problem(_ place: Place, _ message: String) {
        switch place {
        case .field(let path): problem(path, "\(path): \(message)")
        case .call(let line, let what): problem(line: line, "\(what): \(message)")
        }
    }

    // MARK: Typed fields

    mutating func table(_ value: LuaValue, _ place: Place, required: Bool = true) -> LuaTable? {
        switch value {
        case .table(let table): return table
        case .none:
            if required { problem(place, "missing (expected a table)") }
        default: problem(place, "expected a table, got \(value.typeName)")
        }
        return nil
    }

    mutating func string(_ value: LuaValue, _ place: Place, required: Bool = true, maxLength: Int = 300) -> String? {
        switch value {
        case .string(let text):
            let trimmed = text.trimmingSpaces
            if trimmed.isEmpty {
                problem(place, "must not be empty")
                return nil
            }
            if trimmed.count > maxLength {
                problem(place, "too long (\(trimmed.count) characters; at most \(maxLength))")
            }
            return trimmed
        case .none:
            if required { problem(place, "missing (expected text)") }
        default: problem(place, "expected text (a string), got \(value.typeName)")
        }
        return nil
    }

    mutating func integer(_ value: LuaValue, _ place: Place, range: ClosedRange<Int>, required: Bool = true) -> Int? {
        let whole: Int?
        switch value {
        case .integer(let number): whole = Int(exactly: number)
        case .number(let number) where number.isFinite && number.rounded(.towardZero) == number && abs(number) < 1e15:
            whole = Int(number)
        case .number:
            problem(place, "expected a whole number, got \(value.describedNumber)")
            return nil
        case .none:
            if required { problem(place, "missing (expected a whole number)") }
            return nil
        default:
            problem(place, "expected a whole number, got \(value.typeName)")
            return nil
        }
        guard let whole, range.contains(whole) else {
            problem(place, "must be from \(range.lowerBound) to \(range.upperBound), got \(value.describedNumber)")
            return nil
        }
        return whole
    }

    /// A number converted to fixed point by round(x * 65536), checked against `range`.
    mutating func fixed(_ value: LuaValue, _ place: Place, range: ClosedRange<Double>, required: Bool = true) -> Fixed? {
        let number: Double
        switch value {
        case .integer(let whole): number = Double(whole)
        case .number(let fraction) where fraction.isFinite: number = fraction
        case .none:
            if required { problem(place, "missing (expected a number)") }
            return nil
        default:
            problem(place, "expected a number, got \(value.typeName == "number" ? "nan or inf" : value.typeName)")
            return nil
        }
        guard range.contains(number) else {
            problem(place, "must be from \(range.lowerBound.compact) to \(range.upperBound.compact), got \(number.compact)")
            return nil
        }
        return Fixed(raw: Int64((number * 65536).rounded()))
    }

    mutating func boolean(_ value: LuaValue, _ place: Place) -> Bool? {
        switch value {
        case .boolean(let flag): return flag
        case .none: problem(place, "missing (expected true or false)")
        default: problem(place, "expected true or false, got \(value.typeName)")
        }
        return nil
    }

    /// Reports fields not in `known` (typos such as `on_gate_pased` would otherwise be ignored).
    mutating func rejectUnknown(_ table: LuaTable, _ place: Place, known: Set<String>) {
        for key in table.fields.keys.sorted() where !known.contains(key) {
            let hint = known.sorted().first { $0.distance(to: key) <= 2 }.map { " (did you mean '\($0)'?)" } ?? ""
            problem(place.named(key), "unknown field '\(key)'\(hint)")
        }
        if !table.array.isEmpty { problem(place, "has list entries where only named fields belong") }
        for key in table.strayKeys { problem(place, "unexpected key \(key)") }
    }

    /// Reports named fields in a table that should be a plain list.
    mutating func rejectNamed(_ table: LuaTable, _ place: Place) {
        for key in table.fields.keys.sorted() { problem(place, "should be a list, but has a field '\(key)'") }
        for key in table.strayKeys { problem(place, "should be a list without gaps (unexpected key \(key))") }
    }
}

/// `SourceLines` computed on first use and kept.
final class LazySourceLines {
    let source: String
    private(set) lazy var lines = SourceLines(source: source)

    init(_ source: String) { self.source = source }
}

extension LuaValue {
    var describedNumber: String {
        switch self {
        case .integer(let value): String(value)
        case .number(let value): value.compact
        default: typeName
        }
    }
}

extension Double {
    /// "3.5", "900", without a trailing ".0".
    var compact: String {
        if rounded() == self, abs(self) < 1e15 { return String(Int64(self)) }
        return String(self)
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }

    /// Edit distance, for "did you mean" hints.
    func distance(to other: String) -> Int {
        let a = Array(self), b = Array(other)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
