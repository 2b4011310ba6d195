/// A count made safe to publish under the ONS "10-5" practice: below 10 is shown as
/// "<10", everything else is rounded to the nearest 5. Headline totals stay exact;
/// breakdowns and exports use this.
public enum SuppressedCount: Hashable, Sendable, CustomStringConvertible {
    case belowTen
    case rounded(Int)

    public init(_ exact: Int) {
        if exact < 10 {
            self = .belowTen
        } else {
            self = .rounded((exact + 2) / 5 * 5)
        }
    }

    /// "<10" or the rounded number.
    public var description: String {
        switch self {
        case .belowTen: return "<10"
        case .rounded(let value): return String(value)
        }
    }

    /// A number safe for charts: 0 for "<10" so a suppressed bar shows nothing.
    public var chartValue: Int {
        if case .rounded(let value) = self { return value }
        return 0
    }
}
