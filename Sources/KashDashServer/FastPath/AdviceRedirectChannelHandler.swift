import KashDashContract
import KashDashMetrics
import Logging
import NIOCore
import NIOHTTP1

/// Answers `GET /go/<catalogue-id>` on the connection's event loop, without entering
/// Swift concurrency or the router: the click joins its loop's group commit, and the
/// 302 (its fields prepared at start-up) is written once the commit holding the click is
/// durable. `HEAD /go/<catalogue-id>` is answered at once with the same head and counts
/// nothing (link checkers and uptime monitors send it; no child clicked).
///
/// Why it exists: the redirect is the hottest route and the one with a throughput bar
/// (half of nginx's `return 302`). Through Hummingbird each click cost a conversion to
/// HTTP types, a task, an actor hop into the store, a continuation and a response
/// encoding; on two cores that overhead, not SQLite, set the rate (`docs/perf/server.md`).
///
/// It sits right after the HTTP/1.1 decoder, before NIO's pipelining handler and the
/// router. Anything it does not recognise (another method or version, an id outside the
/// catalogue, an over-long target, an id with a reserved character percent-encoded) passes on
/// untouched, so the router stays the one place for 404 pages, 414s and every other route.
///
/// Its responses go through NIO's response encoder like the router's (never past it): the
/// encoder pairs each response with its request's method, and a response that skipped it
/// would leave that pairing a request behind (the desynchronisation of issue 18).
///
/// Order on the wire: HTTP/1.1 answers must leave in request order. A `/go` request is
/// answered here only when the router has nothing in flight on the connection; while
/// this handler's answer is pending, every later inbound event (pipelined requests,
/// half-closure, errors, shutdown) is held and reads stop, and all of it is replayed,
/// in order, once the answer is written.
///
/// It also keeps the connection's keep-alive timeout, being the one handler that sees
/// every request (Hummingbird's connection-state handler never sees the ones answered
/// here, and NIO's `IdleStateHandler` costs a promise per write).
final class AdviceRedirectChannelHandler: ChannelDuplexHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    /// What the handler needs; one per server, shared by every connection.
    struct Configuration: Sendable {
        var resolver: AdviceClickResolver
        var responses: AdviceRedirectResponses
        var clicks: EventLoopClickBatches
        var maxURLLength: Int
        /// A connection with nothing in flight and no traffic for this long is closed.
        var keepAliveTimeout: TimeAmount
        var dates: HTTPDateCache
        var logger: Logger
    }

    /// A `/go` request this handler is answering.
    private struct Answer {
        var click: AdviceClickResolver.Click
        var keepAlive: Bool
        /// A `HEAD`: answered without a click, as soon as its request has been read.
        var isHead: Bool
        /// Its end has been read and the click handed to the store.
        var isCommitting = false
    }

    /// Inbound events that arrived while an answer was committing, in arrival order.
    /// Invariant: non-empty only while `answer?.isCommitting == true` (replay stops as soon
    /// as a replayed request starts another commit).
    private enum HeldEvent {
        case read(NIOAny)
        case readComplete
        case userEvent(Any)
        case error(any Error)
    }

    private let configuration: Configuration
    private var clicks: EventLoopClickBatch?
    private var answer: Answer?
    private var held: [HeldEvent] = []
    private var readWasHeld = false
    /// Requests passed to the router whose response has not finished.
    private var routerRequestsInFlight = 0
    /// The router is being handed the body of its current request.
    private var isPassingBody = false
    /// After a `Connection: close` answer the output side is shut; what the client still
    /// sends is read and dropped until it closes (a full close at once could reset the
    /// connection and lose the answer in the client's buffer).
    private var isOutputClosed = false
    /// When a request part last arrived or a response last left.
    private var lastActivity = NIODeadline.now()
    private var idleCheck: Scheduled<Void>?

    init(configuration: Configuration) {
        self.configuration = configuration
    }

    func handlerAdded(context: ChannelHandlerContext) {
        clicks = configuration.clicks.batch(on: context.eventLoop)
        scheduleIdleCheck(context: context, in: configuration.keepAliveTimeout)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        idleCheck?.cancel()
        idleCheck = nil
    }

    /// Closes the connection once it has been idle for the keep-alive timeout.
    private func scheduleIdleCheck(context: ChannelHandlerContext, in delay: TimeAmount) {
        idleCheck = context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
            let idleFor = NIODeadline.now() - self.lastActivity
            // Like Hummingbird's own handler: a request still being read (its body stalled)
            // does not keep the connection open; one whose whole request is in, and is
            // being answered, does.
            let isAnswering = (self.routerRequestsInFlight > 0 && !self.isPassingBody) || self.answer?.isCommitting == true
            if !isAnswering, idleFor >= self.configuration.keepAliveTimeout {
                context.close(promise: nil)
            } else {
                self.scheduleIdleCheck(context: context, in: max(self.configuration.keepAliveTimeout - idleFor, .seconds(1)))
            }
        }
    }

    /// Events wait while an answer is committing or older events are still held.
    private var isHolding: Bool { answer?.isCommitting == true || !held.isEmpty }

    // MARK: Inbound

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        // Input drained after our output closed is not activity: the timeout still ends it.
        if isOutputClosed { return }
        lastActivity = .now()
        if isHolding { return held.append(.read(data)) }
        handleRead(context: context, data: data)
    }

    private func handleRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if var current = answer {
            // Reading the rest of our own request: a GET body means nothing and is dropped.
            guard case .end = part else { return }
            if current.isHead { return writeAnswer(current, context: context) }
            current.isCommitting = true
            answer = current
            commitThenAnswer(current, context: context)
            return
        }
        if isPassingBody {
            if case .end = part { isPassingBody = false }
            return context.fireChannelRead(data)
        }
        if case .head(let head) = part {
            if routerRequestsInFlight == 0, let click = fastClick(for: head) {
                answer = Answer(click: click, keepAlive: head.isKeepAlive, isHead: head.method == .HEAD)
                return
            }
            routerRequestsInFlight += 1
            isPassingBody = true
        }
        context.fireChannelRead(data)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        // Held only behind held reads: with nothing held it has nothing to keep in order.
        if !held.isEmpty { return held.append(.readComplete) }
        context.fireChannelReadComplete()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent, var current = answer {
            // Graceful shutdown: finish this answer, then close, as Hummingbird's
            // connection-state handler does for a request of its own.
            current.keepAlive = false
            answer = current
            return
        }
        if isHolding { return held.append(.userEvent(event)) }
        handleUserEvent(context: context, event: event)
    }

    private func handleUserEvent(context: ChannelHandlerContext, event: Any) {
        // The input closed while our request was still being read: it can never finish.
        if let channelEvent = event as? ChannelEvent, channelEvent == .inputClosed { answer = nil }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if isHolding { return held.append(.error(error)) }
        handleError(context: context, error: error)
    }

    private func handleError(context: ChannelHandlerContext, error: any Error) {
        // Bytes that do not parse in the middle of our own request: the router answers
        // them (400) and closes; the request is given up.
        if error is HTTPParserError { answer = nil }
        context.fireErrorCaught(error)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable, held.isEmpty, readWasHeld {
            readWasHeld = false
            context.read()
        }
        context.fireChannelWritabilityChanged()
    }

    // MARK: Outbound

    func read(context: ChannelHandlerContext) {
        // Read no more while answers cannot leave (a client pipelining without reading its
        // replies would otherwise fill memory with them), and once a client pipelines
        // (events are held behind a pending answer) until they are replayed, so the queue
        // cannot grow without bound. Not on every pending commit: that would cost two
        // `epoll_ctl` calls per request for clients that never pipeline (nearly all).
        if !held.isEmpty || !context.channel.isWritable { return readWasHeld = true }
        context.read()
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // `max`: the router also answers a request it never saw whole (a 400 for bytes that
        // do not parse).
        if case .end = unwrapOutboundIn(data) { routerRequestsInFlight = max(0, routerRequestsInFlight - 1) }
        lastActivity = .now()
        context.write(data, promise: promise)
    }

    // MARK: Answering

    /// The click for a request this handler can answer alone, or `nil` to pass it on.
    private func fastClick(for head: HTTPRequestHead) -> AdviceClickResolver.Click? {
        // `Expect: 100-continue` waits for an interim answer only the router gives.
        guard head.method == .GET || head.method == .HEAD, head.version == .http1_1, head.uri.utf8.count <= configuration.maxURLLength,
            !head.headers.contains(name: "expect"), let target = GoTarget(head.uri)
        else { return nil }
        return configuration.resolver.click(
            linkID: String(target.linkID), source: target.source, level: target.level, language: target.language,
            userAgent: head.headers.first(name: "user-agent"))
    }

    private func commitThenAnswer(_ answer: Answer, context: ChannelHandlerContext) {
        guard let clicks else { return }
        clicks.add(answer.click.event) { result in
            if case .failure(let error) = result {
                // Still send the child on: the advice matters more than the count.
                self.configuration.logger.error("could not record advice click", metadata: ["error": "\(error)"])
            }
            // The current answer, not the copy taken at commit: shutdown may have asked
            // for the connection to close meanwhile.
            self.writeAnswer(self.answer ?? answer, context: context)
        }
    }

    private func writeAnswer(_ answer: Answer, context: ChannelHandlerContext) {
        self.answer = nil
        let link = answer.click.link
        guard context.channel.isActive,
            let head = configuration.responses.head(linkID: link.id, date: configuration.dates.now, close: !answer.keepAlive)
        else { return }
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        lastActivity = .now()
        configuration.logger.debug("redirect", metadata: ["link": "\(link.id)"])
        if !answer.keepAlive {
            held.removeAll()
            isOutputClosed = true
            written.assumeIsolated().whenComplete { _ in
                // Shut the output only; the peer's close (or the keep-alive timeout) ends it.
                context.close(mode: .output).assumeIsolated().whenFailure { _ in context.close(promise: nil) }
            }
            return
        }
        replayHeld(context: context)
    }

    /// Replays held events in order until one starts another answer (which holds the rest).
    private func replayHeld(context: ChannelHandlerContext) {
        while !held.isEmpty, answer?.isCommitting != true {
            switch held.removeFirst() {
            case .read(let data): handleRead(context: context, data: data)
            case .readComplete: context.fireChannelReadComplete()
            case .userEvent(let event): handleUserEvent(context: context, event: event)
            case .error(let error): handleError(context: context, error: error)
            }
        }
        if held.isEmpty, readWasHeld, context.channel.isWritable {
            readWasHeld = false
            context.read()
        }
    }
}
