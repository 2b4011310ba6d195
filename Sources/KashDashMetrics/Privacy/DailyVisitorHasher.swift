import Crypto
import KashDashContract
import Synchronization

/// Decides whether a request is the first of its kind today, without remembering who sent it.
///
/// Holds one random 256-bit salt per UTC day, in memory only. A visitor's key is
/// HMAC-SHA256(salt, request properties + item); the set of keys seen today is kept
/// beside the salt. When the day changes both are dropped together, so nothing can be
/// joined across days, and no salt ever outlives the day after it was made (the server
/// also calls `rotateIfNeeded` every minute, so an idle server drops it too).
/// The salt comes from the system's secure random generator, never from the date.
public final class DailyVisitorHasher: Sendable {
    private struct DayState {
        var day: Day
        var salt: SymmetricKey
        var seen: Set<SHA256Digest>
    }

    private let clock: any DayClock
    private let state: Mutex<DayState>

    public init(clock: any DayClock) {
        self.clock = clock
        self.state = Mutex(DayState(day: clock.today(), salt: SymmetricKey(size: .bits256), seen: []))
    }

    /// Records one sighting of `item` by the visitor described by `properties` (e.g. the
    /// remote address and user agent, which are hashed here and never kept).
    /// - Returns: `true` the first time today, `false` after that.
    public func isFirstToday(properties: [String], item: String) -> Bool {
        let today = clock.today()
        return state.withLock { state in
            Self.rotate(&state, to: today)
            var mac = HMAC<SHA256>(key: state.salt)
            for property in properties + [item] {
                mac.update(data: Array(property.utf8))
                mac.update(data: [0])  // separator, so ("ab","c") != ("a","bc")
            }
            let digest = SHA256.hash(data: Array(mac.finalize()))
            return state.seen.insert(digest).inserted
        }
    }

    /// Drops the salt and the seen set if the day has changed.
    public func rotateIfNeeded() {
        let today = clock.today()
        state.withLock { Self.rotate(&$0, to: today) }
    }

    /// The day the current salt belongs to (for tests and health output; never the salt).
    public var saltDay: Day { state.withLock { $0.day } }

    /// How many distinct keys are held today.
    public var distinctToday: Int { state.withLock { $0.seen.count } }

    private static func rotate(_ state: inout DayState, to today: Day) {
        guard state.day != today else { return }
        state = DayState(day: today, salt: SymmetricKey(size: .bits256), seen: [])
    }
}
