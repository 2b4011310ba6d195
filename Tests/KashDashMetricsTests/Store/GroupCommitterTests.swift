import Dispatch
import Synchronization
import Testing

@testable import KashDashMetrics

/// `GroupCommitter`: who is told what, in which group, and when.
@Suite struct GroupCommitterTests {
    struct CommitFailed: Error, Equatable {
        var group: [Int]
    }

    /// A commit the test finishes by hand, so grouping is deterministic.
    final class ManualCommits: Sendable {
        typealias Done = @Sendable (Result<[String], any Error>) -> Void

        private struct State {
            var started: [[Int]] = []
            var pending: [(writes: [Int], done: Done)] = []
        }

        private let state = Mutex(State())

        /// Every group handed to `commit`, in order.
        var started: [[Int]] { state.withLock { $0.started } }
        var pendingCount: Int { state.withLock { $0.pending.count } }

        var commit: GroupCommitter<Int, String>.Commit {
            { writes, done in
                self.state.withLock {
                    $0.started.append(writes)
                    $0.pending.append((writes, done))
                }
            }
        }

        /// Finishes the oldest running commit: every write succeeds with `"w<write>"`, or
        /// the whole group fails.
        func finishNext(failing: Bool = false) throws {
            let next = state.withLock { $0.pending.isEmpty ? nil : $0.pending.removeFirst() }
            let (writes, done) = try #require(next, "no commit is running")
            // Outside the lock: `done` answers the writers and may start the next commit.
            done(failing ? .failure(CommitFailed(group: writes)) : .success(writes.map { "w\($0)" }))
        }

        /// Waits (briefly) until `count` commits have started.
        func waitForStarted(_ count: Int) async throws {
            let deadline = ContinuousClock.now + .seconds(10)
            while started.count < count {
                guard ContinuousClock.now < deadline else {
                    Issue.record("only \(started.count) of \(count) commits started")
                    return
                }
                try await Task.sleep(for: .milliseconds(2))
            }
        }
    }

    /// What each callback writer heard, by write.
    final class Heard: Sendable {
        private let results = Mutex<[Int: [Result<String, CommitFailed>]]>([:])

        func completion(for write: Int) -> GroupCommitter<Int, String>.Completion {
            { result in
                let mapped = result.mapError { ($0 as? CommitFailed) ?? CommitFailed(group: []) }
                self.results.withLock { $0[write, default: []].append(mapped) }
            }
        }

        /// The single result for `write`, `nil` while it has none; more than one is a failure.
        func result(_ write: Int) -> Result<String, CommitFailed>? {
            let all = results.withLock { $0[write] ?? [] }
            #expect(all.count <= 1, "write \(write) was answered \(all.count) times")
            return all.first
        }

        var answeredCount: Int { results.withLock { $0.values.reduce(0) { $0 + $1.count } } }
    }

    // MARK: Grouping, by hand

    @Test func writesSubmittedDuringACommitGoIntoTheNextOne() throws {
        let commits = ManualCommits()
        let committer = GroupCommitter(commit: commits.commit)
        let heard = Heard()
        committer.submit(1, completion: heard.completion(for: 1))
        // An idle committer starts at once, with just this write.
        #expect(commits.started == [[1]])
        for write in 2...4 { committer.submit(write, completion: heard.completion(for: write)) }
        // Busy: they wait, nobody has heard anything yet.
        #expect(commits.started == [[1]])
        #expect(heard.answeredCount == 0)

        try commits.finishNext()
        #expect(heard.result(1) == .success("w1"))
        #expect(heard.result(2) == nil)
        // The three that waited go together, in submission order.
        #expect(commits.started == [[1], [2, 3, 4]])

        try commits.finishNext()
        #expect((2...4).map { heard.result($0) } == [.success("w2"), .success("w3"), .success("w4")])
        #expect(commits.pendingCount == 0)

        // Idle again: the next write starts its own commit.
        committer.submit(5, completion: heard.completion(for: 5))
        #expect(commits.started == [[1], [2, 3, 4], [5]])
        try commits.finishNext()
        #expect(heard.result(5) == .success("w5"))
        #expect(heard.answeredCount == 5)
    }

    @Test func eachWriterGetsItsOwnOutcome() throws {
        let commits = ManualCommits()
        let committer = GroupCommitter(commit: commits.commit)
        let heard = Heard()
        committer.submit(100, completion: heard.completion(for: 100))
        let writes = [7, 3, 42, 0, 19, 5]
        for write in writes { committer.submit(write, completion: heard.completion(for: write)) }
        try commits.finishNext()
        try commits.finishNext()
        #expect(commits.started == [[100], writes])
        for write in writes { #expect(heard.result(write) == .success("w\(write)")) }
    }

    @Test func failedCommitFailsItsWholeGroupAndLaterGroupsSucceed() throws {
        let commits = ManualCommits()
        let committer = GroupCommitter(commit: commits.commit)
        let heard = Heard()
        committer.submit(1, completion: heard.completion(for: 1))
        for write in 2...4 { committer.submit(write, completion: heard.completion(for: write)) }
        try commits.finishNext()  // [1] commits
        for write in 5...6 { committer.submit(write, completion: heard.completion(for: write)) }
        try commits.finishNext(failing: true)  // [2, 3, 4] rolls back
        #expect(heard.result(1) == .success("w1"))
        for write in 2...4 { #expect(heard.result(write) == .failure(CommitFailed(group: [2, 3, 4]))) }
        // The committer carries on with the writes that queued meanwhile.
        #expect(commits.started == [[1], [2, 3, 4], [5, 6]])
        try commits.finishNext()
        #expect(heard.result(5) == .success("w5"))
        #expect(heard.result(6) == .success("w6"))
        // And after going idle.
        committer.submit(7, completion: heard.completion(for: 7))
        try commits.finishNext()
        #expect(heard.result(7) == .success("w7"))
        #expect(heard.answeredCount == 7)
    }

    @Test func failureWhenIdleDoesNotWedgeTheCommitter() throws {
        let commits = ManualCommits()
        let committer = GroupCommitter(commit: commits.commit)
        let heard = Heard()
        committer.submit(1, completion: heard.completion(for: 1))
        try commits.finishNext(failing: true)
        #expect(heard.result(1) == .failure(CommitFailed(group: [1])))
        committer.submit(2, completion: heard.completion(for: 2))
        #expect(commits.started == [[1], [2]])
        try commits.finishNext()
        #expect(heard.result(2) == .success("w2"))
    }

    @Test func largeQueueIsSplitAtMaxWritesPerCommit() throws {
        let commits = ManualCommits()
        let committer = GroupCommitter(maxWritesPerCommit: 2, commit: commits.commit)
        let heard = Heard()
        for write in 1...6 { committer.submit(write, completion: heard.completion(for: write)) }
        #expect(commits.started == [[1]])
        try commits.finishNext()
        try commits.finishNext()
        try commits.finishNext()
        try commits.finishNext()
        #expect(commits.started == [[1], [2, 3], [4, 5], [6]])
        #expect(commits.pendingCount == 0)
        for write in 1...6 { #expect(heard.result(write) == .success("w\(write)")) }
    }

    /// A server database takes several commits at once: writes start their own commit
    /// until `maxCommitsInFlight` run, then queue for whichever finishes first.
    @Test func severalCommitsInFlightUpToTheLimit() throws {
        let commits = ManualCommits()
        let committer = GroupCommitter(maxCommitsInFlight: 2, commit: commits.commit)
        let heard = Heard()
        for write in 1...5 { committer.submit(write, completion: heard.completion(for: write)) }
        #expect(commits.started == [[1], [2]])
        try commits.finishNext()  // [1] done: the queue goes as one group, [2] still runs
        #expect(heard.result(1) == .success("w1"))
        #expect(heard.result(2) == nil)
        #expect(commits.started == [[1], [2], [3, 4, 5]])
        try commits.finishNext()
        try commits.finishNext()
        #expect(commits.pendingCount == 0)
        // Both slots free again: two writes start two commits.
        for write in 6...7 { committer.submit(write, completion: heard.completion(for: write)) }
        #expect(commits.started.suffix(2) == [[6], [7]])
        try commits.finishNext()
        try commits.finishNext()
        for write in 1...7 { #expect(heard.result(write) == .success("w\(write)")) }
        #expect(heard.answeredCount == 7)
    }

    /// A writer that submits again from its completion (which runs on the committing
    /// thread) neither deadlocks nor gets lost.
    @Test func completionMaySubmitAgain() throws {
        let commits = ManualCommits()
        let committer = GroupCommitter(commit: commits.commit)
        let heard = Heard()
        let onFirst = heard.completion(for: 1)
        committer.submit(1) { result in
            onFirst(result)
            committer.submit(10, completion: heard.completion(for: 10))
        }
        committer.submit(2, completion: heard.completion(for: 2))
        try commits.finishNext()
        #expect(commits.started == [[1], [2, 10]])
        try commits.finishNext()
        #expect(heard.result(10) == .success("w10"))
        #expect(heard.result(2) == .success("w2"))
    }

    // MARK: Async form

    @Test func asyncSubmitReturnsItsOutcomeOrThrowsTheCommitError() async throws {
        let commits = ManualCommits()
        let committer = GroupCommitter(commit: commits.commit)
        let first = Task { try await committer.submit(1) }
        try await commits.waitForStarted(1)
        try commits.finishNext()
        #expect(try await first.value == "w1")

        let second = Task { try await committer.submit(2) }
        try await commits.waitForStarted(2)
        try commits.finishNext(failing: true)
        await #expect(throws: CommitFailed(group: [2])) { try await second.value }

        let third = Task { try await committer.submit(3) }
        try await commits.waitForStarted(3)
        try commits.finishNext()
        #expect(try await third.value == "w3")
        #expect(commits.started == [[1], [2], [3]])
    }

    // MARK: Real threads

    /// A slow commit and many concurrent async writers: each gets its own outcome, writes
    /// are grouped (fewer commits than writes), each write is committed exactly once, and
    /// commits never overlap.
    @Test func concurrentAsyncWritersAreGroupedBehindASlowCommit() async throws {
        struct Log {
            var groups: [[Int]] = []
            var running = 0
            var overlapped = false
        }
        let log = Locked(Log())
        let queue = DispatchQueue(label: "slow-commit", attributes: .concurrent)
        let committer = GroupCommitter<Int, String>(maxWritesPerCommit: 512) { writes, done in
            log.withLock {
                $0.groups.append(writes)
                $0.running += 1
                if $0.running > 1 { $0.overlapped = true }
            }
            queue.asyncAfter(deadline: .now() + .milliseconds(20)) {
                log.withLock { $0.running -= 1 }
                done(.success(writes.map { "w\($0)" }))
            }
        }
        let count = 300
        let outcomes = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for write in 0..<count { group.addTask { (write, try await committer.submit(write)) } }
            var outcomes: [Int: String] = [:]
            for try await (write, outcome) in group { outcomes[write] = outcome }
            return outcomes
        }
        #expect(outcomes.count == count)
        #expect(outcomes.allSatisfy { $0.value == "w\($0.key)" })
        let final = log.withLock { $0 }
        #expect(!final.overlapped, "two commits ran at once")
        #expect(final.groups.count < count, "\(final.groups.count) commits for \(count) writes")
        #expect(final.groups.flatMap { $0 }.sorted() == Array(0..<count))
    }

    /// Callback writers on many threads at once, with a commit that sometimes fails.
    @Test func concurrentCallbackWritersFromManyThreads() async throws {
        let commits = Locked(0)
        let queue = DispatchQueue(label: "commit")
        let committer = GroupCommitter<Int, String>(maxWritesPerCommit: 64) { writes, done in
            let number = commits.withLock { $0 += 1; return $0 }
            queue.asyncAfter(deadline: .now() + .milliseconds(1)) {
                // Every third commit rolls back.
                if number.isMultiple(of: 3) {
                    done(.failure(CommitFailed(group: writes)))
                } else {
                    done(.success(writes.map { "w\($0)" }))
                }
            }
        }
        let heard = Heard()
        let count = 2000
        await withCheckedContinuation { (finished: CheckedContinuation<Void, Never>) in
            let remaining = Locked(count)
            DispatchQueue.global().async {
                DispatchQueue.concurrentPerform(iterations: count) { write in
                    let record = heard.completion(for: write)
                    committer.submit(write) { result in
                        record(result)
                        if remaining.withLock({ $0 -= 1; return $0 }) == 0 { finished.resume() }
                    }
                }
            }
        }
        #expect(heard.answeredCount == count)
        var failedGroups: Set<[Int]> = []
        for write in 0..<count {
            switch heard.result(write) {
            case .success(let outcome): #expect(outcome == "w\(write)")
            case .failure(let failure):
                #expect(failure.group.contains(write))
                failedGroups.insert(failure.group)
            case nil: Issue.record("write \(write) never heard back")
            }
        }
        let totalCommits = commits.withLock { $0 }
        #expect(totalCommits < count)
        #expect(failedGroups.count == totalCommits / 3)
    }
}

/// A lock a closure can capture (`Mutex` itself cannot be captured by an escaping closure).
private final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>
    init(_ value: Value) { mutex = Mutex(value) }
    func withLock<Result: Sendable>(_ body: (inout Value) -> Result) -> Result { mutex.withLock { body(&$0) } }
}
