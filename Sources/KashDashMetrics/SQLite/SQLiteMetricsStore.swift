import Dispatch
import GRDB
import KashDashContract

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The embedded metrics store: one SQLite file in WAL mode, written by group commits.
///
/// Durability: `synchronous = NORMAL` in WAL mode survives a crash of the process
/// (`kill -9`) with every committed transaction intact; `FULL` also survives power loss
/// at the cost of an fsync per commit. See `SQLiteMetricsStore.Options`.
///
/// Server-observed events (redirects, downloads) go first to an `EventJournal` next to
/// the database and are folded in four times a second; every read folds first, so reads
/// always see every acknowledged event. Client batches are committed directly (their
/// batch id must be checked in the same transaction).
public final class SQLiteMetricsStore: MetricsStore {
    /// How the database file is opened.
    public struct Options: Sendable {
        /// `true` for `synchronous = FULL` (fsync on every commit). Server-observed events
        /// then skip the journal and are committed directly, so they get the same guarantee.
        public var syncEveryCommit: Bool = false
        /// Most writes (requests) grouped into one transaction.
        public var maxWritesPerCommit: Int = 512
        /// How often the event journal is folded into the database.
        public var journalFoldInterval: Duration = .milliseconds(250)
        /// How long opening waits for another holder of the journal (a server still
        /// stopping) before it refuses.
        public var journalLockPatience: Duration = .seconds(5)
        public init() {}
    }

    /// Internal (not private) so the report queries in `Reports/` can read through it.
    let writer: any DatabaseWriter
    private let committer: GroupCommitter<PendingWrite, BatchOutcome>
    /// Serialises commits and journal folds; GRDB is called synchronously from it.
    private let commitQueue = DispatchQueue(label: "kashdash.sqlite.group-commit", qos: .userInitiated)
    private let journal: EventJournal?
    private let diskFull: DiskFullWatch
    private let foldTask = Locked<Task<Void, Never>?>(nil)
    private let checkpointTask = Locked<Task<Void, Never>?>(nil)

    /// Uses an existing GRDB writer (tests pass an in-memory `DatabaseQueue()`), migrating it.
    /// Every write is committed directly (no journal).
    public convenience init(writer: any DatabaseWriter, options: Options = Options()) throws {
        try self.init(writer: writer, journalDirectory: nil, folder: nil, options: options)
    }

    /// `journalDirectory`: where server-observed events are journaled before they are
    /// folded in; `nil` for none. Whatever a previous run left there is folded first, even
    /// with `syncEveryCommit` (which then commits new events directly).
    init(writer: any DatabaseWriter, journalDirectory: String?, folder: String?, options: Options) throws {
        self.writer = writer
        let diskFull = DiskFullWatch(folder: folder)
        self.diskFull = diskFull
        try SQLiteSchema.migrator.migrate(writer)
        // Commits run on one serial queue that calls GRDB synchronously: the writer's queue
        // then runs the transaction on this same thread, and the waiting requests are
        // answered from here without an extra hop through the concurrency pool.
        let commitQueue = self.commitQueue
        self.committer = GroupCommitter(maxWritesPerCommit: options.maxWritesPerCommit) { writes, done in
            commitQueue.async {
                let result = Result { try writer.write { db in try writes.map { try SQLiteMetricsStore.apply($0, in: db) } } }
                    .mapError { diskFull.classify($0) }
                if case .success = result { diskFull.committed() }
                done(result)
            }
        }
        // With `syncEveryCommit` a journal folder is only visited if a previous run left one.
        guard let journalDirectory, !options.syncEveryCommit || access(journalDirectory, F_OK) == 0 else {
            journal = nil
            return
        }
        // One process per journal; whatever a previous run left is folded, under the lock,
        // before anything new is accepted.
        let lock = try JournalLock(directory: journalDirectory, patience: options.journalLockPatience)
        let lastFolded = try Self.fold(EventJournal.generations(in: journalDirectory), into: writer, setAsideIn: journalDirectory)
        guard !options.syncEveryCommit else {
            journal = nil
            return
        }
        let journal = try EventJournal(directory: journalDirectory, after: lastFolded, lock: lock)
        self.journal = journal
        let interval = options.journalFoldInterval
        foldTask.withLock { task in
            task = Task.detached(priority: .utility) {
                while true {
                    try? await Task.sleep(for: interval)
                    // A dropped store folds no more: a new store on the same file may be starting.
                    guard !Task.isCancelled else { return }
                    // One fold at a time (a slow one must not pile more up on the commit
                    // queue ahead of client batches); a failed fold leaves its files in
                    // place and the next one retries them.
                    try? await SQLiteMetricsStore.fold(journal, into: writer, on: commitQueue)
                }
            }
        }
    }

    /// Opens (creating if needed) the database file at `path` in WAL mode, with the event
    /// journal in the folder `<path>-events` beside it (named after the file, like SQLite's
    /// own `-wal`, so two databases in one folder never share a journal).
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
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            // Reading the schema (and migrating, which reads every table's definition) is
            // what finds a damaged file; `init(writer:)` migrates again, a no-op by then.
            _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
            try SQLiteSchema.migrator.migrate(pool)
            _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM journal_folds") }
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            throw MetricsStoreError(.corrupt, """
                the metrics database \(path) is damaged or not a SQLite database (\(error.message ?? "\(error.resultCode)")); \
                it was left exactly as it is: restore it from a backup, or move it aside to start an empty one
                """)
        }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) }.flatMap { $0.isEmpty ? "/" : $0 } ?? "."
        try self.init(writer: pool, journalDirectory: path + "-events", folder: folder, options: options)
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

    deinit {
        checkpointTask.withLock { $0?.cancel() }
        foldTask.withLock { $0?.cancel() }
    }

    public func record(_ batch: EventBatch) async throws -> BatchOutcome {
        try await committer.submit(.batch(batch))
    }

    public func record(_ events: [MetricEvent]) async throws {
        guard !events.isEmpty else { return }
        if let journal { return try classifyingDiskFull { try journal.append(events) } }
        _ = try await committer.submit(.events(events))
    }

    /// With the journal, `completion` runs before this returns, on the caller's thread.
    public func record(_ events: [MetricEvent], completion: @escaping @Sendable (Result<Void, any Error>) -> Void) {
        guard !events.isEmpty else { return completion(.success(())) }
        if let journal { return completion(Result { try classifyingDiskFull { try journal.append(events) } }) }
        committer.submit(.events(events)) { completion($0.map { _ in }) }
    }

    public func flush() async throws {
        guard let journal else { return }
        try await Self.fold(journal, into: writer, on: commitQueue)
    }

    /// Seals and folds the journal on the commit queue, returning when it is done.
    private static func fold(_ journal: EventJournal, into writer: any DatabaseWriter, on queue: DispatchQueue) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            queue.async {
                continuation.resume(with: Result { _ = try SQLiteMetricsStore.foldSealed(journal, into: writer) })
            }
        }
    }

    /// Seals the current journal file and folds every sealed one (on the commit queue).
    private static func foldSealed(_ journal: EventJournal, into writer: any DatabaseWriter) throws -> Int {
        let sealed = try journal.seal()
        let files = EventJournal.generations(in: journal.directory).filter { $0.generation < sealed }
        return try fold(files, into: writer, setAsideIn: journal.directory)
    }

    /// Folds sealed journal files, oldest first, each in one transaction that also records
    /// its generation; a file is deleted only after that commit, and a generation already
    /// recorded is never folded twice. Damaged lines are copied to `set-aside-<n>.txt`.
    /// - Returns: the last generation folded.
    private static func fold(
        _ files: [(generation: Int, path: String)], into writer: any DatabaseWriter, setAsideIn directory: String
    ) throws -> Int {
        for file in files {
            // Missing: another store on this file (one being dropped) folded it already.
            guard let (events, setAside) = try EventJournal.load(file.path) else { continue }
            let folded = try writer.write { db -> Bool in
                // Read in the write transaction: two stores folding one file cannot both win.
                let lastFolded = try Int.fetchOne(db, sql: "SELECT generation FROM journal_folds") ?? 0
                guard file.generation > lastFolded else { return false }
                try insert(events, in: db)
                try db.execute(
                    sql: "INSERT INTO journal_folds(id, generation) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET generation = excluded.generation",
                    arguments: [file.generation])
                return true
            }
            if folded, !setAside.isEmpty { try EventJournal.setAside(setAside, in: directory, generation: file.generation) }
            unlink(file.path)
        }
        let lastFolded = try writer.read { db in try Int.fetchOne(db, sql: "SELECT generation FROM journal_folds") ?? 0 }
        return lastFolded
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
        for (key, count) in events.tally(by: { AggregateKey($0) }) {
            try upsert.execute(arguments: [
                key.day, key.kind, key.source, key.appVersion, key.level, key.link, key.message, key.file, key.isBot,
                count,
            ])
        }
        try insertLearning(events, in: db)
        try insertLanguages(events, in: db)
    }

    public func expireRawEvents(before day: Day, forgetBatchesBefore batchDay: Day) async throws -> Int {
        try await flush()
        return try await writer.write { db in
            try db.execute(sql: "DELETE FROM events WHERE day < ?", arguments: [day.iso])
            let deleted = db.changesCount
            try db.execute(sql: "DELETE FROM client_batches WHERE day < ?", arguments: [batchDay.iso])
            return deleted
        }
    }

    public func totals(in range: DayRange) async throws -> HeadlineTotals {
        try await flush()
        return try await writer.read { db in
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
        try await flush()
        return try await writer.read { db in
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
        try await flush()
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

    /// Also unhealthy while the disk is full (see `DiskFullWatch`): a balancer or monitor
    /// then sees why batches are refused.
    public func checkHealth() async throws {
        _ = try await writer.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
        try diskFull.check()
    }

    private func classifyingDiskFull(_ body: () throws -> Void) throws {
        do { try body() } catch { throw diskFull.classify(error) }
    }

    public func rawEventCount() async throws -> Int {
        try await flush()
        return try await writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? 0 }
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
