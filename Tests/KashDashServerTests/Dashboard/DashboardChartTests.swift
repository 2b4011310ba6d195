import Hummingbird
import HummingbirdTesting
import KashDashContract
import KashDashMetrics
import Testing

@testable import KashDashServer

/// The chart and the page furniture: what a person (and a screen reader) meets.
@Suite struct DashboardChartTests {
    static let day = Day(iso: "2026-11-27")!

    @Test func axisStepsAreTidy() {
        #expect(SVGBarChart.scale(0) == (2, 10))
        #expect(SVGBarChart.scale(10) == (2, 10))
        #expect(SVGBarChart.scale(37) == (10, 40))
        #expect(SVGBarChart.scale(1234) == (500, 1500))
        #expect(SVGBarChart.scale(99_999) == (20_000, 100_000))
    }

    /// Suppressed buckets draw no bar, and their title says "<10" (escaped), never the count.
    @Test func suppressedBucketsDrawNothingAndSayLessThanTen() {
        let svg = SVGBarChart.render(series: [(Self.day, SuppressedCount(9), SuppressedCount(13))], grain: .day)
        #expect(svg.contains("&lt;10 downloads, 15 advice clicks"))
        #expect(!svg.contains(" 9 ") && !svg.contains("13"))
        #expect(svg.components(separatedBy: "<rect x=").count - 1 == 1)  // only the clicks bar
        #expect(!svg.contains("http"))
        #expect(svg.contains("role=\"img\"") && svg.contains("<title id=\"chart-title\">"))
    }

    /// The report suppresses its series once, so the chart, the page and the exports all
    /// get "<10" and rounded counts, never the exact ones.
    @Test func reportSeriesIsSuppressedOnceAtTheSource() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await fixture.clicks("childline", 13)
        let range = try ReportRange.parse(preset: "7d", from: nil, to: nil, today: TestServer.today)
        let report = try await DashboardReport.build(range: range, store: fixture.server.store)
        #expect(report.series.count == 7)
        #expect(report.series.last?.bucket == Self.day)
        #expect(report.series.last?.clicks == .rounded(15))
        #expect(report.series.last?.downloads == .belowTen)
        #expect(report.series.dropLast().allSatisfy { $0.clicks == .belowTen && $0.downloads == .belowTen })
    }

    @Test func everyBucketGetsATitleAndLabelsStayReadable() {
        let series = (0..<60).map { (Self.day.adding(days: $0 - 59), SuppressedCount(20), SuppressedCount(30)) }
        let svg = SVGBarChart.render(series: series, grain: .day)
        #expect(svg.components(separatedBy: "<g><title>").count - 1 == 60)
        #expect(svg.components(separatedBy: "text-anchor=\"middle\"").count - 1 <= 12)
        #expect(svg.contains("<g><title>27 Nov 2026: 20 downloads, 30 advice clicks</title>"))
    }

    @Test func bucketTitlesNameTheirPeriod() {
        let weekly = SVGBarChart.render(series: [(Day(iso: "2026-11-23")!, SuppressedCount(20), SuppressedCount(30))], grain: .week)
        #expect(weekly.contains("<g><title>Week of 23 Nov 2026: 20 downloads, 30 advice clicks</title>"))
        let monthly = SVGBarChart.render(series: [(Day(iso: "2026-11-01")!, SuppressedCount(20), SuppressedCount(30))], grain: .month)
        #expect(monthly.contains("<g><title>Nov 2026: 20 downloads, 30 advice clicks</title>"))
        #expect(monthly.contains(">Nov 26</text>"))
    }

    @Test func overviewIsAccessibleAndBreakdownPagesShowEveryRow() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        for index in 0..<12 { try await fixture.clicks("link-\(index)", 10 + index) }
        try await fixture.app.test(.router) { client in
            let cookie = try await DashboardFixture.logIn(client)
            let page = try await client.execute(uri: "/dashboard?range=7d", method: .get, headers: [.cookie: cookie])
                .text
            #expect(page.contains("<main id=\"main\""))
            #expect(page.contains("<label for=\"from\">") && page.contains("<label for=\"to\">"))
            #expect(page.contains("class=\"skip\" href=\"#main\""))
            #expect(page.contains(":focus-visible"))
            #expect(page.contains("For the Police and Crime Panel"))
            #expect(page.contains("<h1 class=\"period-title\">Last 7 days</h1>"))
            #expect(page.contains("<title>21 Nov 2026 to 27 Nov 2026 - Kash Dash metrics</title>"))
            #expect(page.contains("<td>link-11</td><td class=\"n\">20</td>"))  // 21 -> 20
            #expect(!page.contains("<td>link-0</td>"))  // only the top ten on the overview
            #expect(page.contains("/dashboard/breakdown/link?range=7d"))
            let all = try await client.execute(
                uri: "/dashboard/breakdown/link?range=7d", method: .get, headers: [.cookie: cookie]
            ).text
            #expect(all.contains("<td>link-0</td><td class=\"n\">10</td>"))
            #expect(all.contains("Back to the overview"))
            #expect(all.contains("<h1 class=\"period-title\">Advice clicks by website: last 7 days</h1>"))
            #expect(all.contains("action=\"/dashboard/breakdown/link\""))  // the period form stays on this page
        }
    }
}
