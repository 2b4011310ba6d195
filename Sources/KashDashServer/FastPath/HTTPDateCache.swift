
#if canImport(Glibc)
import KashDashMetrics
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `Date` header value (RFC 9110 IMF-fixdate), formatted at most once a second.
///
/// Hummingbird adds `Date` to every response it writes; the `/go` fast path writes its own
/// responses, so it keeps the same promise with this cache.
final class HTTPDateCache: Sendable {
    private struct Cached: Sendable {
        var second: Int
        var text: String
    }

    private let cached = Locked(Cached(second: -1, text: ""))

    /// Now, as an HTTP date.
    var now: String {
        let second = time(nil)
        return cached.withLock { cached in
            if cached.second != second {
                cached = Cached(second: second, text: Self.format(second))
            }
            return cached.text
        }
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Sun, 06 Nov 1994 08:49:37 GMT` for a Unix time.
    static func format(_ unixSeconds: Int) -> String {
        var seconds = time_t(unixSeconds)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func twoDigits(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekdays[Int(parts.tm_wday)]), \(twoDigits(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(twoDigits(parts.tm_hour)):\(twoDigits(parts.tm_min)):\(twoDigits(parts.tm_sec)) GMT"
    }
}
