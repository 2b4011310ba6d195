import KashDashContract
import Testing

@Suite struct JSONReaderTests {
    @Test func readsEveryKindOfValue() throws {
        let value = try JSONReader.parse(
            #" {"a": [1, -2.5e3, true, false, null], "b": "x\"y\\z\u00e9\ud83d\ude00\n"} "#)
        #expect(value["a"] == .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null]))
        #expect(value["b"] == .string("x\"y\\zé😀\n"))
        #expect(value.keys == ["a", "b"])
    }

    @Test(arguments: [
        "", "[1,]", "{\"a\":1,}", "{\"a\":1 \"b\":2}", "[01]", "[1.]", "[.5]", "[1e]", "\"unterminated",
        "{\"a\":1,\"a\":2}", "[1] x", "// comment\n[]", "[\"tab\tinside\"]", "[\"\\x\"]", "[\"\\ud800\"]", "nul",
        "{a:1}",
    ])
    func refusesWhatRFC8259Refuses(text: String) {
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse(text) }
    }

    @Test func refusesInvalidUTF8AndDeepNesting() {
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse([0x22, 0xC3, 0x28, 0x22]) }
        let deep =
            String(repeating: "[", count: JSONReader.maxDepth + 1)
            + String(repeating: "]", count: JSONReader.maxDepth + 1)
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse(deep) }
    }

    /// Strings are copied run by run between escapes: raw UTF-8 of any length on either side
    /// of an escape reads back whole, and a bad byte anywhere in a run is refused.
    @Test func rawUTF8RunsAroundEscapesReadWhole() throws {
        let text = #"کسی بھروسے مند\n\"Dŵr\" 😀 \u0041"#
        #expect(try JSONReader.parse("[\"\(text)\"]") == .array([.string("کسی بھروسے مند\n\"Dŵr\" 😀 A")]))
        // Invalid after an escape, and a sequence cut short by the closing quote.
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse([0x22, 0x5C, 0x6E, 0xC3, 0x28, 0x22]) }
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse([0x22, 0x61, 0xE2, 0x82, 0x22]) }
        #expect(try JSONReader.parse([0x22, 0x22]) == .string(""))
    }

    @Test func writtenDocumentsReadBack() throws {
        let value = JSONValue.object([
            ("name", .string("quote \" and \u{01}")), ("list", .array([.number("3"), .null])),
        ])
        #expect(try JSONReader.parse(value.rendered()) == value)
    }
}
