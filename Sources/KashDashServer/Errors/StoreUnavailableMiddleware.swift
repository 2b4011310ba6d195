import Hummingbird
import KashDashMetrics

/// Turns "the database cannot be reached" and "the disk is full" into 503 with
/// `Retry-After`, on every route:
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
        } catch let error as MetricsStoreError where error.code == .full {
            context.logger.error("store full", metadata: ["error": "\(error)"])
            throw Self.full
        }
    }

    /// Seconds to wait when the disk is full: space comes back when someone frees it, so
    /// clients should not hammer a server that cannot store anything.
    static var retryAfterFullSeconds: Int { 60 }

    /// Nothing of the request was stored; the same request succeeds once there is room.
    static var full: APIError {
        var error = APIError(.serviceUnavailable, code: "storage_full", reason: "the server's disk is full, so nothing was stored; try again later")
        error.headers[.retryAfter] = String(retryAfterFullSeconds)
        return error
    }

    static var unavailable: APIError {
        var error = APIError(.serviceUnavailable, code: "store_unavailable", reason: "the database cannot be reached; try again shortly")
        error.headers[.retryAfter] = String(retryAfterSeconds)
        return error
    }
}
