import Hummingbird
import HummingbirdTesting
import KashDashContract
import KashDashMetrics
import Testing

@testable import KashDashServer

/// A phone scanning a kiosk's QR code opens `/go/<id>?src=kiosk-qr&level=<id>`: the click
/// counts under the `kiosk-qr` source on both `/go` paths and on the dashboard.
@Suite struct KioskQRClickTests {
    @Test func aScannedCodeCountsUnderKioskQR() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        let server = fixture.server
        let address = GoLink.url(base: "http://localhost", linkID: "childline", source: .kioskQR, level: "tell-an-adult")
        let path = String(address.dropFirst("http://localhost".count))
        #expect(path == "/go/childline?src=kiosk-qr&level=tell-an-adult")
        try await fixture.app.test(.router) { client in
            for _ in 0..<12 {
                let response = try await client.execute(uri: path, method: .get, headers: [.userAgent: "Mozilla/5.0 (iPhone)"])
                #expect(response.status == .found)
                #expect(response.headers[.location] == "https://www.childline.org.uk/")
            }
            _ = try await client.execute(uri: "/go/childline?src=kiosk", method: .get, headers: [.userAgent: "Mozilla/5.0"])
            let cookie = try await DashboardFixture.logIn(client)
            let page = try await client.execute(uri: "/dashboard/breakdown/source?range=7d", method: .get, headers: [.cookie: cookie])
            #expect(page.status == .ok)
            #expect(page.text.contains("<td>kiosk-qr (QR code scanned from a kiosk)</td><td class=\"n\">10</td>"))
        }
        #expect(try await server.totals().adviceClicks == 13)
        let sources = try await server.store.breakdown(.source, in: server.week)
        #expect(sources.first { $0.key == "kiosk-qr" }?.count == 12)
        #expect(sources.first { $0.key == "kiosk" }?.count == 1)
    }

    @Test func theFastPathReadsTheSameSource() throws {
        let connection = try EmbeddedFastPath()
        try connection.send(FastPathEmbeddedTests.request("GET", "/go/childline?src=kiosk-qr&level=x"))
        connection.acknowledgeClicks()
        #expect(try connection.responses(to: ["GET"]).map(\.status) == [302])
        #expect(connection.store.events.map(\.source) == [.kioskQR])
    }

    @Test func batchesMayNotClaimToBeScans() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let body = #"{"batch_id": "abcdefgh-1", "source": "kiosk-qr", "events": [{"kind": "level_started", "day": "\#(TestServer.today.iso)", "level": "x"}]}"#
            let response = try await client.execute(
                uri: "/api/v1/events", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("desktop, kiosk or web"))
        }
    }
}
