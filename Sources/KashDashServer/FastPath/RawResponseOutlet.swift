import NIOCore

/// A pass-through handler at the head of the pipeline, through which the `/go` fast path
/// writes its ready-encoded responses straight to the socket.
///
/// Why: the 302 is the same bytes for a link all day bar the `Date` line, so encoding
/// it through `HTTPResponseEncoder` (and the HTTP-types conversion above it) per request
/// was pure overhead. Writing from this handler's context skips those handlers; the
/// encoder keeps no state between whole responses, so the router's later responses are
/// unaffected.
final class RawResponseOutlet: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// This handler's context once it is in a pipeline; writes from it go to the socket.
    private(set) var context: ChannelHandlerContext?

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }
    func handlerRemoved(context: ChannelHandlerContext) { self.context = nil }
}
