import KashDashContract

/// One event as a line of the event journal:
///
///     day \t kind \t source \t app_version \t level \t link \t message \t file \t bot \t language \t checksum \n
///
/// Missing ids are empty fields; `bot` is 0 or 1; `language` is a `Language` tag or empty.
/// Lines written before languages (no language field) still decode, so a journal left by an
/// older server is folded after an upgrade; the checksum is FNV-1a (32-bit, eight
/// hex digits) over every byte before the tab that precedes it. A tab, newline or
/// backslash inside a value is escaped (`\t`, `\n`, `\\`) so a line always splits the same.
/// Text, not binary: a person can read a journal left behind with `cat`.
enum JournalLine {
    /// Value fields on a line (the checksum is not one of them); older lines have one fewer.
    private static let valueFieldCount = 10
    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func encode(_ event: MetricEvent, dayISO: String, into bytes: inout [UInt8]) {
        let start = bytes.count
        append(dayISO, to: &bytes)
        appendField(event.kind.rawValue, to: &bytes)
        appendField(event.source?.rawValue ?? "", to: &bytes)
        appendField(event.appVersion ?? "", to: &bytes)
        appendField(event.level ?? "", to: &bytes)
        appendField(event.link ?? "", to: &bytes)
        appendField(event.message ?? "", to: &bytes)
        appendField(event.file ?? "", to: &bytes)
        bytes.append(UInt8(ascii: "\t"))
        bytes.append(event.isBot ? UInt8(ascii: "1") : UInt8(ascii: "0"))
        appendField(event.language?.tag ?? "", to: &bytes)
        let checksum = fnv1a(bytes[start...])
        bytes.append(UInt8(ascii: "\t"))
        for shift in stride(from: 28, through: 0, by: -4) { bytes.append(hexDigits[Int((checksum >> UInt32(shift)) & 0xF)]) }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// The checksum written at the end of `line`, or `nil` if it is not eight hex digits.
    static func storedChecksum(_ line: ArraySlice<UInt8>) -> UInt32? {
        guard line.count > 9, line[line.endIndex - 9] == UInt8(ascii: "\t") else { return nil }
        var value: UInt32 = 0
        for byte in line[(line.endIndex - 8)...] {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt32(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
        }
        return value
    }

    /// The event on `line` (without its newline), or `nil` when the line is damaged.
    static func decode(_ line: ArraySlice<UInt8>) -> MetricEvent? {
        guard let checksum = storedChecksum(line) else { return nil }
        let lastTab = line.endIndex - 9
        guard checksum == fnv1a(line[..<lastTab]) else { return nil }
        let fields = line[..<lastTab].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(unescape)
        guard fields.count == valueFieldCount || fields.count == valueFieldCount - 1, let day = Day(iso: fields[0]), let kind = EventKind(rawValue: fields[1]),
            fields[8] == "0" || fields[8] == "1"
        else { return nil }
        let source: EventSource?
        if fields[2].isEmpty {
            source = nil
        } else {
            guard let known = EventSource(rawValue: fields[2]) else { return nil }
            source = known
        }
        var language: Language?
        if fields.count == valueFieldCount, !fields[9].isEmpty {
            guard let known = Language(rawValue: fields[9]) else { return nil }
            language = known
        }
        func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
        return MetricEvent(
            kind: kind, day: day, source: source, appVersion: optional(fields[3]), level: optional(fields[4]),
            link: optional(fields[5]), message: optional(fields[6]), file: optional(fields[7]), isBot: fields[8] == "1",
            language: language)
    }

    private static func appendField(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\t"))
        append(text, to: &bytes)
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
        let needsEscaping = text.utf8.contains { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\\") }
        guard needsEscaping else { return bytes.append(contentsOf: text.utf8) }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            default: bytes.append(byte)
            }
        }
    }

    private static func unescape(_ field: ArraySlice<UInt8>) -> String {
        guard field.contains(UInt8(ascii: "\\")) else { return String(decoding: field, as: UTF8.self) }
        var bytes: [UInt8] = []
        var escaped = false
        for byte in field {
            if escaped {
                bytes.append(byte == UInt8(ascii: "t") ? UInt8(ascii: "\t") : byte == UInt8(ascii: "n") ? UInt8(ascii: "\n") : byte)
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func fnv1a(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }
}
