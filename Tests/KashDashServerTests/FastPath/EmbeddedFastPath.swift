import KashDashContract
import KashDashMetrics
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTP1
import Synchronization

@testable import KashDashServer

/// A store for the fast path whose acknowledgements the test gives: clicks wait in
/// `pending` until `acknowledge` runs their completions. Anything else a test did not set
/// up fails loudly.
final class ManualClickStore: MetricsStore {
    struct Unexpected: Error {}

    private let state = Mutex<(events: [MetricEvent], completions: [@Sendable (Result<Void, any Error>) -> Void])>(([], []))

    /// Clicks handed to the store so far (acknowledged or not).
    var events: [MetricEvent] { state.withLock { $0.events } }
    /// Writes not yet acknowledged.
    var pending: Int { state.withLock { $0.completions.count } }

    func record(_ events: [MetricEvent], completion: @escaping @Sendable (Result<Void, any Error>) -> Void) {
        state.withLock {
            $0.events += events
            $0.completions.append(completion)
        }
    }

    /// Acknowledges every pending write with `result`, in order.
    func acknowledge(_ result: Result<Void, any Error> = .success(())) {
        let completions = state.withLock { state in
            defer { state.completions = [] }
            return state.completions
        }
        for completion in completions { completion(result) }
    }

    func record(_ batch: EventBatch) async throws -> BatchOutcome { throw Unexpected() }
    func record(_ events: [MetricEvent]) async throws { throw Unexpected() }
    func expireRawEvents(before day: Day, forgetBatchesBefore batchDay: Day) async throws -> Int { throw Unexpected() }
    func totals(in range: DayRange) async throws -> HeadlineTotals { throw Unexpected() }
    func dailyCounts(of kind: EventKind, in range: DayRange) async throws -> [Day: Int] { throw Unexpected() }
    func breakdown(_ dimension: BreakdownDimension, in range: DayRange) async throws -> [BreakdownRow] { throw Unexpected() }
    func checkHealth() async throws { throw Unexpected() }
    func rawEventCount() async throws -> Int { throw Unexpected() }
}

/// Stands where Hummingbird's router is on a live connection: answers each request it is
/// handed, once its end has arrived, with a response whose body names the request
/// (`GET /login` -> 200 `page:/login`), so a test sees which request each response answers.
/// `/missing...` gets a 404 with a body, like the router's pages.
final class StandInRouter: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// Requests that reached the router, as `METHOD target`.
    private(set) var requests: [String] = []
    /// While set, requests are collected but not answered (a slow route).
    var isStalled = false
    private var unanswered: [HTTPRequestHead] = []
    private var current: HTTPRequestHead?

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            current = head
            requests.append("\(head.method.rawValue) \(head.uri)")
        case .body:
            break
        case .end:
            guard let head = current else { return }
            current = nil
            unanswered.append(head)
            if !isStalled { answerAll(context: context) }
        }
    }

    /// Answers every request collected while stalled, in order.
    func resume(context: ChannelHandlerContext) {
        isStalled = false
        answerAll(context: context)
    }

    private func answerAll(context: ChannelHandlerContext) {
        for head in unanswered {
            let body = "page:\(head.uri)"
            let status: HTTPResponseStatus = head.uri.hasPrefix("/missing") ? .notFound : .ok
            var headers = HTTPHeaders([("Content-Length", "\(body.utf8.count)")])
            if !head.isKeepAlive { headers.add(name: "Connection", value: "close") }
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
        unanswered.removeAll()
    }
}

/// One server connection with no socket: NIO's paired HTTP/1.1 codec exactly as
/// `KashDashHTTP1Channel` sets it up, the fast path, and `StandInRouter` behind it.
/// Requests go in as bytes and responses come out as bytes, on the test's thread.
final class EmbeddedFastPath {
    static let links = [
        AdviceLink(id: "childline", title: "Childline", url: "https://www.childline.org.uk/", description: "Advice."),
        AdviceLink(id: "thinkuknow", title: "Thinkuknow", url: "https://www.thinkuknow.co.uk/", description: "Advice."),
    ]
    static let today = Day(iso: "2026-11-27")!

    let channel: EmbeddedChannel
    let store = ManualClickStore()
    let router = StandInRouter()
    private var output: [UInt8] = []

    init() throws {
        channel = EmbeddedChannel()
        let catalogue = try AdviceLinkCatalogue(links: Self.links)
        let clock = FixedDayClock(Self.today)
        let configuration = AdviceRedirectChannelHandler.Configuration(
            resolver: AdviceClickResolver(catalogue: catalogue, levels: LevelPack(scripts: []), bots: BotDetector(), clock: clock),
            responses: AdviceRedirectResponses(catalogue: catalogue, serverName: "kashdash"),
            clicks: EventLoopClickBatches(store: store), maxURLLength: 2048, keepAliveTimeout: .seconds(60),
            dates: HTTPDateCache(), logger: Logger(label: "embedded-fast-path"))
        let pipeline = channel.pipeline.syncOperations
        try pipeline.configureHTTPServerPipeline(
            withPipeliningAssistance: false, withErrorHandling: false, withOutboundHeaderValidation: false,
            withEncoderConfiguration: .init(), withDecoderLimitConfiguration: .init())
        try pipeline.addHandler(AdviceRedirectChannelHandler(configuration: configuration))
        try pipeline.addHandler(router)
        // Active, as a connected socket is: the fast path writes only on an active channel.
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
    }

    /// Sends request bytes (any number of requests, or part of one) as one socket read.
    func send(_ text: String) throws {
        try channel.writeInbound(ByteBuffer(string: text))
        runPendingTasks()
    }

    /// Runs what the event loop has queued (the click batch's commit, replays).
    func runPendingTasks() {
        channel.embeddedEventLoop.run()
    }

    /// The store acknowledges every pending click; answers waiting for it go out.
    func acknowledgeClicks(_ result: Result<Void, any Error> = .success(())) {
        store.acknowledge(result)
        runPendingTasks()
    }

    /// Lets a stalled router answer what it holds.
    func resumeRouter() throws {
        let context = try channel.pipeline.syncOperations.context(handler: router)
        router.resume(context: context)
        runPendingTasks()
    }

    /// Every byte written to the socket since the last call.
    func takeOutput() throws -> [UInt8] {
        while var buffer = try channel.readOutbound(as: IOData.self).flatMap(Self.bytes) {
            output += buffer.readBytes(length: buffer.readableBytes) ?? []
        }
        defer { output = [] }
        return output
    }

    private static func bytes(_ data: IOData) -> ByteBuffer? {
        if case .byteBuffer(let buffer) = data { return buffer }
        return nil
    }

    /// Parses the output so far as responses to `methods` (in order), strictly framed; a
    /// response that loses or gains bytes fails the parse with a description.
    func responses(to methods: [String]) throws -> [RawHTTPResponse] {
        try RawHTTPResponse.parseAll(try takeOutput(), requestMethods: methods)
    }
}
