import Foundation
import Hummingbird
import HummingbirdTesting
import KashDashMetrics
import KashDashOutbox
import Testing

@testable import KashDashServer

/// The game's outbox against the real server over loopback: delivered once, resent
/// harmlessly, and counted.
@Suite struct OutboxDeliveryTests {
    @Test func batchesAreDeliveredOnceEvenWhenResent() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-outbox-\(UUID().uuidString).json")
        let outbox = Outbox(fileURL: file, source: .kiosk, appVersion: "1.0.0", today: { TestServer.today })
        outbox.record(.levelFinished, level: "tell-an-adult")
        outbox.record(.linkOpenedOffline, link: "childline")
        outbox.record(.linkOpenedOffline, link: "thinkuknow")

        try await server.app.test(.live) { client in
            let port = try #require(client.port)
            // `.live` binds "localhost", which Debian's /etc/hosts maps to ::1 first; 127.0.0.1 is refused.
            let sender = OutboxSender(serverURL: URL(string: "http://localhost:\(port)")!)
            outbox.sealBatches()
            let sealed = try #require(outbox.pendingBatches.first)
            let first = await sender.flush(outbox)
            #expect(first == [sealed.batchID: .delivered])
            #expect(outbox.pendingBatches.isEmpty)

            // A reply lost on the way back means the game sends the same batch again.
            let outcome = await sender.send(sealed, from: outbox)
            #expect(outcome == .delivered, "409 duplicate_batch counts as delivered")
        }
        let totals = try await server.totals()
        #expect(totals.levelsFinished == 1)
        #expect(totals.offlineLinkOpens == 2, "the resent batch was not counted twice")
    }
}
