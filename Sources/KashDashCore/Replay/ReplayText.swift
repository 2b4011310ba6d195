/// The replay file format, version 1: line-based UTF-8 text, easy to read and to diff.
///
/// ```
/// kashdash-replay 1
/// engine 1.0.0
/// level training
/// level-source 8c2f0a1b9d3e4f56
/// seed 42
/// speed 100
/// practice no
/// hash-every 60
/// input 12. F 17. F 20. a F 3. F
/// hash 60 0f1e2d3c4b5a6978
/// end
/// ```
///
/// `input` lines hold one token per run of ticks: an optional count, then `.` (nothing),
/// `F` (flap) or a letter `a`...`i` (choose answer 1...9). Several `input` lines concatenate.
/// `hash TICK HEX` lines give the state hash after that tick. Lines starting `#` are comments.
public enum ReplayText {
    public static func encode(_ replay: Replay) -> String {
        var lines = [
            "kashdash-replay \(Replay.formatVersion)",
            "engine \(replay.engineVersion)",
            "level \(replay.levelID)",
            "level-source \(replay.levelSourceHash.hex16)",
            "seed \(replay.seed)",
            "speed \(replay.settings.speedPercent)",
            "practice \(replay.settings.practice ? "yes" : "no")",
            "hash-every \(replay.hashInterval)",
        ]
        var tokens: [String] = []
        var index = replay.inputs.startIndex
        while index < replay.inputs.endIndex {
            let input = replay.inputs[index]
            var run = 1
            while index + run < replay.inputs.endIndex, replay.inputs[index + run] == input { run += 1 }
            tokens.append((run > 1 ? String(run) : "") + String(symbol(for: input)))
            index += run
        }
        var line = "input"
        for token in tokens {
            if line.count + token.count > 78 {
                lines.append(line)
                line = "input"
            }
            line += " " + token
        }
        if line != "input" || tokens.isEmpty { lines.append(line) }
        for checkpoint in replay.checkpoints { lines.append("hash \(checkpoint.tick) \(checkpoint.hash.hex16)") }
        lines.append("end")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Parses a replay; every error names the line it found wrong.
    public static func decode(_ text: String) throws(ReplayFormatError) -> Replay {
        var header: [String: (value: String, line: Int)] = [:]
        var inputs: [TickInput] = []
        var checkpoints: [Replay.Checkpoint] = []
        var sawMagic = false
        var sawEnd = false
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if sawEnd { throw ReplayFormatError(line: number, message: "text after 'end'") }
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            let key = String(words[0])
            if !sawMagic {
                guard key == "kashdash-replay", words.count == 2 else {
                    throw ReplayFormatError(line: number, message: "not a Kash Dash replay (expected 'kashdash-replay 1')")
                }
                guard words[1] == "\(Replay.formatVersion)" else {
                    throw ReplayFormatError(line: number, message: "replay format \(words[1]) is not supported (this engine reads format \(Replay.formatVersion))")
                }
                sawMagic = true
                continue
            }
            switch key {
            case "input":
                for word in words.dropFirst() { try appendRun(word, to: &inputs, line: number) }
                guard inputs.count <= 10_000_000 else { throw ReplayFormatError(line: number, message: "replay is longer than 10 million ticks") }
            case "hash":
                guard words.count == 3, let tick = Int(words[1]), tick >= 1, let hash = UInt64(hex16: words[2]) else {
                    throw ReplayFormatError(line: number, message: "expected 'hash TICK HEX'")
                }
                if let last = checkpoints.last, tick <= last.tick {
                    throw ReplayFormatError(line: number, message: "hash ticks must increase (\(tick) after \(last.tick))")
                }
                checkpoints.append(.init(tick: tick, hash: hash))
            case "end":
                sawEnd = true
            case "engine", "level", "level-source", "seed", "speed", "practice", "hash-every":
                guard words.count == 2 else { throw ReplayFormatError(line: number, message: "expected '\(key) VALUE'") }
                guard header[key] == nil else { throw ReplayFormatError(line: number, message: "'\(key)' given twice") }
                header[key] = (String(words[1]), number)
            default:
                throw ReplayFormatError(line: number, message: "unknown field '\(key)'")
            }
        }
        guard sawMagic else { throw ReplayFormatError(line: 1, message: "empty file: not a Kash Dash replay") }
        guard sawEnd else { throw ReplayFormatError(line: nil, message: "the replay is cut short (no 'end' line)") }

        func field(_ key: String) throws(ReplayFormatError) -> (value: String, line: Int) {
            guard let entry = header[key] else { throw ReplayFormatError(line: nil, message: "missing '\(key)' line") }
            return entry
        }
        let seedField = try field("seed")
        guard let seed = UInt64(seedField.value) else { throw ReplayFormatError(line: seedField.line, message: "seed must be a whole number from 0 to 2^64-1") }
        let sourceField = try field("level-source")
        guard let source = UInt64(hex16: sourceField.value) else { throw ReplayFormatError(line: sourceField.line, message: "level-source must be 16 hex digits") }
        let speedField = try field("speed")
        guard let speed = Int(speedField.value), RunSettings.speedPresets.contains(speed) else {
            throw ReplayFormatError(line: speedField.line, message: "speed must be 60, 80 or 100")
        }
        let practiceField = try field("practice")
        guard ["yes", "no"].contains(practiceField.value) else { throw ReplayFormatError(line: practiceField.line, message: "practice must be yes or no") }
        let intervalField = try field("hash-every")
        guard let interval = Int(intervalField.value), interval >= 1 else { throw ReplayFormatError(line: intervalField.line, message: "hash-every must be a positive number") }
        return Replay(
            engineVersion: try field("engine").value, levelID: try field("level").value, levelSourceHash: source, seed: seed,
            settings: RunSettings(speedPercent: speed, practice: practiceField.value == "yes"), inputs: inputs,
            hashInterval: interval, checkpoints: checkpoints)
    }

    static func symbol(for input: TickInput) -> Character {
        if input == .none { return "." }
        if input == .flap { return "F" }
        return Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(input.choiceIndex!)))
    }

    private static func appendRun(_ word: Substring, to inputs: inout [TickInput], line: Int) throws(ReplayFormatError) {
        guard let symbol = word.last else { return }
        let countText = word.dropLast()
        let count: Int
        if countText.isEmpty {
            count = 1
        } else {
            guard let parsed = Int(countText), parsed >= 1, parsed <= 10_000_000 else {
                throw ReplayFormatError(line: line, message: "bad run length in '\(word)'")
            }
            count = parsed
        }
        // By byte, not by Character: "b" with a combining mark is one Character that sorts
        // between "a" and "i" but is no input (found by the replay fuzzer).
        let input: TickInput
        switch symbol.asciiValue {
        case UInt8(ascii: ".")?: input = .none
        case UInt8(ascii: "F")?: input = .flap
        case let letter? where (UInt8(ascii: "a")...UInt8(ascii: "i")).contains(letter):
            input = .choose(Int(letter - UInt8(ascii: "a")))
        default: throw ReplayFormatError(line: line, message: "unknown input '\(symbol)' (use . F or a-i)")
        }
        inputs.append(contentsOf: repeatElement(input, count: count))
    }
}

/// A replay file that could not be read, with the line at fault where there is one.
public struct ReplayFormatError: Error, Equatable, CustomStringConvertible {
    public var line: Int?
    public var message: String
    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var text = self
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
