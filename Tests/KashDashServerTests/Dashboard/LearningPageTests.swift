import Foundation
import Hummingbird
import HummingbirdTesting
import KashDashContract
import KashDashMetrics
import Testing

@testable import KashDashServer

/// The learning page: safe-answer rates on first and later meetings, with Wilson intervals
/// and the 10-5 rule, the panel sentence with its caveats, and the same figures exported.
@Suite struct LearningPageTests {
    static func answers(
        _ message: String, _ encounter: EncounterBucket, _ verdict: AnswerVerdict?, _ count: Int, level: String = "tell-an-adult"
    ) -> [MetricEvent] {
        Array(
            repeating: MetricEvent(
                kind: verdict.map(EventKind.aggregateKind(for:)) ?? .reflectionAnswered, day: TestServer.today, source: .kiosk,
                level: level, message: message, encounter: encounter),
            count: count)
    }

    /// friend-request: first 30 safe / 20 unsafe (60 %), again 45 safe / 10 unsafe (82 %);
    /// secret-message: too few to rate; one reflection question.
    static func recordSample(_ store: any MetricsStore) async throws {
        try await store.record(
            answers("friend-request", .first, .safe, 30) + answers("friend-request", .first, .unsafe, 20)
                + answers("friend-request", .second, .safe, 25) + answers("friend-request", .later, .safe, 20)
                + answers("friend-request", .later, .unsafe, 10)
                + answers("secret-message", .first, .safe, 6) + answers("secret-message", .first, .unsafe, 3)
                + answers("how-did-it-feel", .first, nil, 12))
    }

    @Test func wilsonIntervalsMatchPublishedValues() throws {
        // Newcombe (1998), table I: 81/263 -> 0.2553 to 0.3662; and 8/10 -> 0.4902 to 0.9433.
        let a = try #require(WilsonInterval(successes: 81, trials: 263))
        #expect(abs(a.low - 0.2553) < 0.0005 && abs(a.high - 0.3662) < 0.0005)
        let b = try #require(WilsonInterval(successes: 8, trials: 10))
        #expect(abs(b.low - 0.4902) < 0.0005 && abs(b.high - 0.9433) < 0.0005)
        let all = try #require(WilsonInterval(successes: 10, trials: 10))
        #expect(all.high > 0.9999 && all.low > 0.72 && all.low < 0.73)
        #expect(WilsonInterval(successes: 0, trials: 0) == nil)
    }

    @Test func aRateIsShownOnlyWhenNoCountBelowTenCanBeWorkedOut() {
        #expect(LearningRate(safe: 10, unsafe: 10).rateText == "50 %")
        #expect(LearningRate(safe: 40, unsafe: 9).isSuppressed)  // would reveal 9 unsafe answers
        #expect(LearningRate(safe: 9, unsafe: 40).isSuppressed)
        #expect(LearningRate(safe: 40, unsafe: 9).answers == .rounded(50))  // 49 -> 50
        #expect(LearningRate(safe: 3, unsafe: 2).answers == .belowTen)
        #expect(LearningRate(safe: 3, unsafe: 2).rateText == "–")
    }

    /// The published rate and interval depend only on the rounded counts, so two sets of
    /// exact counts that round alike publish alike, and differencing rows gains nothing.
    @Test func publishedFiguresDependOnlyOnRoundedCounts() {
        #expect(LearningRate(safe: 61, unsafe: 14) == LearningRate(safe: 62, unsafe: 13))
        #expect(LearningRate(safe: 36, unsafe: 23) == LearningRate(safe: 37, unsafe: 24))
        for safe in 10...60 {
            for unsafe in 10...60 {
                let published = LearningRate(safe: safe, unsafe: unsafe)
                let alike = (10...64).flatMap { s in (10...64).map { (s, $0) } }.filter { LearningRate(safe: $0.0, unsafe: $0.1) == published }
                #expect(alike.count >= 2, "\(safe)/\(unsafe) is pinned down by its published figures")
            }
        }
    }

    @Test func thePageShowsRatesIntervalsSuppressionAndTheCaveats() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await Self.recordSample(fixture.server.store)
        try await fixture.app.test(.live) { client in
            let anonymous = try await client.execute(uri: "/dashboard/learning", method: .get)
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers[.location] == "/login")
            let cookie = try await DashboardFixture.logIn(client)
            let page = try await client.execute(uri: "/dashboard/learning?range=7d", method: .get, headers: [.cookie: cookie])
            #expect(page.status == .ok)
            let html = page.text
            // friend-request: 60 % of 50 first time, 82 % of 55 (45/55) when met again.
            #expect(html.contains(#"<td class="message">friend-request</td><td class="n">60 %</td><td class="n">46–72 %</td><td class="n">50</td><td class="n">82 %</td><td class="n">70–90 %</td><td class="n">55</td>"#), "\(html)")
            // secret-message: 9 answers, too few: no rate, "<10".
            #expect(html.contains(#"<td class="message">secret-message</td><td class="n">–</td><td class="n"></td><td class="n">&lt;10</td>"#))
            // The reflection question is counted, never rated.
            #expect(html.contains(#"<td class="message">how-did-it-feel</td><td class="n">–</td><td class="n"></td><td class="n">&lt;10</td><td class="n">–</td><td class="n"></td><td class="n">&lt;10</td><td class="n">10</td>"#))
            // The lesson row: 36 safe and 23 unsafe first time, published as 35 and 25 (58 %,
            // not the exact 61 %, which with the questions' rows would reveal the 9 answers
            // of the suppressed secret-message); 45 and 10 again (82 %).
            #expect(html.contains(#"<th scope="row">tell-an-adult</th><td class="n">58 %</td>"#))
            #expect(html.contains("On first meeting a question children chose the safe answer in 58 % of answers; when they met it again, 82 %."))
            #expect(html.contains("This is not a trial"))
            #expect(html.contains("Children who play a level again may differ"))
            #expect(html.contains("/dashboard/learning/export.csv?range=7d"))
        }
    }

    @Test func exportsCarryTheSameFiguresAndAreAudited() async throws {
        let fixture = try await DashboardFixture()
        defer { fixture.server.cleanUp() }
        try await Self.recordSample(fixture.server.store)
        try await fixture.app.test(.router) { client in
            let cookie = try await DashboardFixture.logIn(client)
            let csv = try await client.execute(uri: "/dashboard/learning/export.csv?range=7d", method: .get, headers: [.cookie: cookie])
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentDisposition]?.contains("kashdash-learning-2026-11-21-to-2026-11-27.csv") == true)
            let lines = csv.text.components(separatedBy: "\r\n")
            #expect(lines.contains("tell-an-adult,friend-request,0.600,0.462,0.724,50,0.818,0.697,0.898,55,<10"))
            #expect(lines.contains("tell-an-adult,secret-message,suppressed,,,<10,suppressed,,,<10,<10"))
            #expect(lines.contains { $0.hasPrefix("caveat,\"This is not a trial") })
            let json = try await client.execute(uri: "/dashboard/learning/export.json?range=7d", method: .get, headers: [.cookie: cookie])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.body.readableBytesView)) as? [String: Any])
            let rows = try #require(object["rows"] as? [[String: Any]])
            let friend = try #require(rows.first { $0["question"] as? String == "friend-request" })
            let again = try #require(friend["met_again"] as? [String: Any])
            #expect(again["safe_rate"] as? String == "0.818")
            #expect(again["answers"] as? String == "55")
            let secret = try #require(rows.first { $0["question"] as? String == "secret-message" })
            #expect((secret["first_meeting"] as? [String: Any])?["suppressed"] as? Bool == true)
            #expect((object["caveats"] as? [String])?.count == LearningReport.caveats.count)
        }
        let audit = try await fixture.accounts.auditLog()
        #expect(audit.prefix(2).map(\.action) == ["export_learning_json", "export_learning_csv"])
        #expect(audit.first?.detail == "2026-11-21..2026-11-27")
    }
}
