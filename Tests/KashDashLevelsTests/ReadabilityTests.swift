import Foundation
import KashDashContract
import Testing
@testable import KashDashLevels

@Suite struct ReadabilityTests {
    @Test func syllables() {
        let expected = ["tell": 1, "trusted": 1, "adult": 2, "password": 2, "stranger": 2, "online": 2, "friend": 1,
                        "information": 4, "never": 2, "grown-up": 2, "make": 1, "table": 2]
        for (word, count) in expected {
            #expect(Readability.syllables(word) == count, "\(word)")
        }
    }

    @Test func sentencesSplitOnEndPunctuationAndQuotes() {
        let sentences = Readability.sentences("A game chat says: \"Send me a photo.\" You do not know them. What now?")
        #expect(sentences.map(\.count) == [8, 5, 2])
    }

    @Test func simpleTextScoresHighAndJargonLow() throws {
        let easy = try #require(Readability.readingEase("Tell a grown-up you trust. They can help you block and report."))
        let hard = try #require(Readability.readingEase("Unsolicited communications necessitate immediate notification of responsible guardians."))
        #expect(easy > 80)
        #expect(hard < 0)
    }
}
