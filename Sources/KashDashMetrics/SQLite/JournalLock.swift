#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on `<journal folder>/lock`, held for as long as one store uses the
/// journal (and while it folds what a previous run left).
///
/// Why: a second process on the same data folder (a double start, or a deploy starting the
/// new server while the old one is still stopping) would fold and delete the file the first
/// is still appending to, losing acknowledged clicks. With the lock it waits for the first
/// to let go, then refuses with a clear message.
final class JournalLock: Sendable {
    private let descriptor: Int32

    /// Creates `directory` if needed and takes the lock, waiting up to `patience` for a
    /// previous holder (a store being dropped, a server shutting down) to release it.
    init(directory: String, patience: Duration = .seconds(5)) throws {
        if mkdir(directory, 0o700) != 0 && errno != EEXIST {
            throw MetricsStoreError.fileSystem("cannot create the event journal folder \(directory)")
        }
        let path = directory + "/lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw MetricsStoreError.fileSystem("cannot open \(path)")
        }
        let deadline = ContinuousClock.now + patience
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, ContinuousClock.now < deadline else {
                close(descriptor)
                throw MetricsStoreError(
                    .unavailable,
                    "the metrics journal \(directory) is in use by another kashdash-server; run one server per data folder (use --postgres for several)")
            }
            usleep(20_000)
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }
}

extension MetricsStoreError {
    /// A failed file-system call, with the system's reason (`errno`) after `action`.
    /// A full disk (`ENOSPC`, or a quota) is `.full`, so it is answered like SQLite's own.
    static func fileSystem(_ action: String) -> MetricsStoreError {
        let reason = errno
        let code: Code = reason == ENOSPC || reason == EDQUOT ? .full : .unavailable
        return MetricsStoreError(code, "\(action): \(String(cString: strerror(reason)))")
    }
}
