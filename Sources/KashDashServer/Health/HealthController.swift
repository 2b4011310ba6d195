import Hummingbird
import KashDashMetrics

/// `GET /health`: 200 when the metrics store answers, 503 otherwise (`storage_full` while
/// its disk is full).
struct HealthController: Sendable {
    let store: any MetricsStore

    func register(on router: some RouterMethods<KashDashRequestContext>) {
        router.get("/health") { _, context -> Response in
            do {
                try await store.checkHealth()
                return Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                                body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
            } catch let error as MetricsStoreError where error.code == .full {
                context.logger.error("health check: disk full", metadata: ["error": "\(error)"])
                throw StoreUnavailableMiddleware<KashDashRequestContext>.full
            } catch {
                context.logger.error("health check failed", metadata: ["error": "\(error)"])
                var unavailable = APIError(.serviceUnavailable, code: "store_unavailable", reason: "the metrics store does not answer")
                unavailable.headers[.retryAfter] = String(StoreUnavailableMiddleware<KashDashRequestContext>.retryAfterSeconds)
                throw unavailable
            }
        }
    }
}
