/// Pictures drawn and ticks run, counted per second of wall time for `onFrameStatistics`.
struct FrameStatistics {
    let frequency: UInt64
    var frames = 0
    var ticks = 0
    private var started: UInt64

    init(frequency: UInt64, now: UInt64) {
        self.frequency = frequency
        self.started = now
    }

    /// The counts of the second that just ended (then starts counting the next), or nil
    /// while the second is still running.
    mutating func completedSecond(now: UInt64) -> (frames: Int, ticks: Int)? {
        guard now &- started >= frequency else { return nil }
        defer {
            frames = 0
            ticks = 0
            started = now
        }
        return (frames, ticks)
    }
}
