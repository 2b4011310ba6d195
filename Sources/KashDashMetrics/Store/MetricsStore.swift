import KashDashContract

/// Where anonymous metrics are kept. SQLite (embedded default) and PostgreSQL (several
/// server instances) implement it and pass the same contract tests.
///
/// Every write returns only after its transaction has committed, so an acknowledged
/// event survives a crash of the process. Events update the daily aggregates in the same
/// transaction as the raw rows, so the two never disagree; raw rows then expire.
public protocol MetricsStore: Sendable {
    /// Stores a client batch atomically, once per batch id.
    func record(_ batch: EventBatch) async throws -> BatchOutcome

    /// Stores server-observed events (redirects, downloads).
    func record(_ events: [MetricEvent]) async throws

    /// The same, for callers outside Swift concurrency: `completion` runs once the events
    /// are committed (or failed), on whatever thread committed them. The `/go` fast path
    /// calls this from a NIO event loop.
    func record(_ events: [MetricEvent], completion: @escaping @Sendable (Result<Void, any Error>) -> Void)

    /// Makes every acknowledged event visible to other readers of the same database (a
    /// store that buffers writes folds them in; reads through the store always see them).
    func flush() async throws

    /// Deletes raw rows for days before `day` and forgets batch ids whose newest event day
    /// is before `batchDay`; aggregates stay. Batch ids are kept apart from raw rows: they
    /// must outlive every day the server still accepts (an offline kiosk resends a batch
    /// whose reply it lost months later), while raw rows go after a few weeks.
    /// - Returns: the number of raw events deleted.
    func expireRawEvents(before day: Day, forgetBatchesBefore batchDay: Day) async throws -> Int

    /// Exact totals for the range (headline figures).
    func totals(in range: DayRange) async throws -> HeadlineTotals

    /// Counts per day for one kind (bots excluded).
    func dailyCounts(of kind: EventKind, in range: DayRange) async throws -> [Day: Int]

    /// Exact counts grouped by one dimension, largest first. Callers suppress before showing.
    func breakdown(_ dimension: BreakdownDimension, in range: DayRange) async throws -> [BreakdownRow]

    /// Answer counts per message for the learning page: first meetings apart from later ones,
    /// ordered by level, then message. Exact; callers suppress before showing.
    func learning(in range: DayRange) async throws -> [LearningCounts]

    /// Events per language and kind (bots never counted), for the dashboard's language
    /// table. Exact; callers suppress before showing.
    func languageCounts(in range: DayRange) async throws -> [LanguageCount]

    /// Throws unless the store answers a trivial query.
    func checkHealth() async throws

    /// Number of raw rows held (for retention checks and tests).
    func rawEventCount() async throws -> Int
}

extension MetricsStore {
    /// Default for stores that keep no learning counts (test doubles): says so loudly.
    public func learning(in range: DayRange) async throws -> [LearningCounts] {
        throw MetricsStoreError(.unavailable, "this store keeps no learning counts")
    }

    /// Default for stores that keep no language counts (test doubles): says so loudly.
    public func languageCounts(in range: DayRange) async throws -> [LanguageCount] {
        throw MetricsStoreError(.unavailable, "this store keeps no language counts")
    }

    /// Default: nothing is buffered.
    public func flush() async throws {}

    /// Default: runs the async `record(_:)` in a task.
    public func record(_ events: [MetricEvent], completion: @escaping @Sendable (Result<Void, any Error>) -> Void) {
        Task {
            do {
                try await record(events)
                completion(.success(()))
            } catch {
                completion(.failure(error))
            }
        }
    }
}

/// Headline figures for a range. Bots are counted apart and never included in the others.
public struct HeadlineTotals: Equatable, Sendable {
    public var downloads: Int
    public var adviceClicks: Int
    public var botDownloads: Int
    public var botAdviceClicks: Int
    public var levelsFinished: Int
    public var offlineLinkOpens: Int

    public init(
        downloads: Int = 0, adviceClicks: Int = 0, botDownloads: Int = 0, botAdviceClicks: Int = 0,
        levelsFinished: Int = 0, offlineLinkOpens: Int = 0
    ) {
        self.downloads = downloads
        self.adviceClicks = adviceClicks
        self.botDownloads = botDownloads
        self.botAdviceClicks = botAdviceClicks
        self.levelsFinished = levelsFinished
        self.offlineLinkOpens = offlineLinkOpens
    }
}

/// The ways the dashboard can break totals down.
public enum BreakdownDimension: String, CaseIterable, Sendable {
    /// Advice clicks per catalogue link.
    case adviceLink = "link"
    /// Advice clicks per level they came from.
    case level
    /// Advice clicks per source (desktop, kiosk, web).
    case source
    /// Downloads per file.
    case file
    /// Safety messages answered unsafely, per message id.
    case unsafeMessage = "unsafe-message"

    var kinds: [EventKind] {
        switch self {
        case .adviceLink, .level, .source: return [.adviceClick]
        case .file: return [.download]
        case .unsafeMessage: return [.messageAnsweredUnsafe]
        }
    }

    var column: String {
        switch self {
        case .adviceLink: return "link"
        case .level: return "level"
        case .source: return "source"
        case .file: return "file"
        case .unsafeMessage: return "message"
        }
    }
}

/// One row of a breakdown: a key (empty when the event carried none) and its exact count.
public struct BreakdownRow: Equatable, Sendable {
    public var key: String
    public var count: Int
    public init(key: String, count: Int) {
        self.key = key
        self.count = count
    }
    /// The count as it may be published.
    public var suppressed: SuppressedCount { SuppressedCount(count) }
}

/// Failures of a store, as values; the HTTP layer maps them to statuses.
public struct MetricsStoreError: Error, CustomStringConvertible {
    /// `full`: the disk holding the store has no room; nothing of the write was kept, and
    /// the same write succeeds once space returns (the server answers 503, not 500).
    public enum Code: Sendable { case unavailable, invalidConfiguration, corrupt, full }
    public let code: Code
    public let message: String
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
    public var description: String { message }
}
