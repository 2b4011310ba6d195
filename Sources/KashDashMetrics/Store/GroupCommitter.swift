
/// Collects writes from concurrent callers and commits them together in one transaction.
///
/// A caller hears back only after the transaction holding its write has committed, so an
/// acknowledgement always means "durable". While one transaction is being written, new
/// writes queue up and go into the next one: under load one commit serves many requests,
/// which is where the throughput comes from.
///
/// Callers are either async (`submit(_:) async`) or callback-based (`submit(_:completion:)`).
/// The callback form exists for the `/go` fast path when it commits clicks directly (no
/// event journal: an in-memory store, `syncEveryCommit`, PostgreSQL): it runs on a NIO
/// event loop, hears back on the committing thread and hops to its loop once per batch,
/// instead of going through a task, an actor and a continuation per click.
final class GroupCommitter<Write: Sendable, Outcome: Sendable>: Sendable {
    typealias Completion = @Sendable (Result<Outcome, any Error>) -> Void
    /// Commits `writes` as one transaction, then calls `done` exactly once with one outcome
    /// per write, in order, or with the error that rolled the whole transaction back.
    /// It must call `done` from another thread or task, never before it returns.
    typealias Commit = @Sendable (_ writes: [Write], _ done: @escaping @Sendable (Result<[Outcome], any Error>) -> Void) -> Void

    private struct Waiting: Sendable {
        var write: Write
        var completion: Completion
    }

    private struct State: Sendable {
        var waiting: [Waiting] = []
        /// Commits running: while all `maxCommitsInFlight` are, new writes wait for the next one.
        var inFlight = 0
    }

    private let state = Locked(State())
    private let maxWritesPerCommit: Int
    private let maxCommitsInFlight: Int
    private let commit: Commit

    /// `maxCommitsInFlight` is 1 for a single-writer database (SQLite). A server database
    /// (PostgreSQL) takes several: a commit there is mostly waiting (round trips, thread
    /// hops, the WAL flush), and the database flushes concurrent commits together.
    init(maxWritesPerCommit: Int = 512, maxCommitsInFlight: Int = 1, commit: @escaping Commit) {
        precondition(maxWritesPerCommit > 0 && maxCommitsInFlight > 0)
        self.maxWritesPerCommit = maxWritesPerCommit
        self.maxCommitsInFlight = maxCommitsInFlight
        self.commit = commit
    }

    /// Queues a write; `completion` runs once the transaction holding it has committed
    /// (or failed), on the committing thread. Keep it short.
    func submit(_ write: Write, completion: @escaping Completion) {
        let group = state.withLock { state -> [Waiting]? in
            state.waiting.append(Waiting(write: write, completion: completion))
            guard state.inFlight < maxCommitsInFlight else { return nil }
            state.inFlight += 1
            return takeGroup(&state)
        }
        if let group { start(group) }
    }

    /// Queues a write and waits for the commit that holds it.
    func submit(_ write: Write) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            submit(write) { continuation.resume(with: $0) }
        }
    }

    /// Takes the next group off the queue (counted in flight by the caller).
    private func takeGroup(_ state: inout State) -> [Waiting] {
        let count = min(state.waiting.count, maxWritesPerCommit)
        let group = Array(state.waiting.prefix(count))
        state.waiting.removeFirst(count)
        return group
    }

    private func start(_ group: [Waiting]) {
        commit(group.map(\.write)) { result in
            switch result {
            case .success(let outcomes):
                precondition(outcomes.count == group.count, "a commit must answer every write")
                for (waiting, outcome) in zip(group, outcomes) { waiting.completion(.success(outcome)) }
            case .failure(let error):
                // The whole transaction rolled back: nobody is told their write succeeded.
                for waiting in group { waiting.completion(.failure(error)) }
            }
            let next = self.state.withLock { state -> [Waiting]? in
                guard !state.waiting.isEmpty else {
                    state.inFlight -= 1
                    return nil
                }
                return self.takeGroup(&state)
            }
            if let next { self.start(next) }
        }
    }
}

/// A write waiting for the next group commit.
enum PendingWrite: Sendable {
    case batch(EventBatch)
    case events([MetricEvent])
}
