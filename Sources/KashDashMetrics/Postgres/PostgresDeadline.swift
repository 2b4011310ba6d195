/// A bound on how long a caller waits for PostgreSQL. While the database is unreachable the
/// connection pool keeps retrying and leases wait, so without a deadline a request would
/// hang; with one it gets `unavailable` (503 with `Retry-After`), and the pool recovers by
/// itself when the database is back. A write cut off by its deadline was not acknowledged:
/// if it did commit after all, the client's resend is a 409 duplicate, never a loss.
enum PostgresDeadline {
    static let health: Duration = .seconds(3)
    static let request: Duration = .seconds(10)

    @discardableResult
    static func run<T: Sendable>(_ limit: Duration = request, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: limit)
                throw MetricsStoreError(.unavailable, "PostgreSQL did not answer within \(limit.components.seconds) s")
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }
}
