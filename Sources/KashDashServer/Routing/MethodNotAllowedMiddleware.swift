import Hummingbird

/// For a request no route took: if its path is served with other methods, answers
/// `405 Method Not Allowed` with `Allow` (RFC 9110, 15.5.6), or `204` with `Allow` for
/// `OPTIONS`; an unknown path goes on to the 404.
///
/// Added to the router after every route, so it wraps only the router's not-found responder
/// (Hummingbird builds each route's middleware chain when the route is added).
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = KashDashRequestContext

    let routes: RouteTable

    /// The order methods are listed in `Allow`.
    private static let order: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete, .options]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let methods = routes.methods(forPath: request.uri.path), !methods.contains(request.method) else {
            return try await next(request, context)
        }
        let allowed = (methods.union([.options])).sorted { Self.rank($0) < Self.rank($1) }
        let allow = allowed.map(\.rawValue).joined(separator: ", ")
        if request.method == .options {
            return Response(status: .noContent, headers: [.allow: allow])
        }
        var error = APIError(
            .methodNotAllowed, code: "method_not_allowed",
            reason: "\(request.method.rawValue) is not served at \(request.uri.path); allowed: \(allow)")
        error.headers[.allow] = allow
        throw error
    }

    private static func rank(_ method: HTTPRequest.Method) -> Int { order.firstIndex(of: method) ?? order.count }
}
