import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's core storage plus the peer address,
/// which is only ever fed to the daily visitor hash and then forgotten.
public struct KashDashRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    /// The peer's IP as text, or "" (e.g. in router tests, which have no socket).
    var peerIP: String { remoteAddress?.ipAddress ?? "" }
}
