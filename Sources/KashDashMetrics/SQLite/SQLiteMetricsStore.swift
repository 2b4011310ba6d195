import Dispatch
import GRDB
import Synchronization

/// The embedded metrics store: one SQLite file in WAL mode, written by group commits.
///
/// Durability: `synchronous = NORMAL` in WAL mode survives a crash of the process
/// (`kill -9`) with every committed transaction intact; `FULL` also survives power loss
/// at the cost of an fsync per commit. See `SQLiteMetricsStore.Options`.
public final class SQLiteMetricsStore: MetricsStore {
    /// How the database file is opened.
    public struct Options: Sendable {
        /// `true` for `synchronous = FULL` (fsync on every commit).
        public var syncEveryCommit: Bool = false
        /// Most writes (requests) grouped into one transaction.
        public var maxWritesPerCommit: Int = 512
        public init() {}
    }

    /// Internal (not private) so the report queries in `Reports/` can read through it.
    let writer: any DatabaseWriter
    private let committer: GroupCommitter<PendingWrite, BatchOutcome>
    private let checkpointTask = Mutex<Task<Void, Never>?>(nil)

    /// Uses an existing GRDB writer (tests pass an in-memory `DatabaseQueue()`), migrating it.
    public init(writer: any DatabaseWriter, options: Options = Options()) throws {
        self.writer = writer
        try SQLiteSchema.migrator.migrate(writer)
        // Commits run on one serial queue that calls GRDB synchronously: the writer's queue
        // then runs the transaction on this same thread, and the waiting requests are
        // answered from here without an extra hop through the concurrency pool.
        let commitQueue = DispatchQueue(label: "kashdash.sqlite.group-commit", qos: .userInitiated)
        self.committer = GroupCommitter(maxWritesPerCommit: options.maxWritesPerCommit) { writes, done in
            commitQueue.async {
                done(Result { try writer.write { db in try writes.map { try SQLiteMetricsStore.apply($0, in: db) } } })
            }
        }
    }

    /// Opens (creating if needed) the database file at `path` in WAL mode.
    ///
    /// Automatic checkpoints are switched off on the writer: a checkpoint syncs the database
    /// file, and run inside a commit it stalls every request queued behind it. Instead a
    /// separate connection runs a passive checkpoint twice a second, off the request path.
    public convenience init(path: String, options: Options = Options()) throws {
        var configuration = Configuration()
        let synchronous = options.syncEveryCommit ? "FULL" : "NORMAL"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
        }
        configuration.busyMode = .timeout(5)
        let pool = try DatabasePool(path: path, configuration: configuration)
        try self.init(writer: pool, options: options)
        var checkpointConfiguration = Configuration()
        checkpointConfiguration.busyMode = .timeout(5)
        let checkpointer = try DatabaseQueue(path: path, configuration: checkpointConfiguration)
        checkpointTask.withLock { task in
            task = Task.detached(priority: .utility) {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(500))
                    _ = try? await checkpointer.writeWithoutTransaction { db in
                        try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)")
                    }
                }
            }
        }
    }

    deinit { checkpointTask.withLock { $0?.cancel() } }

    public func record(_ batch: EventBatch) async throws -> BatchOutcome {
        try await committer.submit(.batch(batch))
    }

    public func record(_ events: [MetricEvent]) async throws {
        guard !events.isEmpty else { return }
        _ = try await committer.submit(.events(events))
    }

    public func record(_ events: [MetricEvent], completion: @escaping @Sendable (Result<Void, any Error>) -> Void) {
        guard !events.isEmpty else { return completion(.success(())) }
        committer.submit(.events(events)) { completion($0.map { _ in }) }
    }

    private static func apply(_ write: PendingWrite, in db: Database) throws -> BatchOutcome {
        switch write {
        case .events(let events):
            try insert(events, in: db)
            return .recorded(events.count)
        case .batch(let batch):
            let receivedDay = batch.events.map(\.day).max()?.iso ?? ""
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO client_batches(batch_id, day, event_count) VALUES (?, ?, ?)")
                .execute(arguments: [batch.batchID, receivedDay, batch.events.count])
            guard db.changesCount == 1 else { return .duplicate }
            try insert(batch.events, in: db)
            return .recorded(batch.events.count)
        }
    }

    private static func insert(_ events: [MetricEvent], in db: Database) throws {
        var inserter = try RawEventInserter(in: db)
        for event in events { try inserter.insert(event) }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO daily_counts(day, kind, source, app_version, level, link, message, file, is_bot, count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(day, kind, source, app_version, level, link, message, file, is_bot)
            DO UPDATE SET count = count + excluded.count
            """)
        for (key, count) in AggregateKey.counts(of: events) {
            try upsert.execute(arguments: [
                key.day, key.kind, key.source, key.appVersion, key.level, key.link, key.message, key.file, key.isBot,
                count,
            ])
        }
    }

    public func expireRawEvents(before day: Day) async throws -> Int {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM events WHERE day < ?", arguments: [day.iso])
            let deleted = db.changesCount
            try db.execute(sql: "DELETE FROM client_batches WHERE day < ?", arguments: [day.iso])
            return deleted
        }
    }

    public func totals(in range: DayRange) async throws -> HeadlineTotals {
        try await writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT kind, is_bot, SUM(count) AS total FROM daily_counts
                WHERE day BETWEEN ? AND ? GROUP BY kind, is_bot
                """, arguments: [range.first.iso, range.last.iso])
            var totals = HeadlineTotals()
            for row in rows {
                let kind: String = row["kind"]
                let isBot: Int = row["is_bot"]
                let total: Int = row["total"]
                totals.add(kind: kind, isBot: isBot != 0, count: total)
            }
            return totals
        }
    }

    public func dailyCounts(of kind: EventKind, in range: DayRange) async throws -> [Day: Int] {
        try await writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT day, SUM(count) AS total FROM daily_counts
                WHERE kind = ? AND day BETWEEN ? AND ? AND is_bot = 0 GROUP BY day
                """, arguments: [kind.rawValue, range.first.iso, range.last.iso])
            var counts: [Day: Int] = [:]
            for row in rows {
                let text: String = row["day"]
                if let day = Day(iso: text) { counts[day] = row["total"] }
            }
            return counts
        }
    }

    public func breakdown(_ dimension: BreakdownDimension, in range: DayRange) async throws -> [BreakdownRow] {
        let kinds = dimension.kinds.map { "'\($0.rawValue)'" }.joined(separator: ",")
        // The column name comes from a closed enum, never from the request.
        let sql = """
            SELECT \(dimension.column) AS key, SUM(count) AS total FROM daily_counts
            WHERE kind IN (\(kinds)) AND day BETWEEN ? AND ? AND is_bot = 0
            GROUP BY \(dimension.column) ORDER BY total DESC, key ASC
            """
        return try await writer.read { db in
            try Row.fetchAll(db, sql: sql, arguments: [range.first.iso, range.last.iso]).map {
                BreakdownRow(key: $0["key"], count: $0["total"])
            }
        }
    }

    public func checkHealth() async throws {
        _ = try await writer.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    public func rawEventCount() async throws -> Int {
        try await writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? 0 }
    }

    /// Runs `PRAGMA integrity_check`; returns "ok" for a sound file.
    public func integrityCheck() async throws -> String {
        try await writer.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }

    /// Column names of every table, for the privacy schema test.
    public func schemaColumns() async throws -> [String: [String]] {
        try await writer.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                """)
            var columns: [String: [String]] = [:]
            for table in tables { columns[table] = try db.columns(in: table).map(\.name) }
            return columns
        }
    }
}

extension HeadlineTotals {
    mutating func add(kind: String, isBot: Bool, count: Int) {
        switch (EventKind(rawValue: kind), isBot) {
        case (.download, false): downloads += count
        case (.download, true): botDownloads += count
        case (.adviceClick, false): adviceClicks += count
        case (.adviceClick, true): botAdviceClicks += count
        case (.levelFinished, false): levelsFinished += count
        case (.linkOpenedOffline, false): offlineLinkOpens += count
        default: break
        }
    }
}
