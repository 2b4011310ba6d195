import KashDashMetrics
import NIOCore

/// Gathers the clicks one event loop reads in one pass over its ready connections and
/// hands them to the store as one write, then answers them all together.
///
/// Why: the store's cost is mostly per write (one journal `write(2)`, or one transaction
/// and a hop to the committing thread and back), so one write per loop pass instead of
/// per click is what lets the durable redirect keep up with plain HTTP. It adds no
/// waiting: the batch is handed over as soon as the pass ends.
final class EventLoopClickBatch {
    typealias Answer = (Result<Void, any Error>) -> Void

    private let eventLoop: any EventLoop
    private let store: any MetricsStore
    private var events: [MetricEvent] = []
    private var answers: [Answer] = []

    init(eventLoop: any EventLoop, store: any MetricsStore) {
        self.eventLoop = eventLoop
        self.store = store
    }

    /// Queues a click; `answer` runs on this loop once the commit holding it is durable.
    func add(_ event: MetricEvent, answer: @escaping Answer) {
        events.append(event)
        answers.append(answer)
        if events.count == 1 {
            // Loop tasks run after the loop has read every connection that was ready in
            // this pass, so the batch holds all of them. (NIO's behaviour, not its promise:
            // if a task ran sooner, batches would only be smaller, never wrong.)
            eventLoop.assumeIsolated().execute { self.commit() }
        }
    }

    private func commit() {
        let events = self.events
        let answers = NIOLoopBound(self.answers, eventLoop: eventLoop)
        // Emptied first: answering may start the next batch (a held pipelined request).
        self.events.removeAll(keepingCapacity: true)
        self.answers.removeAll(keepingCapacity: true)
        let eventLoop = self.eventLoop
        store.record(events) { result in
            // The SQLite store journals on the calling thread and answers at once: no hop.
            if eventLoop.inEventLoop {
                for answer in answers.value { answer(result) }
            } else {
                eventLoop.execute {
                    for answer in answers.value { answer(result) }
                }
            }
        }
    }
}

/// One `EventLoopClickBatch` per event loop, shared by that loop's connections.
final class EventLoopClickBatches: Sendable {
    private let store: any MetricsStore
    private let byLoop = Locked<[ObjectIdentifier: NIOLoopBound<EventLoopClickBatch>]>([:])

    init(store: any MetricsStore) {
        self.store = store
    }

    /// The batch for `eventLoop`; call on that loop (once per connection).
    func batch(on eventLoop: any EventLoop) -> EventLoopClickBatch {
        byLoop.withLock { byLoop in
            if let bound = byLoop[ObjectIdentifier(eventLoop)] { return bound.value }
            let batch = EventLoopClickBatch(eventLoop: eventLoop, store: store)
            byLoop[ObjectIdentifier(eventLoop)] = NIOLoopBound(batch, eventLoop: eventLoop)
            return batch
        }
    }
}
