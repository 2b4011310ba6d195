import KashDashContract
import Testing

@testable import KashDashMetrics

@Suite struct JournalLineTests {
    typealias Support = JournalTestSupport
    static let day = Day(iso: "2026-11-27")!

    /// Decodes an encoded line after checking its framing (one final newline, ten tabs).
    func roundTrip(_ event: MetricEvent) -> MetricEvent? {
        let bytes = Support.encoded(event)
        #expect(bytes.last == UInt8(ascii: "\n"))
        #expect(bytes.filter { $0 == UInt8(ascii: "\n") }.count == 1, "a value's newline must be escaped")
        #expect(bytes.filter { $0 == UInt8(ascii: "\t") }.count == 10, "a value's tab must be escaped")
        return JournalLine.decode(bytes.dropLast())
    }

    @Test func everyFieldSetRoundTrips() {
        let event = MetricEvent(
            kind: .download, day: Self.day, source: .kiosk, appVersion: "1.2.0-beta.1+linux", level: "tell-an-adult",
            link: "childline", message: "friend-request", file: "kashdash.AppImage", isBot: false, language: .urdu)
        #expect(roundTrip(event) == event)
    }

    /// A journal written before languages (nine value fields) is still folded after an
    /// upgrade; an unknown language tag is a damaged line, set aside, not a guess.
    @Test func aLineFromBeforeLanguagesStillDecodes() {
        let old = ["2026-11-27", "advice_click", "kiosk", "", "", "childline", "", "", "0"]
        #expect(JournalLine.decode(Support.handMadeLine(old)[...]) == MetricEvent(kind: .adviceClick, day: Self.day, source: .kiosk, link: "childline"))
        #expect(JournalLine.decode(Support.handMadeLine(old + ["cy"])[...])?.language == .welsh)
        #expect(JournalLine.decode(Support.handMadeLine(old + ["fr"])[...]) == nil)
    }

    @Test func nilFieldsRoundTripAsNil() {
        let event = MetricEvent(kind: .adviceClick, day: Self.day)
        let decoded = roundTrip(event)
        #expect(decoded == event)
        #expect(decoded?.source == nil && decoded?.appVersion == nil && decoded?.link == nil && decoded?.file == nil)
    }

    @Test func botFlagRoundTripsBothWays() {
        let bot = MetricEvent(kind: .adviceClick, day: Self.day, source: .web, link: "childline", isBot: true)
        var human = bot
        human.isBot = false
        #expect(roundTrip(bot)?.isBot == true)
        #expect(roundTrip(human)?.isBot == false)
        #expect(roundTrip(bot) == bot)
        #expect(roundTrip(human) == human)
    }

    @Test func everyKindSourceAndAFarDayRoundTrip() {
        for kind in EventKind.allCases {
            for source in EventSource.allCases {
                let event = MetricEvent(kind: kind, day: Day(iso: "1999-12-31")!, source: source, link: "x")
                #expect(roundTrip(event) == event)
            }
        }
    }

    @Test func tabNewlineAndBackslashInValuesSurvive() {
        let event = MetricEvent(
            kind: .adviceClick, day: Self.day, source: .desktop,
            appVersion: "a\tb", level: "line1\nline2", link: #"back\slash"#,
            message: #"literal \t not a tab"#, file: "ends with backslash\\", isBot: true)
        #expect(roundTrip(event) == event)
        // Escapes next to each other and next to a field boundary.
        let tricky = MetricEvent(kind: .download, day: Self.day, appVersion: "\\", level: "\t", link: "\n", message: "\\\\\t\n\\n", file: "\t\\")
        #expect(roundTrip(tricky) == tricky)
    }

    @Test func theLineIsReadableTextInTheDocumentedOrder() {
        let event = MetricEvent(
            kind: .adviceClick, day: Self.day, source: .kiosk, appVersion: "1.0.0", level: "passwords", link: "childline",
            message: "m", file: "f", isBot: true, language: .polish)
        let text = String(decoding: Support.encoded(event), as: UTF8.self)
        let body = "2026-11-27\tadvice_click\tkiosk\t1.0.0\tpasswords\tchildline\tm\tf\t1\tpl"
        let hex = String(Support.referenceFNV1a(Array(body.utf8)), radix: 16)
        #expect(text == body + "\t" + String(repeating: "0", count: 8 - hex.count) + hex + "\n")
    }

    /// Known FNV-1a 32-bit values (from the FNV reference test vectors), not computed by the code under test.
    @Test func checksumIsFNV1a32() {
        #expect(JournalLine.fnv1a(ArraySlice("".utf8)) == 0x811C_9DC5)
        #expect(JournalLine.fnv1a(ArraySlice("a".utf8)) == 0xE40C_292C)
        #expect(JournalLine.fnv1a(ArraySlice("foobar".utf8)) == 0xBF9C_F968)
        // The test's own reference must agree with the same vectors, or the hand-made lines below prove nothing.
        #expect(Support.referenceFNV1a(Array("a".utf8)) == 0xE40C_292C)
        #expect(Support.referenceFNV1a(Array("foobar".utf8)) == 0xBF9C_F968)
    }

    @Test func storedChecksumCoversEveryByteBeforeItsTab() {
        let bytes = Array(Support.encoded(MetricEvent(kind: .adviceClick, day: Self.day, link: "childline")).dropLast())
        let body = bytes[..<(bytes.count - 9)]
        #expect(JournalLine.storedChecksum(bytes[...]) == Support.referenceFNV1a(body))
    }

    @Test func aHandMadeValidLineDecodes() {
        // Guards the negative tests below: the helper builds lines the decoder accepts.
        let line = Support.handMadeLine(["2026-11-27", "advice_click", "web", "", "", "childline", "", "", "0"])
        #expect(JournalLine.decode(line[...]) == MetricEvent(kind: .adviceClick, day: Self.day, source: .web, link: "childline"))
    }

    @Test func anyFlippedByteIsRejected() {
        let event = MetricEvent(
            kind: .download, day: Self.day, source: .kiosk, appVersion: "1.0.0", level: "l", link: "k", message: "m",
            file: "kashdash.AppImage", isBot: true)
        let line = Array(Support.encoded(event).dropLast())
        #expect(JournalLine.decode(line[...]) == event)
        for index in line.indices {
            for mask: UInt8 in [0x01, 0x02, 0x20, 0x80] {
                var damaged = line
                damaged[index] ^= mask
                #expect(JournalLine.decode(damaged[...]) == nil, "byte \(index) ^ \(mask) was accepted")
            }
        }
    }

    @Test func everyTruncationIsRejected() {
        let line = Array(Support.encoded(MetricEvent(kind: .adviceClick, day: Self.day, source: .web, link: "childline")).dropLast())
        for length in 0..<line.count {
            #expect(JournalLine.decode(line[..<length]) == nil, "a line cut to \(length) bytes was accepted")
        }
        // A slice that does not start at index 0 (as `EventJournal.load` passes) still decodes.
        let twoLines = Support.encoded(MetricEvent(kind: .download, day: Self.day)) + line
        let start = twoLines.firstIndex(of: UInt8(ascii: "\n"))! + 1
        #expect(JournalLine.decode(twoLines[start...])?.link == "childline")
    }

    @Test func wrongFieldCountIsRejected() {
        let nine = ["2026-11-27", "advice_click", "web", "", "", "childline", "", "", "0"]
        #expect(JournalLine.decode(Support.handMadeLine(Array(nine.dropLast(2)) + ["0"])[...]) == nil)
        #expect(JournalLine.decode(Support.handMadeLine(Array(nine.dropLast()))[...]) == nil)
        // Ten is a line with a language (empty: none said); eleven is too many.
        #expect(JournalLine.decode(Support.handMadeLine(nine + [""])[...]) != nil)
        #expect(JournalLine.decode(Support.handMadeLine(nine + ["", ""])[...]) == nil)
        #expect(JournalLine.decode(Support.handMadeLine(nine + ["0"])[...]) == nil)
    }

    @Test func unknownKindSourceOrBotFlagIsRejected() {
        func fields(kind: String = "advice_click", source: String = "web", bot: String = "0") -> [String] {
            ["2026-11-27", kind, source, "", "", "childline", "", "", bot]
        }
        #expect(JournalLine.decode(Support.handMadeLine(fields())[...]) != nil)
        #expect(JournalLine.decode(Support.handMadeLine(fields(kind: "advice_clicks"))[...]) == nil)
        #expect(JournalLine.decode(Support.handMadeLine(fields(kind: ""))[...]) == nil)
        #expect(JournalLine.decode(Support.handMadeLine(fields(kind: "ADVICE_CLICK"))[...]) == nil)
        #expect(JournalLine.decode(Support.handMadeLine(fields(source: "mobile"))[...]) == nil)
        #expect(JournalLine.decode(Support.handMadeLine(fields(source: "Web"))[...]) == nil)
        #expect(JournalLine.decode(Support.handMadeLine(fields(bot: "2"))[...]) == nil)
        #expect(JournalLine.decode(Support.handMadeLine(fields(bot: ""))[...]) == nil)
        #expect(JournalLine.decode(Support.handMadeLine(fields(bot: "true"))[...]) == nil)
    }

    @Test func badDayIsRejected() {
        for day in ["2026-02-30", "2026-13-01", "2026-1-01", "26-11-27", "2026/11/27", "", "2026-11-27 "] {
            let line = Support.handMadeLine([day, "advice_click", "web", "", "", "childline", "", "", "0"])
            #expect(JournalLine.decode(line[...]) == nil, "day \(day.debugDescription) was accepted")
        }
    }

    @Test func malformedChecksumFieldIsRejected() {
        let line = Array(Support.encoded(MetricEvent(kind: .adviceClick, day: Self.day, link: "childline")).dropLast())
        #expect(JournalLine.decode(line.dropLast()) == nil)  // seven hex digits
        #expect(JournalLine.decode((line + [UInt8(ascii: "0")])[...]) == nil)  // nine
        var noTab = line
        noTab[noTab.count - 9] = UInt8(ascii: " ")  // the checksum's own tab replaced
        #expect(JournalLine.decode(noTab[...]) == nil)
        #expect(JournalLine.decode(ArraySlice("garbage".utf8)) == nil)
        #expect(JournalLine.decode([]) == nil)
    }
}
