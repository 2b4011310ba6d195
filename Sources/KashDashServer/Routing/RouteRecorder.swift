import Hummingbird

/// Registers routes on a Hummingbird `Router` and remembers which methods each path takes,
/// so a request for a known path with another method can be told "405, Allow: ..." instead
/// of "404" (RFC 9110, 15.5.6). Hummingbird's router keeps that table to itself.
///
/// Controllers register on this exactly as on a `Router` (`RouterMethods`).
final class RouteRecorder: RouterMethods {
    typealias Context = KashDashRequestContext

    let router: Router<Context>
    private(set) var table = RouteTable()

    init(router: Router<Context>) { self.router = router }

    @discardableResult func on<Responder: HTTPResponder>(
        _ path: RouterPath, method: HTTPRequest.Method, responder: Responder
    ) -> Self where Responder.Context == Context {
        router.on(path, method: method, responder: responder)
        table.add(path, method: method)
        return self
    }

    @discardableResult func add(middleware: any MiddlewareProtocol<Request, Response, Context>) -> Self {
        router.add(middleware: middleware)
        return self
    }
}

/// Paths as registered, with the methods each one answers.
struct RouteTable: Sendable {
    private var routes: [(path: RouterPath, methods: Set<HTTPRequest.Method>)] = []

    mutating func add(_ path: RouterPath, method: HTTPRequest.Method) {
        if let index = routes.firstIndex(where: { $0.path == path }) {
            routes[index].methods.insert(method)
        } else {
            routes.append((path, [method]))
        }
    }

    /// The methods a request path is served with (every route it matches), or `nil` when no
    /// route matches it. `HEAD` is included wherever `GET` is: the router answers it
    /// (`autoGenerateHeadEndpoints`).
    func methods(forPath requestPath: String) -> Set<HTTPRequest.Method>? {
        let segments = requestPath.split(separator: "/", omittingEmptySubsequences: true)
        var found: Set<HTTPRequest.Method>?
        for route in routes where Self.matches(route.path, segments) {
            found = (found ?? []).union(route.methods)
        }
        if found?.contains(.get) == true { found?.insert(.head) }
        return found
    }

    private static func matches(_ path: RouterPath, _ segments: [Substring]) -> Bool {
        var index = 0
        for element in path.components {
            // `**` (Hummingbird's recursive wildcard) matches the rest of the path.
            if element.description == "**" { return true }
            guard index < segments.count, element ~= segments[index] else { return false }
            index += 1
        }
        return index == segments.count
    }
}
