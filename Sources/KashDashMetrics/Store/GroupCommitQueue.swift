/// Collects writes from concurrent callers and commits them together in one transaction.
///
/// A caller's `submit` returns only after the transaction holding its write has
/// committed, so an acknowledgement always means "durable". While one transaction is
/// being written, new writes queue up and go into the next one: under load, one commit
/// (and one WAL sync) serves many requests, which is where the throughput comes from.
actor GroupCommitQueue<Write: Sendable, Outcome: Sendable> {
    typealias Commit = @Sendable ([Write]) async throws -> [Outcome]

    private var pending: [(write: Write, continuation: CheckedContinuation<Outcome, any Error>)] = []
    private var isDraining = false
    private let maxWritesPerCommit: Int
    private let commit: Commit

    init(maxWritesPerCommit: Int = 512, commit: @escaping Commit) {
        self.maxWritesPerCommit = maxWritesPerCommit
        self.commit = commit
    }

    /// Queues a write and waits for the commit that holds it.
    func submit(_ write: Write) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            pending.append((write, continuation))
            if !isDraining {
                isDraining = true
                Task { await self.drain() }
            }
        }
    }

    private func drain() async {
        while !pending.isEmpty {
            let taken = Array(pending.prefix(maxWritesPerCommit))
            pending.removeFirst(taken.count)
            do {
                let outcomes = try await commit(taken.map(\.write))
                precondition(outcomes.count == taken.count, "commit must answer every write")
                for (entry, outcome) in zip(taken, outcomes) { entry.continuation.resume(returning: outcome) }
            } catch {
                // The whole transaction rolled back: nobody is told their write succeeded.
                for entry in taken { entry.continuation.resume(throwing: error) }
            }
        }
        isDraining = false
    }
}

/// A write waiting for the next group commit.
enum PendingWrite: Sendable {
    case batch(EventBatch)
    case events([MetricEvent])
}
