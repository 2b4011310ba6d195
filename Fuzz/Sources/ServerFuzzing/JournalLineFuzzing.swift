@testable import KashDashMetrics

/// Lines of the click journal, as a crash or a full disk may leave them. Half the inputs get
/// a correct checksum first, so mutations reach the field parser behind it.
enum JournalLineFuzzing {
    static func run(_ bytes: [UInt8]) {
        guard let mode = bytes.first else { return }
        var line = Array(bytes.dropFirst())
        if mode & 1 == 0 {
            let checksum = JournalLine.fnv1a(line[...])
            line.append(UInt8(ascii: "\t"))
            for shift in stride(from: 28, through: 0, by: -4) {
                line.append(Array("0123456789abcdef".utf8)[Int((checksum >> UInt32(shift)) & 0xF)])
            }
        }
        guard let event = JournalLine.decode(line[...]) else { return }
        // What decodes must encode back to a line that decodes to the same event.
        var again: [UInt8] = []
        JournalLine.encode(event, dayISO: event.day.iso, into: &again)
        precondition(again.last == UInt8(ascii: "\n"))
        precondition(JournalLine.decode(again.dropLast()) == event, "a journal line does not survive a round trip")
    }
}
