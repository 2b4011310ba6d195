import Hummingbird
import KashDashContract
import KashDashMetrics

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `POST /api/v1/events`: accepts a batch of anonymous events from the game.
///
/// The reply is sent only after the batch is committed: 201 means durable, and lists any
/// events refused one by one (too old, or a link no longer in the catalogue) under
/// `refused`. A batch id seen before gets 409 `duplicate_batch` and stores nothing
/// (clients treat that as "already delivered" and drop the batch from their outbox).
struct EventIngestionController: Sendable {
    let validator: EventBatchValidator
    let store: any MetricsStore
    let clock: any DayClock
    let maxBodyBytes: Int

    func register(on router: some RouterMethods<KashDashRequestContext>) {
        router.post(RouterPath(EventsEndpoint.path)) { request, context in try await ingest(request, context) }
    }

    private struct Accepted: ResponseEncodable {
        let batchID: String
        let accepted: Int
        let refused: [Refused]
        enum CodingKeys: String, CodingKey {
            case batchID = "batch_id"
            case accepted
            case refused
        }
    }

    private struct Refused: Encodable {
        let index: Int
        let reason: String
    }

    private func ingest(_ request: Request, _ context: KashDashRequestContext) async throws -> EditedResponse<Accepted> {
        if let type = request.headers[.contentType], !type.lowercased().hasPrefix("application/json") {
            throw APIError(.unsupportedMediaType, code: "unsupported_media_type", reason: "send application/json")
        }
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > maxBodyBytes {
            throw bodyTooLarge
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBodyBytes)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw bodyTooLarge
        }
        let payload = try decode(body)
        let validated = try validator.validate(payload, today: clock.today())
        let batch = validated.batch
        let refused = validated.refused.map { Refused(index: $0.index, reason: $0.reason) }
        // Nothing left to count: nothing to store, and a resend gets the same answer.
        guard !batch.events.isEmpty else {
            return EditedResponse(status: .created, headers: [.cacheControl: "no-store"],
                                  response: Accepted(batchID: batch.batchID, accepted: 0, refused: refused))
        }
        switch try await store.record(batch) {
        case .recorded(let count):
            return EditedResponse(status: .created, headers: [.cacheControl: "no-store"],
                                  response: Accepted(batchID: batch.batchID, accepted: count, refused: refused))
        case .duplicate:
            throw APIError(.conflict, code: "duplicate_batch",
                           reason: "batch \(batch.batchID) was already recorded; nothing was stored again")
        }
    }

    private var bodyTooLarge: APIError {
        APIError(.contentTooLarge, code: "body_too_large", reason: "a batch body is at most \(maxBodyBytes) bytes")
    }

    private func decode(_ body: ByteBuffer) throws(APIError) -> EventBatchPayload {
        do {
            return try JSONDecoder().decode(EventBatchPayload.self, from: Data(body.readableBytesView))
        } catch let error as DecodingError {
            throw Self.describe(error)
        } catch {
            throw APIError(.badRequest, code: "malformed_json", reason: "the body is not valid JSON")
        }
    }

    static func describe(_ error: DecodingError) -> APIError {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
                .joined().trimmingPrefix(".").description
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return APIError(.badRequest, code: "malformed_json", reason: "the body is not valid JSON")
        case .dataCorrupted(let context):
            return APIError(.unprocessableContent, code: "invalid_field", reason: "\(path(context.codingPath)): \(context.debugDescription)")
        case .typeMismatch(let type, let context):
            return APIError(.unprocessableContent, code: "wrong_type", reason: "\(path(context.codingPath)) must be of type \(type)")
        case .valueNotFound(_, let context):
            return APIError(.unprocessableContent, code: "wrong_type", reason: "\(path(context.codingPath)) must not be null")
        case .keyNotFound(let key, let context):
            return APIError(.unprocessableContent, code: "missing_field", reason: "\(path(context.codingPath + [key])) is required")
        @unknown default:
            return APIError(.badRequest, code: "malformed_json", reason: "the body could not be read")
        }
    }
}
