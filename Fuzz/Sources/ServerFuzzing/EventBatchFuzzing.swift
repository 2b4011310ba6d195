import Foundation
import KashDashContract
@testable import KashDashServer

/// `POST /api/v1/events` bodies: the strict decoder, its error description (which quotes
/// the input back), and the validator. Every outcome must be a batch or an `APIError`.
enum EventBatchFuzzing {
    static let validator: EventBatchValidator = {
        let catalogue = try! AdviceLinkCatalogue(links: [
            AdviceLink(id: "childline", title: "Childline", url: "https://www.childline.org.uk/", description: "Advice."),
        ])
        return EventBatchValidator(catalogue: catalogue, maxEvents: 1000, maxAgeDays: 366)
    }()
    static let today = Day(iso: "2026-11-27")!

    static func run(_ bytes: [UInt8]) {
        let payload: EventBatchPayload
        do {
            payload = try JSONDecoder().decode(EventBatchPayload.self, from: Data(bytes))
        } catch let error as DecodingError {
            _ = EventIngestionController.describe(error).reason
            return
        } catch {
            return
        }
        guard let validated = try? validator.validate(payload, today: today) else { return }
        precondition(validated.batch.events.count + validated.refused.count == payload.events.count,
                     "every event is either kept or listed as refused")
    }
}
