import Foundation
import KashDashContract
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends sealed outbox batches to the content server.
///
/// 201 (stored) and 409 `duplicate_batch` (stored before) both mean delivered; other 4xx
/// mean the server will never take the batch, so it is dropped rather than retried forever;
/// 5xx and network errors leave it for the next try.
public struct OutboxSender: Sendable {
    public enum Outcome: Equatable, Sendable {
        case delivered
        case rejected(status: Int)
        case retryLater(reason: String)
    }

    public let serverURL: URL
    public let timeout: TimeInterval

    public init(serverURL: URL, timeout: TimeInterval = 10) {
        self.serverURL = serverURL
        self.timeout = timeout
    }

    /// Seals what is waiting and sends every batch; returns the outcome per batch id.
    @discardableResult
    public func flush(_ outbox: Outbox) async -> [String: Outcome] {
        outbox.sealBatches()
        var outcomes: [String: Outcome] = [:]
        for batch in outbox.pendingBatches {
            let outcome = await send(batch, from: outbox)
            outcomes[batch.batchID] = outcome
            switch outcome {
            case .delivered, .rejected: outbox.acknowledge(batchID: batch.batchID)
            case .retryLater: return outcomes  // the server is away; keep the rest in order
            }
        }
        return outcomes
    }

    /// Sends one batch (without sealing or acknowledging anything).
    public func send(_ batch: OutboxBatch, from outbox: Outbox) async -> Outcome {
        var request = URLRequest(url: serverURL.appendingPathComponent(String(EventsEndpoint.path.dropFirst())), timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        do {
            request.httpBody = try outbox.body(for: batch)
            let (_, response) = try await URLSession.shared.data(for: request)
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            switch status {
            case 200..<300, 409: return .delivered
            case 400..<500: return .rejected(status: status)
            default: return .retryLater(reason: "HTTP \(status)")
            }
        } catch {
            return .retryLater(reason: "\(error.localizedDescription)")
        }
    }
}
