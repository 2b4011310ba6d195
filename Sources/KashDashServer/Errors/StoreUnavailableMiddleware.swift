import Hummingbird
import KashDashMetrics

/// Turns "the database cannot be reached" into 503 with `Retry-After`, on every route:
/// the game keeps its batch and sends it again, a person sees "try again shortly", and
/// nothing was acknowledged that was not committed. Other errors pass through unchanged.
struct StoreUnavailableMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Seconds a client should wait before trying again.
    static var retryAfterSeconds: Int { 5 }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as MetricsStoreError where error.code == .unavailable {
            context.logger.error("store unavailable", metadata: ["error": "\(error)"])
            throw Self.unavailable
        }
    }

    static var unavailable: APIError {
        var error = APIError(.serviceUnavailable, code: "store_unavailable", reason: "the database cannot be reached; try again shortly")
        error.headers[.retryAfter] = String(retryAfterSeconds)
        return error
    }
}
