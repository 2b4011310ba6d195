import Testing

@testable import KashDashSDL

extension SDLBackendTests {
    /// The window loop's clock: whole ticks from wall time, pictures at the game's pace,
    /// sleeps that end on the next tick. Driven with made-up counter readings.
    @Suite struct FramePacerTests {
        /// A microsecond counter: a tick is 16,666 units.
        static func pacer() -> FramePacer { FramePacer(frequency: 1_000_000, ticksPerSecond: 60, now: 0) }

        @Test func runsWholeTicksAndKeepsTheRemainder() {
            var pacer = Self.pacer()
            #expect(pacer.advance(now: 50_000) == 3)
            #expect(pacer.accumulator == 50_000 - 3 * 16_666)
            #expect(pacer.advance(now: 50_001) == 0)
        }

        @Test func wakingAtOddTimesLosesNoTicks() {
            var pacer = Self.pacer()
            var ticks = 0
            var now: UInt64 = 0
            var generator = SystemRandomNumberGenerator()
            while now < 10_000_000 {
                now += UInt64.random(in: 1...40_000, using: &generator)
                ticks += pacer.advance(now: now)
            }
            #expect(ticks == Int(now / 16_666), "the same ticks however the loop wakes")
        }

        @Test func aStallCountsAsAQuarterSecondAtMost() {
            var pacer = Self.pacer()
            #expect(pacer.advance(now: 5_000_000) == 250_000 / 16_666)
        }

        @Test func picturesComeEveryTicksPerFrameTicks() {
            var pacer = Self.pacer()
            #expect(pacer.frameDue(ticksPerFrame: 2), "the first picture at once")
            pacer.frameDone()
            _ = pacer.advance(now: 16_666)
            #expect(!pacer.frameDue(ticksPerFrame: 2))
            #expect(pacer.frameDue(ticksPerFrame: 1))
            _ = pacer.advance(now: 2 * 16_666)
            #expect(pacer.frameDue(ticksPerFrame: 2))
        }

        @Test func sleepsUntilTheNextTickRoundedUp() {
            var pacer = Self.pacer()
            _ = pacer.advance(now: 0)
            #expect(pacer.millisecondsUntilNextTick(now: 0) == 17, "16.666 ms rounds up, never early")
            #expect(pacer.millisecondsUntilNextTick(now: 16_000) == 1)
            #expect(pacer.millisecondsUntilNextTick(now: 16_666) == 0, "a tick is due: no sleep")
        }
    }
}
