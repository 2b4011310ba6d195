import Hummingbird
import HummingbirdTesting
import KashDashContract
import KashDashMetrics
import Testing

@testable import KashDashServer

/// The language the game was played in, from a batch or a `/go` address to the dashboard's
/// "by language" table, 10-5 suppressed like every breakdown (issue 13).
@Suite struct LanguageMetricsTests {
    static func batch(_ id: String, _ events: [String]) -> String {
        #"{"batch_id": "\#(id)", "source": "kiosk", "app_version": "1.0.0", "events": [\#(events.joined(separator: ","))]}"#
    }

    static func started(_ language: String) -> String {
        #"{"kind": "level_started", "day": "\#(TestServer.today.iso)", "level": "tell-an-adult", "language": "\#(language)"}"#
    }

    static func answer(_ language: String, _ verdict: String) -> String {
        #"{"kind": "message_answered", "day": "\#(TestServer.today.iso)", "level": "tell-an-adult", "message": "m", "encounter": "first", "verdict": "\#(verdict)", "language": "\#(language)"}"#
    }

    @Test func answersAndClicksAreCountedByLanguageAndShownSuppressed() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.app.test(.router) { client in
            let events = Array(repeating: Self.started("pl"), count: 12) + Array(repeating: Self.answer("pl", "unsafe"), count: 3)
                + Array(repeating: Self.answer("ur", "safe"), count: 11)
                // An older game says no language: counted everywhere else, not by language.
                + [#"{"kind": "level_started", "day": "\#(TestServer.today.iso)", "level": "tell-an-adult"}"#]
            let posted = try await client.execute(
                uri: "/api/v1/events", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: Self.batch("languages-1", events)))
            #expect(posted.status == .created, "\(posted.text)")
            // Clicks through the router's `/go`, with the language the game put in the address.
            for _ in 0..<13 {
                let response = try await client.execute(
                    uri: "/go/childline?src=kiosk-qr&level=tell-an-adult&lang=cy", method: .get, headers: [.userAgent: "Mozilla/5.0"])
                #expect(response.status == .found)
            }
            // A language the game is not played in is dropped, and the click still counts.
            _ = try await client.execute(uri: "/go/childline?src=desktop&lang=fr", method: .get, headers: [.userAgent: "Mozilla/5.0"])

            let cookie = try await DashboardFixture.logIn(client)
            let page = try await client.execute(uri: "/dashboard?range=7d", method: .get, headers: [.cookie: cookie])
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("Answers and clicks by language"))
            // A column per language played, a row per measure. Welsh: 13 clicks, rounded to 15;
            // Polish: 12 started (10), 3 unsafe (<10); Urdu: 11 safe (10). English never played:
            // no column.
            #expect(html.contains(#"<th scope="col">Played in</th><th scope="col" class="n">Welsh</th><th scope="col" class="n">Polish</th><th scope="col" class="n">Urdu</th></tr>"#))
            #expect(html.contains(#"<th scope="row">Levels started</th><td class="n">&lt;10</td><td class="n">10</td><td class="n">&lt;10</td></tr>"#))
            #expect(html.contains(#"<th scope="row">Safe answers</th><td class="n">&lt;10</td><td class="n">&lt;10</td><td class="n">10</td></tr>"#))
            #expect(html.contains(#"<th scope="row">Unsafe answers</th><td class="n">&lt;10</td><td class="n">&lt;10</td><td class="n">&lt;10</td></tr>"#))
            #expect(html.contains(#"<th scope="row">Advice clicks</th><td class="n">15</td><td class="n">&lt;10</td><td class="n">&lt;10</td></tr>"#))
            #expect(!html.contains(#"class="n">English</th>"#))

            let csv = try await client.execute(uri: "/dashboard/export.csv?range=7d", method: .get, headers: [.cookie: cookie])
            #expect(csv.text.contains("language_advice_clicks,cy,15\r\n"))
            #expect(csv.text.contains("language_unsafe_answers,pl,<10\r\n"))
            let json = try await client.execute(uri: "/dashboard/export.json?range=7d", method: .get, headers: [.cookie: cookie])
            #expect(json.text.contains(#""levels_started" : "10""#))
        }
        // The exact counts, before suppression.
        let counts = try await fixture.server.store.languageCounts(in: fixture.server.week)
        #expect(counts.first { $0.language == .welsh && $0.kind == .adviceClick }?.count == 13)
        #expect(counts.first { $0.language == .polish && $0.kind == .levelStarted }?.count == 12)
        #expect(counts.reduce(0) { $0 + $1.count } == 13 + 12 + 3 + 11)
        #expect(try await fixture.server.totals().adviceClicks == 14)
    }

    @Test func theFastPathReadsTheLanguage() throws {
        let connection = try EmbeddedFastPath()
        try connection.send(FastPathEmbeddedTests.request("GET", "/go/childline?src=kiosk&level=x&lang=ur"))
        connection.acknowledgeClicks()
        #expect(try connection.responses(to: ["GET"]).map(\.status) == [302])
        let other = try EmbeddedFastPath()
        try other.send(FastPathEmbeddedTests.request("GET", "/go/childline?lang=xx&src=kiosk"))
        other.acknowledgeClicks()
        #expect(try other.responses(to: ["GET"]).map(\.status) == [302])
        #expect(connection.store.events.map(\.language) + other.store.events.map(\.language) == [.urdu, nil])
    }

    @Test func aBatchWithAnUnknownLanguageIsRefusedWithTheReason() async throws {
        let server = try TestServer()
        defer { server.cleanUp() }
        try await server.app.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/events", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: Self.batch("languages-2", [Self.started("en"), Self.started("fr")])))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("events[1].language must be one of en, cy, pl, ur"))
        }
        #expect(try await server.store.rawEventCount() == 0, "nothing of a refused batch is stored")
    }
}
