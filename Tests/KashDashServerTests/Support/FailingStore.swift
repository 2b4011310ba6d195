import KashDashContract
import KashDashMetrics

/// A store whose every call fails, to prove the server degrades the right way.
struct FailingStore: MetricsStore {
    struct Down: Error {}
    func record(_ batch: EventBatch) async throws -> BatchOutcome { throw Down() }
    func record(_ events: [MetricEvent]) async throws { throw Down() }
    func expireRawEvents(before day: Day, forgetBatchesBefore batchDay: Day) async throws -> Int { throw Down() }
    func totals(in range: DayRange) async throws -> HeadlineTotals { throw Down() }
    func dailyCounts(of kind: EventKind, in range: DayRange) async throws -> [Day: Int] { throw Down() }
    func breakdown(_ dimension: BreakdownDimension, in range: DayRange) async throws -> [BreakdownRow] { throw Down() }
    func checkHealth() async throws { throw Down() }
    func rawEventCount() async throws -> Int { throw Down() }
}
