import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1

/// Hummingbird's HTTP/1.1 child channel with the `/go` fast path in its pipeline.
///
/// Head to tail:
/// - `IdleStateHandler`: the keep-alive timeout (Hummingbird's connection-state handler
///   cannot time connections out here: it never sees the requests the fast path answers);
/// - `RawResponseOutlet`: where the fast path writes its ready-encoded responses;
/// - NIO's HTTP/1.1 response encoder and request decoder;
/// - `AdviceRedirectChannelHandler`: answers known `/go` links, passes on everything else;
/// - then Hummingbird's own pipeline (`HTTP1Channel.setup`): pipelining assistance, the
///   conversion to HTTP types, the connection-state handler and the router.
struct KashDashHTTP1Channel: ServerChildChannel, HTTPChannelHandler {
    typealias Value = NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>

    let responder: HTTPChannelHandler.Responder
    let redirects: AdviceRedirectChannelHandler.Configuration
    /// A keep-alive connection that sends and receives nothing for this long is closed.
    let idleTimeout: TimeAmount

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        channel.eventLoop.makeCompletedFuture {
            let pipeline = channel.pipeline.syncOperations
            let outlet = RawResponseOutlet()
            try pipeline.addHandler(IdleStateHandler(allTimeout: idleTimeout))
            try pipeline.addHandler(outlet)
            try pipeline.configureHTTPServerPipeline(
                withPipeliningAssistance: false, withErrorHandling: false, withOutboundHeaderValidation: false,
                withEncoderConfiguration: .init(), withDecoderLimitConfiguration: .init())
            try pipeline.addHandler(AdviceRedirectChannelHandler(configuration: redirects, outlet: outlet))
            try pipeline.addHandler(HTTPServerPipelineHandler())
            try pipeline.addHandler(HTTP1ToHTTPServerCodec(secure: false))
            try pipeline.addHandler(HTTPConnectionStateHandler(idleTimeout: nil, logger: logger))
            return try NIOAsyncChannel(wrappingChannelSynchronously: channel, configuration: .init(isOutboundHalfClosureEnabled: true))
        }
    }

    func handle(value: Value, logger: Logger) async {
        await handleHTTP(asyncChannel: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// HTTP/1.1 with the `/go` fast path.
    static func kashDash(redirects: AdviceRedirectChannelHandler.Configuration, idleTimeout: TimeAmount) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            KashDashHTTP1Channel(responder: responder, redirects: redirects, idleTimeout: idleTimeout)
        }
    }
}
