#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells which UTC day it is. Injected so tests can set the date.
public protocol DayClock: Sendable {
    func today() -> Day
}

/// The system clock, read in UTC.
public struct SystemDayClock: DayClock {
    public init() {}
    public func today() -> Day { Day(unixSeconds: Int(time(nil))) }
}

/// A clock fixed to one day, for tests and replays.
public struct FixedDayClock: DayClock {
    public let day: Day
    public init(_ day: Day) { self.day = day }
    public func today() -> Day { day }
}
