/// When the window loop runs game ticks, draws a picture and sleeps: plain arithmetic on
/// performance-counter readings, so tests drive it with made-up times.
///
/// The game advances only in whole 1/60 s ticks, whatever the frame rate; a stall counts
/// as at most `maxCatchUpSeconds`, so a long pause is never caught up (and the outcome of
/// a run never depends on it). Pictures are drawn at most once per `ticksPerFrame` ticks,
/// which the game chooses screen by screen: a quiet menu does not need 60 a second.
struct FramePacer {
    static let maxCatchUpSeconds = 0.25

    /// Counter units per second (`SDL_GetPerformanceFrequency`).
    let frequency: UInt64
    /// Counter units per tick.
    let tickLength: UInt64
    private let maxCatchUp: UInt64
    private var previous: UInt64
    /// Counter units of wall time not yet turned into ticks (less than one tick after `advance`).
    private(set) var accumulator: UInt64 = 0
    /// Ticks run since the last picture; the first picture is due at once.
    private var ticksSinceFrame = Int.max / 2

    init(frequency: UInt64, ticksPerSecond: Int, now: UInt64) {
        self.frequency = max(1, frequency)
        self.tickLength = max(1, self.frequency / UInt64(max(1, ticksPerSecond)))
        self.maxCatchUp = UInt64(Double(self.frequency) * Self.maxCatchUpSeconds)
        self.previous = now
    }

    /// The whole ticks that became due since the last call; the caller runs that many.
    mutating func advance(now: UInt64) -> Int {
        accumulator += min(now &- previous, maxCatchUp)
        previous = now
        let ticks = Int(accumulator / tickLength)
        accumulator -= UInt64(ticks) * tickLength
        ticksSinceFrame += ticks
        return ticks
    }

    /// How far (0..<1) the wall clock is past the last tick: the draw's interpolation.
    var alpha: Double { Double(accumulator) / Double(tickLength) }

    /// Whether the next picture is due, when the game wants one every `ticksPerFrame` ticks.
    func frameDue(ticksPerFrame: Int) -> Bool { ticksSinceFrame >= max(1, ticksPerFrame) }

    /// Called after a picture was considered (drawn, or found unchanged): the next is due
    /// `ticksPerFrame` ticks later.
    mutating func frameDone() { ticksSinceFrame = 0 }

    /// Whole milliseconds to sleep until the next tick is due, rounded up: waking a little
    /// late costs nothing (the accumulator keeps the time), waking early would spin.
    func millisecondsUntilNextTick(now: UInt64) -> UInt32 {
        let pending = accumulator + min(now &- previous, maxCatchUp)
        guard pending < tickLength else { return 0 }
        let remaining = tickLength - pending
        return UInt32((remaining * 1000 + frequency - 1) / frequency)
    }
}
