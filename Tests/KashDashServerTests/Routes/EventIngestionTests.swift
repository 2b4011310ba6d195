import Hummingbird
import HummingbirdTesting
import KashDashMetrics
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@testable import KashDashServer

@Suite struct EventIngestionTests {
    static let goodBatch = """
        {"batch_id": "0f8a8e7c-1111-4a2b-9c3d-000000000001", "source": "kiosk", "app_version": "1.0.0",
         "events": [
           {"kind": "level_started", "day": "2026-11-27", "level": "tell-an-adult"},
           {"kind": "level_finished", "day": "2026-11-27", "level": "tell-an-adult"},
           {"kind": "message_answered_unsafe", "day": "2026-11-26", "level": "tell-an-adult", "message": "friend-request"},
           {"kind": "link_opened_offline", "day": "2026-11-27", "link": "childline", "source": "desktop"}
         ]}
        """

    func post(_ json: String, to server: TestServer, headers: HTTPFields = [.contentType: "application/json"]) async throws -> TestResponse {
        try await server.app.test(.router) { client in
            try await client.execute(uri: "/api/v1/events", method: .post, headers: headers, body: ByteBuffer(string: json))
        }
    }

    @Test func validBatchIsCommittedThen201() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        let response = try await post(Self.goodBatch, to: server)
        #expect(response.status == .created)
        #expect(response.text.contains(#""accepted":4"#))
        #expect(try await server.store.rawEventCount() == 4)
        let totals = try await server.totals()
        #expect(totals.levelsFinished == 1)
        #expect(totals.offlineLinkOpens == 1)
        #expect(try await server.store.breakdown(.unsafeMessage, in: server.week) == [BreakdownRow(key: "friend-request", count: 1)])
    }

    @Test func replayedBatchIDIsRefusedAndStoresNothingTwice() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        #expect(try await post(Self.goodBatch, to: server).status == .created)
        let replay = try await post(Self.goodBatch, to: server)
        #expect(replay.status == .conflict)
        #expect(replay.text.contains("duplicate_batch"))
        #expect(try await server.store.rawEventCount() == 4)
    }

    /// Each bad body gets a 4xx with a reason and leaves the store untouched.
    @Test(arguments: [
        ("{not json", 400, "malformed_json"),
        ("", 400, "malformed_json"),
        ("[]", 422, "wrong_type"),
        (#"{"batch_id": 12345678, "events": []}"#, 422, "wrong_type"),
        (#"{"batch_id": "abcdefgh-1", "events": [{"kind": "level_started", "day": 20261127, "level": "x"}]}"#, 422, "wrong_type"),
        (#"{"batch_id": "abcdefgh-1", "events": [{"kind": "level_started", "level": "x"}]}"#, 422, "missing_field"),
        (#"{"batch_id": "abcdefgh-1", "events": [{"kind": "teleported", "day": "2026-11-27"}]}"#, 422, "unknown_kind"),
        (#"{"batch_id": "abcdefgh-1", "events": [{"kind": "advice_click", "day": "2026-11-27", "link": "childline"}]}"#, 422, "unknown_kind"),
        (#"{"batch_id": "abcdefgh-1", "events": [{"kind": "level_started", "day": "2026-11-27", "level": "x", "ip": "10.0.0.1"}]}"#, 422, "invalid_field"),
        (#"{"batch_id": "abcdefgh-1", "device_id": "abc", "events": [{"kind": "level_started", "day": "2026-11-27", "level": "x"}]}"#, 422, "invalid_field"),
        (#"{"batch_id": "abcdefgh-1", "events": [{"kind": "level_started", "day": "2026-12-05", "level": "x"}]}"#, 422, "in the future"),
        (#"{"batch_id": "abcdefgh-1", "events": [{"kind": "level_started", "day": "2026-02-30", "level": "x"}]}"#, 422, "YYYY-MM-DD"),
        (#"{"batch_id": "abcdefgh-1", "events": [{"kind": "link_shown", "day": "2026-11-27"}]}"#, 422, "required"),
        (#"{"batch_id": "abcdefgh-1", "events": [{"kind": "level_started", "day": "2026-11-27", "level": "My Name Is Sam"}]}"#, 422, "lower-case id"),
        (#"{"batch_id": "abcdefgh-1", "source": "phone", "events": [{"kind": "level_started", "day": "2026-11-27", "level": "x"}]}"#, 422, "desktop, kiosk or web"),
        (#"{"batch_id": "short", "events": [{"kind": "level_started", "day": "2026-11-27", "level": "x"}]}"#, 422, "batch_id"),
        (#"{"batch_id": "abcdefgh-1", "events": []}"#, 422, "at least one"),
    ])
    func badBodiesAreRefusedWithAReason(json: String, status: Int, reason: String) async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        let response = try await post(json, to: server)
        #expect(response.status.code == status)
        #expect(response.text.contains(reason), "\(response.text)")
        #expect(try await server.store.rawEventCount() == 0)
    }

    @Test func oneBadEventRejectsTheWholeBatch() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        let json = #"{"batch_id": "abcdefgh-2", "events": [{"kind": "level_started", "day": "2026-11-27", "level": "x"}, {"kind": "level_started", "day": "2026-11-27", "level": "BAD ID"}]}"#
        let response = try await post(json, to: server)
        #expect(response.status == .unprocessableContent)
        #expect(response.text.contains("events[1].level"))
        #expect(try await server.store.rawEventCount() == 0)
        // The same batch id, fixed, is then accepted: a refused batch is not remembered.
        let fixed = json.replacingOccurrences(of: "BAD ID", with: "y")
        #expect(try await post(fixed, to: server).status == .created)
    }

    /// Issue 11: a kiosk offline for a term sends events months old, and links may have left
    /// the catalogue since it was installed. Such events are refused one by one and listed;
    /// the rest of the batch is stored, and the batch id is remembered for a resend.
    @Test func staleEventsAreRefusedOneByOneAndTheRestStored() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        let tenWeeksAgo = TestServer.today.adding(days: -70).iso
        let json = #"{"batch_id": "abcdefgh-9", "events": ["#
            + #"{"kind": "level_started", "day": "\#(tenWeeksAgo)", "level": "x"},"#
            + #"{"kind": "level_started", "day": "2025-01-01", "level": "x"},"#
            + #"{"kind": "link_shown", "day": "2026-11-27", "link": "evil-site"},"#
            + #"{"kind": "link_shown", "day": "2026-11-27", "link": "childline"}]}"#
        let response = try await post(json, to: server)
        #expect(response.status == .created, "\(response.text)")
        struct Answer: Decodable {
            struct Refused: Decodable { let index: Int; let reason: String }
            let accepted: Int
            let refused: [Refused]
        }
        let body = try JSONDecoder().decode(Answer.self, from: Data(response.text.utf8))
        #expect(body.accepted == 2)
        #expect(body.refused.map(\.index) == [1, 2])
        #expect(body.refused.first?.reason == "events[1].day 2025-01-01 is more than 366 days old")
        #expect(body.refused.last?.reason.contains("not in the advice-link catalogue") == true)
        #expect(try await server.store.rawEventCount() == 2)
        #expect(try await post(json, to: server).status == .conflict, "the batch id is remembered")

        // A batch with nothing left to count stores nothing and is answered the same each time.
        let allStale = #"{"batch_id": "abcdefgh-8", "events": [{"kind": "level_started", "day": "2025-01-01", "level": "x"}]}"#
        for _ in 0..<2 {
            let answer = try await post(allStale, to: server)
            #expect(answer.status == .created)
            #expect(answer.text.contains(#""accepted":0"#))
        }
        #expect(try await server.store.rawEventCount() == 2)
    }

    @Test func tooManyEventsIsRefused() async throws {
        let server = try TestServer { $0.maxEventsPerBatch = 10 }
        defer { server.cleanUp() }
        let event = #"{"kind": "level_started", "day": "2026-11-27", "level": "x"}"#
        let json = #"{"batch_id": "abcdefgh-3", "events": ["# + Array(repeating: event, count: 11).joined(separator: ",") + "]}"
        let response = try await post(json, to: server)
        #expect(response.status == .unprocessableContent)
        #expect(response.text.contains("too_many_events"))
        #expect(try await server.store.rawEventCount() == 0)
    }

    @Test func oversizedBodyIs413() async throws {
        let server = try TestServer { $0.maxEventBodyBytes = 1024 }
        defer { server.cleanUp() }
        let json = #"{"batch_id": "abcdefgh-4", "events": [], "pad": ""# + String(repeating: "x", count: 4000) + "\"}"
        let response = try await post(json, to: server)
        #expect(response.status == .contentTooLarge)
        #expect(response.text.contains("body_too_large"))
        #expect(try await server.store.rawEventCount() == 0)
    }

    @Test func wrongContentTypeIs415() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        let response = try await post(Self.goodBatch, to: server, headers: [.contentType: "text/plain"])
        #expect(response.status == .unsupportedMediaType)
        #expect(try await server.store.rawEventCount() == 0)
    }

    @Test func serverKeepsServingAfterBadInput() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            for body in ["{", "[1,2", "null", #"{"batch_id": 1}"#] {
                let response = try await client.execute(uri: "/api/v1/events", method: .post, body: ByteBuffer(string: body))
                #expect((400..<500).contains(response.status.code))
            }
            let good = try await client.execute(uri: "/api/v1/events", method: .post, body: ByteBuffer(string: Self.goodBatch))
            #expect(good.status == .created)
            #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
        }
    }
}
