import KashDashContract

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system clock, read in UTC.
public struct SystemDayClock: DayClock {
    public init() {}
    public func today() -> Day { Day(unixSeconds: Int(time(nil))) }
}
