import KashDashMetrics

/// One published learning cell: the safe-answer rate among some answers, with its 95 %
/// Wilson interval and the number of answers, under the 10-5 rule.
///
/// Suppression: the number of answers is a `SuppressedCount` like every other published
/// count. The rate is shown only when the safe answers and the unsafe answers are each at
/// least 10: a rate over fewer would let a reader work out a count below 10 (a 95 % rate
/// of 40 answers is 2 unsafe ones). The rate and its interval are computed from the safe
/// and unsafe counts each rounded to 5, so they reveal nothing the rounded counts do not.
struct LearningRate: Equatable, Sendable {
    /// "<10" or the rounded number of answers.
    let answers: SuppressedCount
    /// `nil` when suppressed (or with no answers).
    let rate: Double?
    let interval: WilsonInterval?

    /// The fewest safe answers, and the fewest unsafe ones, a published rate may rest on.
    static let minimumEachWay = 10

    init(safe: Int, unsafe: Int) {
        answers = SuppressedCount(safe + unsafe)
        guard safe >= Self.minimumEachWay, unsafe >= Self.minimumEachWay else {
            rate = nil
            interval = nil
            return
        }
        // From the published (rounded) counts only: a rate or bounds from the exact counts
        // would pin them down (to three decimals, nearly always), and a lesson's exact
        // total minus its shown questions would then reveal a suppressed one.
        let roundedSafe = SuppressedCount(safe).chartValue, roundedUnsafe = SuppressedCount(unsafe).chartValue
        rate = Double(roundedSafe) / Double(roundedSafe + roundedUnsafe)
        interval = WilsonInterval(successes: roundedSafe, trials: roundedSafe + roundedUnsafe)
    }

    var isSuppressed: Bool { rate == nil }

    /// "82 %" or "–" when suppressed.
    var rateText: String { rate.map(Self.percent) ?? "–" }

    /// "79–85 %" or "" when suppressed.
    var intervalText: String {
        guard let interval else { return "" }
        return "\(Self.wholePercent(interval.low))–\(Self.percent(interval.high))"
    }

    static func wholePercent(_ fraction: Double) -> String { String(Int((fraction * 100).rounded())) }
    static func percent(_ fraction: Double) -> String { wholePercent(fraction) + " %" }
}
