#if canImport(Glibc)
import Glibc
#endif

/// A value behind a POSIX mutex, used wherever threads share state.
///
/// Why not the standard library's `Synchronization.Mutex`: on Linux it locks with futexes
/// inside the precompiled standard library, where the thread sanitizer cannot see them, so
/// every access it guards is reported as a race (an eight-line program shows it; see
/// docs/perf/sanitizers.md) and real races would drown among them. `pthread_mutex_lock`
/// is intercepted by the sanitizer, and uncontended it costs the same few nanoseconds.
public final class Locked<Value>: @unchecked Sendable {
    @usableFromInline let mutex: UnsafeMutablePointer<pthread_mutex_t>
    @usableFromInline let value: UnsafeMutablePointer<Value>

    public init(_ initial: Value) {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        let status = pthread_mutex_init(mutex, nil)
        precondition(status == 0, "pthread_mutex_init failed: \(status)")
        value = .allocate(capacity: 1)
        value.initialize(to: initial)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        value.deinitialize(count: 1)
        value.deallocate()
    }

    /// Runs `body` with the value, holding the lock; keep it short and never block in it.
    @inlinable
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value.pointee)
    }
}
