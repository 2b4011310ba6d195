import Testing

@testable import KashDashGame

/// A helpline number is never split across two lines.
@Suite struct WrapWordsTests {
    @Test func digitGroupsStayTogetherAndWordsStillBreak() {
        #expect(WrapWords.pieces(of: "call free on 0800 1111 too.") == ["call", "free", "on", "0800 1111", "too."])
        #expect(WrapWords.pieces(of: "Samaritans 116 123") == ["Samaritans", "116 123"])
        #expect(WrapWords.pieces(of: "Call 999.  Now") == ["Call", "999.", "Now"])
        #expect(WrapWords.pieces(of: "3 random words") == ["3", "random", "words"])
    }
}
