import GRDB

#if canImport(Glibc)
import Glibc
#endif

/// Remembers that a commit failed because the disk is full, so `/health` can say so, and
/// forgets it when a commit succeeds again or when the folder has room again.
///
/// Why not probe with a write: SQLite reuses its write-ahead log from the start after each
/// checkpoint, so a small probe can succeed on a full disk while a real batch (which grows
/// the database file) still fails. Free space is the honest signal once a commit has failed.
final class DiskFullWatch: Sendable {
    /// Free space that counts as "room again": a few large batches' worth.
    static let roomAgainBytes: UInt64 = 16 << 20

    private let folder: String?
    private let full = Locked(false)

    /// `folder`: where the database lives (`nil` for an in-memory database).
    init(folder: String?) { self.folder = folder }

    /// Classifies a failed write: SQLite's `SQLITE_FULL` becomes `MetricsStoreError.full`.
    func classify(_ error: any Error) -> any Error {
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_FULL {
            full.withLock { $0 = true }
            return MetricsStoreError(.full, "the disk holding the metrics database is full: \(error.message ?? "SQLITE_FULL")")
        }
        if let error = error as? MetricsStoreError, error.code == .full { full.withLock { $0 = true } }
        return error
    }

    func committed() { full.withLock { $0 = false } }

    /// Throws `.full` while the last commit failed for want of space and the folder has
    /// not got room again.
    func check() throws {
        guard full.withLock({ $0 }) else { return }
        if let folder, let free = Self.freeBytes(in: folder), free >= Self.roomAgainBytes {
            full.withLock { $0 = false }
            return
        }
        throw MetricsStoreError(.full, "the disk holding the metrics database is full")
    }

    static func freeBytes(in folder: String) -> UInt64? {
        var stats = statvfs()
        guard statvfs(folder, &stats) == 0 else { return nil }
        return UInt64(stats.f_bavail) * UInt64(stats.f_frsize)
    }
}
