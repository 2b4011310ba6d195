import KashDashContract
import Logging
import PostgresNIO

/// The metrics store on PostgreSQL, for running several server instances on one database.
///
/// Same contract as `SQLiteMetricsStore` (the same tests run against both). Each group
/// commit is one transaction of three statements whatever its size: batch ids, raw events
/// and aggregate upserts each go in as arrays through `UNNEST`.
public final class PostgresMetricsStore: MetricsStore {
    let client: PostgresClient
    private let runTask: Task<Void, Never>
    let logger: Logger
    private let committer: GroupCommitter<PendingWrite, BatchOutcome>
    let folding = Locked<Task<Void, Never>?>(nil)

    private init(client: PostgresClient, runTask: Task<Void, Never>, logger: Logger) {
        self.client = client
        self.runTask = runTask
        self.logger = logger
        self.committer = GroupCommitter(maxWritesPerCommit: 512, maxCommitsInFlight: 4) { writes, done in
            Task {
                do {
                    done(.success(try await PostgresDeadline.run {
                        try await PostgresMetricsStore.commit(writes, client: client, logger: logger)
                    }))
                } catch {
                    done(.failure(PostgresFailure.unavailable(error)))
                }
            }
        }
    }

    /// Connects to `url` (`postgres://user:password@host:port/db`) and migrates the schema.
    public static func connect(url: String, logger: Logger) async throws -> PostgresMetricsStore {
        try await PostgresConnectionURL.probe(url, logger: logger)
        let client = PostgresClient(configuration: try PostgresConnectionURL.configuration(from: url), backgroundLogger: logger)
        let runTask = Task { await client.run() }
        let store = PostgresMetricsStore(client: client, runTask: runTask, logger: logger)
        do {
            try await PostgresSchema.migrate(client, logger: logger)
        } catch {
            runTask.cancel()
            throw MetricsStoreError(.unavailable, "cannot prepare PostgreSQL at \(url.redactingPassword): \(PostgresFailure.describe(error))")
        }
        store.startFolding()
        return store
    }

    /// Stops folding and closes the connection pool. Pending counts stay in the database
    /// for the next fold by any instance.
    public func shutdown() {
        folding.withLock { $0?.cancel() }
        runTask.cancel()
    }

    /// The same, returning once the background fold and every connection have ended, so no
    /// session of this store still holds a lock (a test that then drops the tables).
    public func shutdownAndWait() async {
        let fold = folding.withLock { $0 }
        shutdown()
        await fold?.value
        await runTask.value
    }

    deinit {
        folding.withLock { $0?.cancel() }
        runTask.cancel()
    }

    public func record(_ batch: EventBatch) async throws -> BatchOutcome { try await committer.submit(.batch(batch)) }

    public func record(_ events: [MetricEvent]) async throws {
        guard !events.isEmpty else { return }
        _ = try await committer.submit(.events(events))
    }

    public func record(_ events: [MetricEvent], completion: @escaping @Sendable (Result<Void, any Error>) -> Void) {
        guard !events.isEmpty else { return completion(.success(())) }
        committer.submit(.events(events)) { completion($0.map { _ in }) }
    }

    /// Clicks alone are one statement (atomic by itself: one round trip, no `BEGIN` and
    /// `COMMIT`); batches need a transaction, since their ids decide which events go in, and
    /// so do answers with a bucket, whose learning counts are a second statement.
    private static func commit(_ writes: [PendingWrite], client: PostgresClient, logger: Logger) async throws -> [BatchOutcome] {
        let needsTransaction = writes.contains {
            switch $0 {
            case .batch: return true
            case .events(let events): return events.contains { LearningKey($0) != nil }
            }
        }
        guard needsTransaction else {
            var events: [MetricEvent] = []
            for case .events(let some) in writes { events += some }
            try await client.withConnection { connection in try await insert(events, on: connection, logger: logger) }
            return writes.map { if case .events(let some) = $0 { return .recorded(some.count) } else { return .duplicate } }
        }
        return try await client.withTransaction(logger: logger) { connection in
            try await apply(writes, on: connection, logger: logger)
        }
    }

    private static func apply(_ writes: [PendingWrite], on connection: PostgresConnection, logger: Logger) async throws -> [BatchOutcome] {
        var batchIDs: [String] = [], batchDays: [String] = [], batchSizes: [Int] = []
        for case .batch(let batch) in writes {
            batchIDs.append(batch.batchID)
            batchDays.append(batch.events.map(\.day).max()?.iso ?? "")
            batchSizes.append(batch.events.count)
        }
        var newIDs: Set<String> = []
        if !batchIDs.isEmpty {
            let rows = try await connection.query("""
                INSERT INTO client_batches(batch_id, day, event_count)
                SELECT * FROM UNNEST(\(batchIDs)::text[], \(batchDays)::text[], \(batchSizes)::int[])
                ON CONFLICT (batch_id) DO NOTHING RETURNING batch_id
                """, logger: logger)
            for try await id in rows.decode(String.self) { newIDs.insert(id) }
        }
        var outcomes: [BatchOutcome] = []
        var accepted: [MetricEvent] = []
        for write in writes {
            switch write {
            case .events(let events):
                accepted += events
                outcomes.append(.recorded(events.count))
            case .batch(let batch):
                // `remove` makes a second copy of the same id in this group a duplicate too.
                if newIDs.remove(batch.batchID) != nil {
                    accepted += batch.events
                    outcomes.append(.recorded(batch.events.count))
                } else {
                    outcomes.append(.duplicate)
                }
            }
        }
        try await insert(accepted, on: connection, logger: logger)
        return outcomes
    }

    /// Stores raw events and their counts as pending deltas in one statement. Appending
    /// locks no shared row, so commits from several instances (and event loops) run side by
    /// side; the aggregates are brought up to date by `fold` (see `PostgresPendingCounts`).
    static func insert(_ events: [MetricEvent], on connection: PostgresConnection, logger: Logger) async throws {
        guard !events.isEmpty else { return }
        var raw = AggregateColumns()
        for event in events { raw.append(AggregateKey(event), count: 1) }
        var pending = AggregateColumns()
        for (key, count) in events.tally(by: { AggregateKey($0) }) { pending.append(key, count: count) }
        // Language counts ride in the same statement (empty arrays insert nothing), so a
        // click stays one atomic round trip.
        let languages = PostgresLanguageCounts.Columns(events.tally(by: { LanguageKey($0) }))
        try await connection.query("""
            WITH raw AS (
                INSERT INTO events(day, kind, source, app_version, level, link, message, file, is_bot)
                SELECT * FROM UNNEST(\(raw.day)::text[], \(raw.kind)::text[], \(raw.source)::text[],
                    \(raw.appVersion)::text[], \(raw.level)::text[], \(raw.link)::text[],
                    \(raw.message)::text[], \(raw.file)::text[], \(raw.isBot)::int[])
            ), language AS (
                INSERT INTO pending_language_counts(day, kind, language, count)
                SELECT * FROM UNNEST(\(languages.day)::text[], \(languages.kind)::text[],
                    \(languages.language)::text[], \(languages.count)::bigint[])
            )
            INSERT INTO pending_counts(day, kind, source, app_version, level, link, message, file, is_bot, count)
            SELECT * FROM UNNEST(\(pending.day)::text[], \(pending.kind)::text[], \(pending.source)::text[],
                \(pending.appVersion)::text[], \(pending.level)::text[], \(pending.link)::text[],
                \(pending.message)::text[], \(pending.file)::text[], \(pending.isBot)::int[], \(pending.count)::bigint[])
            """, logger: logger)
        try await appendLearning(events, on: connection, logger: logger)
    }

    /// Adds folded counts to `daily_counts` and the report roll-ups, in the caller's
    /// transaction, rows in one fixed order.
    static func addToAggregates(_ counts: [AggregateKey: Int], on connection: PostgresConnection, logger: Logger) async throws {
        guard !counts.isEmpty else { return }
        var totals = AggregateColumns()
        for (key, count) in counts.sorted(by: { $0.key.sortKey < $1.key.sortKey }) { totals.append(key, count: count) }
        try await connection.query("""
            INSERT INTO daily_counts AS d(day, kind, source, app_version, level, link, message, file, is_bot, count)
            SELECT * FROM UNNEST(\(totals.day)::text[], \(totals.kind)::text[], \(totals.source)::text[],
                \(totals.appVersion)::text[], \(totals.level)::text[], \(totals.link)::text[],
                \(totals.message)::text[], \(totals.file)::text[], \(totals.isBot)::int[], \(totals.count)::bigint[])
            ON CONFLICT (day, kind, source, app_version, level, link, message, file, is_bot)
            DO UPDATE SET count = d.count + excluded.count
            """, logger: logger)
        let deltas = PostgresReportSchema.Deltas(counts)
        try await rollUp(deltas, on: connection, logger: logger)
        try await PostgresMonthlyRollups.add(PostgresMonthlyRollups.deltas(deltas), on: connection, logger: logger)
    }

    /// Adds the deltas to the report roll-ups, in the caller's transaction.
    private static func rollUp(_ deltas: PostgresReportSchema.Deltas, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            INSERT INTO report_daily_totals AS r(kind, day, is_bot, count)
            SELECT * FROM UNNEST(\(deltas.totals.map(\.kind))::text[], \(deltas.totals.map(\.day))::text[],
                \(deltas.totals.map(\.isBot))::int[], \(deltas.totals.map(\.count))::bigint[])
            ON CONFLICT (kind, day, is_bot) DO UPDATE SET count = r.count + excluded.count
            """, logger: logger)
        guard !deltas.breakdowns.isEmpty else { return }
        try await connection.query("""
            INSERT INTO report_daily_breakdown AS r(dimension, day, key, count)
            SELECT * FROM UNNEST(\(deltas.breakdowns.map(\.dimension))::text[], \(deltas.breakdowns.map(\.day))::text[],
                \(deltas.breakdowns.map(\.key))::text[], \(deltas.breakdowns.map(\.count))::bigint[])
            ON CONFLICT (dimension, day, key) DO UPDATE SET count = r.count + excluded.count
            """, logger: logger)
    }

    public func expireRawEvents(before day: Day, forgetBatchesBefore batchDay: Day) async throws -> Int {
        do {
            return try await PostgresDeadline.run(PostgresDeadline.request) { [client, logger] in
                return try await client.withTransaction(logger: logger) { connection in
                    let rows = try await connection.query(
                        "WITH gone AS (DELETE FROM events WHERE day < \(day.iso) RETURNING 1) SELECT COUNT(*)::bigint FROM gone",
                        logger: logger)
                    var deleted = 0
                    for try await count in rows.decode(Int.self) { deleted = count }
                    try await connection.query("DELETE FROM client_batches WHERE day < \(batchDay.iso)", logger: logger)
                    return deleted
                }
            }
        } catch {
            throw PostgresFailure.unavailable(error)
        }
    }

    public func totals(in range: DayRange) async throws -> HeadlineTotals {
        do {
            return try await PostgresDeadline.run(PostgresDeadline.request) { [client, logger] in
                try await Self.fold(client: client, logger: logger, wait: true)
                let rows = try await client.query("""
                    SELECT kind, is_bot, SUM(count)::bigint FROM daily_counts
                    WHERE day BETWEEN \(range.first.iso) AND \(range.last.iso) GROUP BY kind, is_bot
                    """, logger: logger)
                var totals = HeadlineTotals()
                for try await (kind, isBot, total) in rows.decode((String, Int, Int).self) {
                    totals.add(kind: kind, isBot: isBot != 0, count: total)
                }
                return totals
            }
        } catch {
            throw PostgresFailure.unavailable(error)
        }
    }

    public func dailyCounts(of kind: EventKind, in range: DayRange) async throws -> [Day: Int] {
        do {
            return try await PostgresDeadline.run(PostgresDeadline.request) { [client, logger] in
                try await Self.fold(client: client, logger: logger, wait: true)
                let rows = try await client.query("""
                    SELECT day, SUM(count)::bigint FROM daily_counts
                    WHERE kind = \(kind.rawValue) AND day BETWEEN \(range.first.iso) AND \(range.last.iso) AND is_bot = 0
                    GROUP BY day
                    """, logger: logger)
                var counts: [Day: Int] = [:]
                for try await (text, total) in rows.decode((String, Int).self) {
                    if let day = Day(iso: text) { counts[day] = total }
                }
                return counts
            }
        } catch {
            throw PostgresFailure.unavailable(error)
        }
    }

    public func breakdown(_ dimension: BreakdownDimension, in range: DayRange) async throws -> [BreakdownRow] {
        do {
            return try await PostgresDeadline.run(PostgresDeadline.request) { [client, logger] in
                let kinds = dimension.kinds.map(\.rawValue)
                try await Self.fold(client: client, logger: logger, wait: true)
                // The column name comes from a closed enum, never from the request.
                let rows = try await client.query("""
                    SELECT \(unescaped: dimension.column), SUM(count)::bigint AS total FROM daily_counts
                    WHERE kind = ANY(\(kinds)::text[]) AND day BETWEEN \(range.first.iso) AND \(range.last.iso) AND is_bot = 0
                    GROUP BY 1 ORDER BY total DESC, 1 ASC
                    """, logger: logger)
                var result: [BreakdownRow] = []
                for try await (key, total) in rows.decode((String, Int).self) { result.append(BreakdownRow(key: key, count: total)) }
                return result
            }
        } catch {
            throw PostgresFailure.unavailable(error)
        }
    }

    public func checkHealth() async throws {
        do {
            try await PostgresDeadline.run(PostgresDeadline.health) { [client, logger] in
                try await client.query("SELECT 1", logger: logger)
            }
        } catch {
            throw PostgresFailure.unavailable(error)
        }
    }

    public func rawEventCount() async throws -> Int {
        do {
            return try await PostgresDeadline.run(PostgresDeadline.request) { [client, logger] in
                let rows = try await client.query("SELECT COUNT(*)::bigint FROM events", logger: logger)
                for try await count in rows.decode(Int.self) { return count }
                return 0
            }
        } catch {
            throw PostgresFailure.unavailable(error)
        }
    }

    /// Column names of every table in the current schema but the shared state's (which
    /// has its own, exact privacy test), for the privacy schema test.
    public func schemaColumns() async throws -> [String: [String]] {
        let rows = try await client.query("""
            SELECT table_name::text, column_name::text FROM information_schema.columns
            WHERE table_schema = current_schema() AND NOT table_name = ANY(\(SharedStateSchema.tables))
            ORDER BY table_name, ordinal_position
            """, logger: logger)
        var columns: [String: [String]] = [:]
        for try await (table, column) in rows.decode((String, String).self) { columns[table, default: []].append(column) }
        return columns
    }

    /// Runs `body` while holding a session-level advisory lock, so several test suites
    /// (in parallel, in one process or several) can share one test database in turn.
    public func withExclusiveUse<Result: Sendable>(_ body: @Sendable () async throws -> Result) async throws -> Result {
        try await client.withConnection { connection in
            try await connection.query("SELECT pg_advisory_lock(7527)", logger: logger)
            do {
                let result = try await body()
                try await connection.query("SELECT pg_advisory_unlock(7527)", logger: logger)
                return result
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(7527)", logger: logger)
                throw error
            }
        }
    }

    /// Drops every table in the store's schema, leaving an empty database (for the test
    /// of concurrent first start-ups; call inside `withExclusiveUse`). It asks the
    /// catalogue rather than naming tables, so a table added later cannot survive it.
    public func dropEverything() async throws {
        try await whileNoFoldRuns { [logger] connection in
            try await connection.query("""
                DO $$
                DECLARE name text;
                BEGIN
                    FOR name IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
                        EXECUTE 'DROP TABLE IF EXISTS ' || quote_ident(name) || ' CASCADE';
                    END LOOP;
                END $$
                """, logger: logger)
        }
    }

    /// Empties every table (tests only share one database).
    public func deleteEverything() async throws {
        try await whileNoFoldRuns { [logger] connection in
            try await connection.query(
                """
                TRUNCATE events, daily_counts, pending_counts, client_batches, report_daily_totals, report_daily_breakdown,
                    report_monthly_totals, report_monthly_breakdown, pending_learning_counts, learning_counts, learning_daily, learning_monthly,
                    pending_language_counts, language_counts
                """, logger: logger)
        }
    }

    /// Runs `body` in a transaction that first takes the fold's advisory lock. Why: every
    /// store folds in the background (this one too), and a fold holds `pending_counts` while
    /// it waits for `daily_counts`; a `TRUNCATE` or `DROP` of both, taking them in the other
    /// order, deadlocked with it and PostgreSQL killed one (a CI run failed so). Taking the
    /// lock first orders the two: a fold that finds it held skips its turn.
    private func whileNoFoldRuns(_ body: @escaping @Sendable (PostgresConnection) async throws -> Void) async throws {
        try await client.withTransaction(logger: logger) { [logger] connection in
            try await PostgresPendingCounts.lockOutFolds(on: connection, logger: logger)
            try await body(connection)
        }
    }
}

/// Column arrays for one `UNNEST` insert.
private struct AggregateColumns {
    var day: [String] = [], kind: [String] = [], source: [String] = [], appVersion: [String] = []
    var level: [String] = [], link: [String] = [], message: [String] = [], file: [String] = []
    var isBot: [Int] = [], count: [Int] = []

    mutating func append(_ key: AggregateKey, count: Int) {
        day.append(key.day); kind.append(key.kind); source.append(key.source); appVersion.append(key.appVersion)
        level.append(key.level); link.append(key.link); message.append(key.message); file.append(key.file)
        isBot.append(key.isBot); self.count.append(count)
    }
}

extension String {
    var redactingPassword: String {
        guard let at = lastIndex(of: "@"), let schemeEnd = range(of: "://")?.upperBound,
            let colon = self[schemeEnd..<at].firstIndex(of: ":")
        else { return self }
        return String(self[..<colon]) + ":***" + String(self[at...])
    }
}
