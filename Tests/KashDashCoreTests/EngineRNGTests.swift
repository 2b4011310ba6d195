import Testing
@testable import KashDashCore

@Suite struct EngineRNGTests {
    @Test func sameSeedGivesSameSequenceAndOtherSeedsDiffer() {
        var a = EngineRNG(seed: 42)
        var b = EngineRNG(seed: 42)
        var c = EngineRNG(seed: 43)
        let first = (0..<16).map { _ in a.next() }
        #expect(first == (0..<16).map { _ in b.next() })
        #expect(first != (0..<16).map { _ in c.next() })
    }

    /// Pinned outputs: if these change, every recorded replay and level layout changes too.
    /// (Computed once by a separate Python transcription of xoshiro256** and SplitMix64.)
    @Test func sequenceIsPinned() {
        var rng = EngineRNG(seed: 1)
        let values = (0..<3).map { _ in rng.next().hex16 }
        #expect(values == ["b3f2af6d0fc710c5", "853b559647364cea", "92f89756082a4514"])
    }

    @Test func splitMixMatchesPublishedReference() {
        // SplitMix64 with seed 1234567: first outputs from the reference implementation.
        var mixer = SplitMix64(state: 1_234_567)
        #expect(mixer.next() == 6_457_827_717_110_365_317)
        #expect(mixer.next() == 3_203_168_211_198_807_973)
    }

    @Test func integersStayInRangeAndCoverIt() {
        var rng = EngineRNG(seed: 9)
        var seen = Array(repeating: 0, count: 7)
        for _ in 0..<7_000 {
            let value = rng.int(in: 3...9)
            #expect((3...9).contains(value))
            seen[value - 3] += 1
        }
        // Each of 7 values expected 1000 times; a fair generator stays well inside this band.
        #expect(seen.allSatisfy { (800...1200).contains($0) })
        #expect(rng.int(in: 5...5) == 5)
        #expect((-3...(-1)).contains(rng.int(in: -3...(-1))))
    }

    @Test func fractionsAreBelowOne() {
        var rng = EngineRNG(seed: 5)
        for _ in 0..<1000 {
            let f = rng.fraction()
            #expect(f >= .zero && f < .one)
        }
    }
}
