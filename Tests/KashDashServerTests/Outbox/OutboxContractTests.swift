import Foundation
import Hummingbird
import HummingbirdTesting
import KashDashContract
import KashDashMetrics
import KashDashOutbox
import Testing

@testable import KashDashServer

/// The wire contract, end to end: every kind of event the game's outbox can write is
/// accepted by the server's validator and stored. A kind added to the contract without the
/// server (or the outbox) following fails here, instead of batches being dropped in the field.
@Suite struct OutboxContractTests {
    /// One event of `kind` with the ids and answer fields the contract says it needs, all
    /// from the test fixtures.
    static func event(_ kind: EventKind) -> ClientEvent {
        let needs = kind.requires
        let shape = kind.answerShape
        return ClientEvent(
            kind: kind, day: TestServer.today, level: needs.level ? "tell-an-adult" : nil,
            link: needs.link ? "childline" : nil, message: needs.message ? "school-name" : nil,
            encounter: shape == nil ? nil : .second, verdict: shape == .scored ? .safe : nil)
    }

    @Test(arguments: EventSource.batchSources)
    func everyClientKindTheOutboxWritesIsStored(source: EventSource) async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kashdash-outbox-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let outbox = Outbox(
            fileURL: file, source: source, appVersion: KashDashVersion.current, today: { TestServer.today })
        outbox.record(EventKind.clientKinds.map(Self.event))
        outbox.sealBatches()
        let batch = try #require(outbox.pendingBatches.first)
        #expect(batch.events.map(\.kind) == EventKind.clientKinds)
        let body = try outbox.body(for: batch)

        try await server.app.test(.router) { client in
            let response = try await client.execute(
                uri: EventsEndpoint.path, method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: body))
            #expect(response.status == .created, "\(String(buffer: response.body))")
        }
    }

    @Test func kindsTheServerObservesItselfNeverLeaveTheOutbox() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kashdash-outbox-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let outbox = Outbox(fileURL: file, source: .desktop, appVersion: "1.0.0", today: { TestServer.today })
        outbox.record(EventKind.allCases.filter { !$0.isClientKind }.map(Self.event))
        #expect(outbox.unbatchedCount == 0)
    }

    /// The server would refuse a whole batch for one of these, so the outbox never keeps one.
    @Test func answersWhoseFieldsBreakTheContractNeverLeaveTheOutbox() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kashdash-outbox-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let outbox = Outbox(fileURL: file, source: .desktop, appVersion: "1.0.0", today: { TestServer.today })
        var reflectionWithVerdict = Self.event(.reflectionAnswered)
        reflectionWithVerdict.verdict = .safe
        var scoredWithoutBucket = Self.event(.messageAnswered)
        scoredWithoutBucket.encounter = nil
        var clickWithBucket = Self.event(.levelStarted)
        clickWithBucket.encounter = .first
        outbox.record([reflectionWithVerdict, scoredWithoutBucket, clickWithBucket])
        #expect(outbox.unbatchedCount == 0)
        outbox.record([Self.event(.reflectionAnswered), Self.event(.messageAnswered)])
        #expect(outbox.unbatchedCount == 2)
    }
}
