/// The 95 % Wilson score interval for a proportion: honest at small counts and near 0 % or
/// 100 %, where the textbook "p ± 1.96 SE" interval runs past the ends or shrinks to nothing.
struct WilsonInterval: Equatable, Sendable {
    let low: Double
    let high: Double

    /// z for a two-sided 95 % interval.
    static let z = 1.959964

    /// `nil` with no trials.
    init?(successes: Int, trials: Int) {
        guard trials > 0, successes >= 0, successes <= trials else { return nil }
        let n = Double(trials), p = Double(successes) / n, z2 = Self.z * Self.z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = Self.z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / (1 + z2 / n)
        low = max(0, centre - half)
        high = min(1, centre + half)
    }
}
