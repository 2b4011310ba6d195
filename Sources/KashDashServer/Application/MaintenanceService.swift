import KashDashContract
import KashDashMetrics
import Logging
import ServiceLifecycle

/// Background upkeep, once a minute: drops yesterday's visitor salt as soon as the day
/// changes (even on an idle server), and deletes raw rows past their retention.
struct MaintenanceService: Service {
    let store: any MetricsStore
    let visitors: DailyVisitorHasher
    let clock: any DayClock
    let rawRetentionDays: Int
    let batchMemoryDays: Int
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            await runOnce()
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(60)) }
        }
    }

    func runOnce() async {
        do {
            try await visitors.rotateIfNeeded()
        } catch {
            logger.error("could not delete earlier days' visitor salts", metadata: ["error": "\(error)"])
        }
        do {
            let today = clock.today()
            let cutoff = today.adding(days: -rawRetentionDays)
            let deleted = try await store.expireRawEvents(
                before: cutoff, forgetBatchesBefore: today.adding(days: -batchMemoryDays))
            if deleted > 0 { logger.info("expired raw events", metadata: ["count": "\(deleted)", "before": "\(cutoff)"]) }
        } catch {
            logger.error("raw event expiry failed", metadata: ["error": "\(error)"])
        }
    }
}
