import KashDashContract
import KashDashMetrics
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTP1
@testable import KashDashServer

/// The `/go` fast path fed raw bytes on a connection with no socket: NIO's HTTP/1.1 codec as
/// the server sets it up, the fast path, and a stand-in for the router behind it. Any bytes
/// may close the connection; none may crash the server.
enum FastPathFuzzing {
    static let links = [
        AdviceLink(id: "childline", title: "Childline", url: "https://www.childline.org.uk/", description: "Advice."),
        AdviceLink(id: "thinkuknow", title: "Thinkuknow", url: "https://www.thinkuknow.co.uk/", description: "Advice."),
    ]

    static func run(_ bytes: [UInt8]) {
        let channel = EmbeddedChannel()
        let catalogue = try! AdviceLinkCatalogue(links: links)
        let store = AcceptingClickStore()
        let configuration = AdviceRedirectChannelHandler.Configuration(
            resolver: AdviceClickResolver(catalogue: catalogue, levels: LevelPack(scripts: []), bots: BotDetector(),
                                          clock: FixedDayClock(Day(iso: "2026-11-27")!)),
            responses: AdviceRedirectResponses(catalogue: catalogue, serverName: "kashdash"),
            clicks: EventLoopClickBatches(store: store), maxURLLength: 2048, keepAliveTimeout: .seconds(60),
            dates: HTTPDateCache(), logger: Logger(label: "fuzz"))
        let pipeline = channel.pipeline.syncOperations
        try! pipeline.configureHTTPServerPipeline(
            withPipeliningAssistance: false, withErrorHandling: false, withOutboundHeaderValidation: false,
            withEncoderConfiguration: .init(), withDecoderLimitConfiguration: .init())
        try! pipeline.addHandler(AdviceRedirectChannelHandler(configuration: configuration))
        try! pipeline.addHandler(AnsweringRouter())
        try! channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
        // The bytes arrive in two reads split at the first byte's value, as a socket might.
        let split = bytes.isEmpty ? 0 : Int(bytes[0]) % bytes.count
        for part in [bytes[..<split], bytes[split...]] where !part.isEmpty {
            do { try channel.writeInbound(ByteBuffer(bytes: part)) } catch { break }
            channel.embeddedEventLoop.run()
        }
        while (try? channel.readOutbound(as: IOData.self)) != nil {}
        _ = try? channel.finish()
    }
}

/// Answers every request that reaches it with a small 200, as the router would.
final class AnsweringRouter: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart
    private var head: HTTPRequestHead?

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request): head = request
        case .body: break
        case .end:
            guard let request = head else { return }
            head = nil
            var headers = HTTPHeaders([("Content-Length", "2")])
            if !request.isKeepAlive { headers.add(name: "Connection", value: "close") }
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: .ok, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: "ok")))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}

/// A store that takes every click at once; the fast path only ever records clicks.
final class AcceptingClickStore: MetricsStore {
    struct Unexpected: Error {}
    func record(_ events: [MetricEvent], completion: @escaping @Sendable (Result<Void, any Error>) -> Void) {
        completion(.success(()))
    }
    func record(_ batch: EventBatch) async throws -> BatchOutcome { throw Unexpected() }
    func record(_ events: [MetricEvent]) async throws {}
    func expireRawEvents(before day: Day, forgetBatchesBefore batchDay: Day) async throws -> Int { 0 }
    func totals(in range: DayRange) async throws -> HeadlineTotals { throw Unexpected() }
    func dailyCounts(of kind: EventKind, in range: DayRange) async throws -> [Day: Int] { [:] }
    func breakdown(_ dimension: BreakdownDimension, in range: DayRange) async throws -> [BreakdownRow] { [] }
    func checkHealth() async throws {}
    func rawEventCount() async throws -> Int { 0 }
}
