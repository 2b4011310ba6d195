import Foundation
import Hummingbird
import HummingbirdTesting
import KashDashMetrics
import Testing

@testable import KashDashServer

/// Answers with an encounter bucket and a verdict: stored as learning counts, and refused
/// with 422 naming the field when they break the contract.
@Suite struct AnswerIngestionTests {
    func post(_ events: String, to server: TestServer, batch: String = "answers-0001") async throws -> TestResponse {
        let json = #"{"batch_id": "\#(batch)", "source": "kiosk", "app_version": "1.0.0", "events": [\#(events)]}"#
        return try await server.app.test(.router) { client in
            try await client.execute(
                uri: "/api/v1/events", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: json))
        }
    }

    /// Raw rows take increasing ids in the order a batch lists its events; stored in play
    /// order they would spell out one device's sequence of answers. The validator puts every
    /// batch in one fixed order, so the same answers in any order are stored alike.
    @Test func aBatchIsStoredInAFixedOrderNotThePlayOrder() throws {
        let answers = [
            #"{"kind": "message_answered", "day": "2026-11-27", "level": "tell-an-adult", "message": "friend-request", "encounter": "first", "verdict": "unsafe"}"#,
            #"{"kind": "message_answered", "day": "2026-11-27", "level": "tell-an-adult", "message": "secret-message", "encounter": "first", "verdict": "safe"}"#,
            #"{"kind": "message_answered", "day": "2026-11-27", "level": "tell-an-adult", "message": "friend-request", "encounter": "second", "verdict": "safe"}"#,
            #"{"kind": "level_finished", "day": "2026-11-27", "level": "tell-an-adult"}"#,
        ]
        let server = try TestServer()
        defer { server.cleanUp() }
        let validator = EventBatchValidator(catalogue: server.dependencies.catalogue, maxEvents: 100, maxAgeDays: 30)
        func stored(_ events: [String]) throws -> [String] {
            let json = #"{"batch_id": "order-0001", "events": [\#(events.joined(separator: ","))]}"#
            let payload = try JSONDecoder().decode(EventBatchPayload.self, from: Data(json.utf8))
            return try validator.validate(payload, today: TestServer.today).batch.events.map {
                "\($0.kind.rawValue) \($0.message ?? "") \($0.encounter?.rawValue ?? "")"
            }
        }
        let played = try stored(answers)
        #expect(played == (try stored(answers.reversed())))
        #expect(played == (try stored([answers[2], answers[0], answers[3], answers[1]])))
    }

    @Test func answersAreCountedByBucketAndVerdict() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        let response = try await post("""
            {"kind": "message_answered", "day": "2026-11-27", "level": "tell-an-adult", "message": "friend-request", "encounter": "first", "verdict": "unsafe"},
            {"kind": "message_answered", "day": "2026-11-27", "level": "tell-an-adult", "message": "friend-request", "encounter": "second", "verdict": "safe"},
            {"kind": "message_answered", "day": "2026-11-26", "level": "tell-an-adult", "message": "friend-request", "encounter": "later", "verdict": "safe"},
            {"kind": "reflection_answered", "day": "2026-11-27", "level": "tell-an-adult", "message": "how-did-it-feel", "encounter": "first"}
            """, to: server)
        #expect(response.status == .created, "\(response.text)")
        #expect(try await server.store.learning(in: server.week) == [
            LearningCounts(level: "tell-an-adult", message: "friend-request", firstUnsafe: 1, againSafe: 2),
            LearningCounts(level: "tell-an-adult", message: "how-did-it-feel", reflections: 1),
        ])
        // A scored answer still counts in "answered unsafely", under the kind that list reads.
        #expect(try await server.store.breakdown(.unsafeMessage, in: server.week) == [BreakdownRow(key: "friend-request", count: 1)])
    }

    /// Each bad answer gets 422 naming the field, and nothing of its batch is stored.
    @Test(arguments: [
        (#""encounter": "third", "verdict": "safe""#, "message_answered", "events[0].encounter"),
        (#""encounter": "FIRST", "verdict": "safe""#, "message_answered", "events[0].encounter"),
        (#""verdict": "safe""#, "message_answered", "events[0].encounter"),
        (#""encounter": "first", "verdict": "maybe""#, "message_answered", "events[0].verdict"),
        (#""encounter": "first""#, "message_answered", "events[0].verdict"),
        (#""encounter": "first", "verdict": "safe""#, "reflection_answered", "events[0].verdict"),
        (#""encounter": "first", "verdict": "unsafe""#, "reflection_answered", "no verdict"),
        (#""verdict": "safe""#, "reflection_answered", "events[0].encounter"),
        (#""encounter": "first""#, "message_answered_safe", "events[0].encounter"),
        (#""verdict": "safe""#, "level_started", "events[0].verdict"),
        (#""encounter": 2, "verdict": "safe""#, "message_answered", "encounter"),
    ])
    func answersOutsideTheContractAre422(fields: String, kind: String, named: String) async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        let response = try await post(
            #"{"kind": "\#(kind)", "day": "2026-11-27", "level": "tell-an-adult", "message": "friend-request", \#(fields)}"#,
            to: server)
        #expect(response.status == .unprocessableContent)
        #expect(response.text.contains(named), "\(response.text)")
        #expect(try await server.store.rawEventCount() == 0)
        #expect(try await server.store.learning(in: server.week).isEmpty)
    }

    @Test func answersFromOlderGamesAreStillTakenButNotInTheLearningFigures() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        let response = try await post(
            #"{"kind": "message_answered_unsafe", "day": "2026-11-27", "level": "tell-an-adult", "message": "friend-request"}"#,
            to: server)
        #expect(response.status == .created)
        #expect(try await server.store.learning(in: server.week).isEmpty)
        #expect(try await server.store.breakdown(.unsafeMessage, in: server.week).count == 1)
    }
}
