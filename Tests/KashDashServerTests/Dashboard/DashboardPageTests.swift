import Hummingbird
import HummingbirdTesting
import KashDashMetrics
import Testing

@testable import KashDashServer

import Foundation

@Suite struct DashboardPageTests {
    @Test func overviewShowsExactHeadlinesThePanelSentenceAndAChart() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.clicks("thinkuknow", 13)
        try await fixture.clicks("childline", 9, source: .kiosk)
        try await fixture.server.store.record(Array(repeating: MetricEvent(kind: .download, day: TestServer.today, file: "KashDash.AppImage"), count: 11))
        try await fixture.app.test(.router) { client in
            let cookie = try await DashboardFixture.logIn(client)
            let page = try await client.execute(uri: "/dashboard?range=7d", method: .get, headers: [.cookie: cookie])
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("Kash Dash has had 11 downloads and prompted 22 clicks to websites which give online safety advice"))
            #expect(html.contains("<svg"))
            #expect(html.contains("2.00"))  // clicks per download
            #expect(!html.contains("<script"))
            #expect(!html.contains("http://") && !html.contains("https://"))  // nothing external
            #expect(html.contains("@media print"))
            // Breakdowns are suppressed: 13 -> 15, 9 -> <10, 11 -> 10.
            #expect(html.contains("<td>thinkuknow</td><td class=\"n\">15</td>"))
            #expect(html.contains("<td>childline</td><td class=\"n\">&lt;10</td>"))
            #expect(html.contains("<td>KashDash.AppImage</td><td class=\"n\">10</td>"))
            #expect(!html.contains(">13<"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
        }
    }

    @Test func comparesWithThePreviousPeriod() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.clicks("childline", 20)
        try await fixture.server.store.record(Array(repeating: MetricEvent(kind: .adviceClick, day: TestServer.today.adding(days: -10), link: "childline"), count: 10))
        try await fixture.app.test(.router) { client in
            let cookie = try await DashboardFixture.logIn(client)
            let page = try await client.execute(uri: "/dashboard?range=7d", method: .get, headers: [.cookie: cookie])
            #expect(page.text.contains("+100%"))
            #expect(page.text.contains("on the previous period (10)"))
        }
    }

    @Test(arguments: [
        ("/dashboard?range=custom&from=2026-13-01&to=2026-11-27", "“from” must be a date"),
        ("/dashboard?range=custom&from=2026-11-01&to=yesterday", "“to” must be a date"),
        ("/dashboard?range=custom&from=2026-11-27&to=2026-11-01", "ends before it starts"),
        ("/dashboard?range=custom&from=1900-01-01&to=2026-11-27", "at most"),
        ("/dashboard?range=decade", "unknown range"),
        ("/dashboard/export.csv?range=custom&from=2026-11-27&to=2026-11-01", "ends before it starts"),
    ])
    func badRangesGetAClearMessageNot500(uri: String, reason: String) async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.app.test(.router) { client in
            let cookie = try await DashboardFixture.logIn(client)
            let response = try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie])
            #expect(response.status == .badRequest)
            #expect(response.text.contains(reason), "\(response.text)")
        }
    }

    @Test func unknownBreakdownIs404AndKnownOnesRender() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.clicks("childline", 12)
        try await fixture.app.test(.router) { client in
            let cookie = try await DashboardFixture.logIn(client)
            let unknown = try await client.execute(uri: "/dashboard/breakdown/postcode", method: .get, headers: [.cookie: cookie])
            #expect(unknown.status == .notFound)
            #expect(unknown.text.contains("Breakdowns are"))
            for dimension in BreakdownDimension.allCases {
                let page = try await client.execute(uri: "/dashboard/breakdown/\(dimension.rawValue)?range=30d", method: .get, headers: [.cookie: cookie])
                #expect(page.status == .ok)
            }
        }
    }

    @Test(arguments: ["7d", "30d", "quarter", "year", "all"])
    func everyPresetRenders(preset: String) async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.clicks("childline", 3)
        try await fixture.app.test(.router) { client in
            let cookie = try await DashboardFixture.logIn(client)
            let page = try await client.execute(uri: "/dashboard?range=\(preset)", method: .get, headers: [.cookie: cookie])
            #expect(page.status == .ok)
            #expect(page.text.contains("aria-current=\"page\""))
            #expect(page.text.contains("prompted 3 clicks"))
        }
    }

    @Test func csvExportIsSuppressedAttachedAndAudited() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.clicks("thinkuknow", 12)
        try await fixture.clicks("childline", 10)
        try await fixture.app.test(.router) { client in
            let cookie = try await DashboardFixture.logIn(client)
            let csv = try await client.execute(uri: "/dashboard/export.csv?range=7d", method: .get, headers: [.cookie: cookie])
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition]?.contains("attachment; filename=\"kashdash-2026-11-21-to-2026-11-27.csv\"") == true)
            let lines = csv.text.components(separatedBy: "\r\n")
            #expect(lines.first == "section,key,value")
            #expect(lines.contains("headline,advice_clicks,22"))  // exact
            #expect(lines.contains("link,thinkuknow,10"))  // 12 -> 10
            #expect(lines.contains("link,childline,10"))
            #expect(lines.contains("day_advice_clicks,2026-11-27,20"))  // 22 -> 20
            #expect(lines.contains("day_advice_clicks,2026-11-26,<10"))  // 0 -> <10
        }
        let audit = try await fixture.accounts.auditLog()
        #expect(audit.first?.action == "export_csv")
        #expect(audit.first?.username == "opcc")
        #expect(audit.first?.detail == "2026-11-21..2026-11-27")
    }

    @Test func jsonExportCarriesTheSameSuppressedFigures() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.clicks("thinkuknow", 13)
        try await fixture.app.test(.router) { client in
            let cookie = try await DashboardFixture.logIn(client)
            let response = try await client.execute(uri: "/dashboard/export.json?range=30d", method: .get, headers: [.cookie: cookie])
            #expect(response.status == .ok)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            let headline = try #require(object["headline"] as? [String: Any])
            #expect(headline["advice_clicks"] as? Int == 13)
            let breakdowns = try #require(object["breakdowns"] as? [String: [String: String]])
            #expect(breakdowns["link"]?["thinkuknow"] == "15")
        }
        #expect(try await fixture.accounts.auditLog().first?.action == "export_json")
    }

    @Test func csvFieldsAreQuotedAndFormulasDefused() {
        #expect(ReportExport.field("plain") == "plain")
        #expect(ReportExport.field("a,b") == "\"a,b\"")
        #expect(ReportExport.field("=HYPERLINK(1)") == "'=HYPERLINK(1)")
        #expect(ReportExport.field("-12") == "-12")
    }

    @Test func rangesPickAGrainAndBucketsCoverTheRange() throws {
        let today = TestServer.today
        #expect(try ReportRange.parse(preset: "30d", from: nil, to: nil, today: today).grain == .day)
        let year = try ReportRange.parse(preset: "custom", from: "2025-11-28", to: "2026-11-27", today: today)
        #expect(year.grain == .week)
        #expect(year.buckets.first?.weekdayFromMonday == 0)
        let all = try ReportRange.parse(preset: "all", from: nil, to: nil, today: today)
        #expect(all.grain == .month)
        #expect(all.buckets.first?.iso == "2024-01-01")
        #expect(all.buckets.last?.iso == "2026-11-01")
        let quarter = try ReportRange.parse(preset: "quarter", from: nil, to: nil, today: today)
        #expect(quarter.days.first.iso == "2026-10-01")
    }
}
