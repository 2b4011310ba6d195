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
/// - NIO's HTTP/1.1 response encoder and request decoder, paired: the decoder tells the
///   encoder each request's method so a response to `HEAD` goes out without its body. Every
///   response, the fast path's too, passes through this one encoder, so the pairing of
///   responses with requests holds whichever path answers;
/// - `AdviceRedirectChannelHandler`: answers known `/go` links, passes on everything else,
///   and keeps the keep-alive timeout (Hummingbird's connection-state handler cannot: it
///   never sees the requests answered on the fast path);
/// - then Hummingbird's own pipeline (`HTTP1Channel.setup`): pipelining assistance, the
///   conversion to HTTP types, the connection-state handler and the router.
struct KashDashHTTP1Channel: ServerChildChannel, HTTPChannelHandler {
    typealias Value = NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>

    let responder: HTTPChannelHandler.Responder
    let redirects: AdviceRedirectChannelHandler.Configuration

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        channel.eventLoop.makeCompletedFuture {
            let pipeline = channel.pipeline.syncOperations
            try pipeline.configureHTTPServerPipeline(
                withPipeliningAssistance: false, withErrorHandling: false, withOutboundHeaderValidation: false,
                withEncoderConfiguration: .init(), withDecoderLimitConfiguration: .init())
            try pipeline.addHandler(AdviceRedirectChannelHandler(configuration: redirects))
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
    static func kashDash(redirects: AdviceRedirectChannelHandler.Configuration) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            KashDashHTTP1Channel(responder: responder, redirects: redirects)
        }
    }
}
