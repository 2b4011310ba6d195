@testable import KashDashSDL
import Testing

/// The bidirectional ordering Urdu needs: numbers and Latin names inside right-to-left text
/// keep reading left to right, and the runs sit right to left.
@Suite struct BidiRunsTests {
    @Test func englishIsOneLeftToRightRun() {
        #expect(BidiRuns.visual("Call 0800 1111", baseRightToLeft: false) == [BidiRun(text: "Call 0800 1111", rightToLeft: false)])
    }

    @Test func urduAloneIsOneRightToLeftRun() {
        let runs = BidiRuns.visual("کسی بھروسے مند بڑے کو بتائیں", baseRightToLeft: true)
        #expect(runs == [BidiRun(text: "کسی بھروسے مند بڑے کو بتائیں", rightToLeft: true)])
    }

    @Test func aNumberInsideUrduKeepsItsOrderAndSitsInReadingPlace() {
        // "Call Childline on 0800 1111": reading right to left, the Urdu words come first
        // (rightmost) and the number last (leftmost), its digits still left to right.
        let line = "چائلڈ لائن کو 0800 1111 پر کال کریں"
        let runs = BidiRuns.visual(line, baseRightToLeft: true)
        #expect(runs.map(\.rightToLeft) == [true, false, true])
        #expect(runs[1].text == "0800 1111")
        #expect(runs[0].text.contains("پر کال کریں"))
        #expect(runs[2].text.hasPrefix("چائلڈ"))
        // Nothing lost or repeated.
        #expect(runs.map(\.text.unicodeScalars.count).reduce(0, +) == line.unicodeScalars.count)
    }

    @Test func latinNameBetweenUrduWordsIsItsOwnRun() {
        let runs = BidiRuns.visual("یہ CEOP ہے", baseRightToLeft: true)
        #expect(runs.count == 3)
        #expect(runs[1] == BidiRun(text: "CEOP", rightToLeft: false))
    }

    @Test func urduQuotedInEnglishIsReversedAsARun() {
        let runs = BidiRuns.visual("Urdu: اردو", baseRightToLeft: false)
        #expect(runs.last == BidiRun(text: "اردو", rightToLeft: true))
        #expect(runs.first?.rightToLeft == false)
    }
}
