/// An inclusive range of days, always `first <= last`.
public struct DayRange: Hashable, Sendable {
    public let first: Day
    public let last: Day

    /// `nil` when the range is reversed.
    public init?(first: Day, last: Day) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    public var dayCount: Int { last.ordinal - first.ordinal + 1 }

    /// The range of the same length that ends the day before this one starts.
    public var previous: DayRange {
        DayRange(first: first.adding(days: -dayCount), last: first.adding(days: -1))!
    }
}
