import Foundation
import KashDashContract
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends sealed outbox batches to the content server.
///
/// 201 (stored) and 409 `duplicate_batch` (stored before) both mean delivered. The server
/// stores what it can of a batch and lists events it will never count (too old, a link no
/// longer in its catalogue), so other 4xx mean a batch it will never take: it is dropped
/// rather than retried forever. 408, 429, 5xx and network errors leave it for the next try.
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

    /// Sends every waiting event, a batch at a time (each sealed only once the one before
    /// is delivered); returns the outcome per batch id. Stops at the first batch that must
    /// wait, so the rest keep their order and their compact form.
    @discardableResult
    public func flush(_ outbox: Outbox) async -> [String: Outcome] {
        var outcomes: [String: Outcome] = [:]
        while true {
            outbox.sealBatches()
            guard let batch = outbox.pendingBatches.first, outcomes[batch.batchID] == nil else { return outcomes }
            let outcome = await send(batch, from: outbox)
            outcomes[batch.batchID] = outcome
            switch outcome {
            case .delivered, .rejected: outbox.acknowledge(batchID: batch.batchID)
            case .retryLater: return outcomes  // the server is away; try again later
            }
        }
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
            // Timeouts and rate limits say "not now", not "never".
            case 408, 429: return .retryLater(reason: "HTTP \(status)")
            case 400..<500: return .rejected(status: status)
            default: return .retryLater(reason: "HTTP \(status)")
            }
        } catch {
            return .retryLater(reason: "\(error.localizedDescription)")
        }
    }
}
