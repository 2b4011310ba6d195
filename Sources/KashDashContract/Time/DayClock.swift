/// Tells which UTC day it is. Injected so tests can set the date; the system clock lives
/// at the edges (`SystemDayClock` in Metrics, the outbox's own), because reading the wall
/// clock needs more than the standard library.
public protocol DayClock: Sendable {
    func today() -> Day
}

/// A clock fixed to one day, for tests and replays.
public struct FixedDayClock: DayClock {
    public let day: Day
    public init(_ day: Day) { self.day = day }
    public func today() -> Day { day }
}
