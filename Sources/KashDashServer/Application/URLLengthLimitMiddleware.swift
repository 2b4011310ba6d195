import Hummingbird

/// Answers 414 to absurdly long URLs before any route parses them.
struct URLLengthLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxLength: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.description.utf8.count <= maxLength else {
            throw APIError(.uriTooLong, code: "uri_too_long", reason: "the URL is longer than \(maxLength) bytes")
        }
        return try await next(request, context)
    }
}
