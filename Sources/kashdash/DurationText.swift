/// How the benchmark commands print and divide durations, in one place.
extension Duration {
    /// Whole nanoseconds.
    var nanoseconds: Int64 { components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000 }

    /// Milliseconds with three decimals, e.g. "0.912 ms", computed with integers.
    var millisecondsText: String {
        let micro = components.seconds * 1_000_000 + components.attoseconds / 1_000_000_000_000
        return "\(micro / 1000).\(String(micro % 1000 + 1000).dropFirst()) ms"
    }

    /// How many of `count` things per second this duration means (0 for a zero duration).
    func rate(of count: Int) -> Int {
        nanoseconds > 0 ? Int(Int64(count) * 1_000_000_000 / nanoseconds) : 0
    }
}
