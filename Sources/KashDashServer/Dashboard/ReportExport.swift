import KashDashMetrics

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// CSV and JSON exports of a report. Headline totals are exact; every breakdown and
/// time-series count is 10-5 suppressed, as on the page.
enum ReportExport {
    static func csv(_ report: DashboardReport) -> String {
        var lines = ["section,key,value"]
        func row(_ section: String, _ key: String, _ value: String) { lines.append([section, key, value].map(field).joined(separator: ",")) }
        row("range", "from", report.range.days.first.iso)
        row("range", "to", report.range.days.last.iso)
        row("headline", "downloads", String(report.totals.downloads))
        row("headline", "advice_clicks", String(report.totals.adviceClicks))
        row("headline", "clicks_per_download", DashboardReport.ratio(report.totals.adviceClicks, report.totals.downloads))
        row("headline", "previous_period_downloads", String(report.previous.downloads))
        row("headline", "previous_period_advice_clicks", String(report.previous.adviceClicks))
        for point in report.series {
            row("\(report.range.grain.rawValue)_downloads", point.bucket.iso, point.downloads.description)
            row("\(report.range.grain.rawValue)_advice_clicks", point.bucket.iso, point.clicks.description)
        }
        for breakdown in report.breakdowns {
            for entry in breakdown.rows { row(breakdown.dimension.rawValue, entry.key, entry.count.description) }
        }
        for language in report.languages.exported {
            for figure in language.figures { row("language_\(figure.id)", language.tag, figure.value) }
        }
        for note in report.notes { row("note", note.day.iso, note.text) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes a CSV field, and defuses spreadsheet formulas (a leading = + - @).
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Int(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    struct JSONReport: Encodable {
        struct Headline: Encodable {
            let downloads: Int
            let adviceClicks: Int
            let clicksPerDownload: String
            let previousDownloads: Int
            let previousAdviceClicks: Int
        }
        struct Point: Encodable {
            let start: String
            let downloads: String
            let adviceClicks: String
        }
        let from: String
        let to: String
        let grain: String
        let sentence: String
        let headline: Headline
        let series: [Point]
        let breakdowns: [String: [String: String]]
        /// Language tag -> column id -> suppressed figure.
        let languages: [String: [String: String]]
        let notes: [Note]
        struct Note: Encodable {
            let day: String
            let text: String
        }
    }

    static func json(_ report: DashboardReport) throws -> [UInt8] {
        let body = JSONReport(
            from: report.range.days.first.iso, to: report.range.days.last.iso, grain: report.range.grain.rawValue,
            sentence: report.panelSentence,
            headline: .init(
                downloads: report.totals.downloads, adviceClicks: report.totals.adviceClicks,
                clicksPerDownload: DashboardReport.ratio(report.totals.adviceClicks, report.totals.downloads),
                previousDownloads: report.previous.downloads, previousAdviceClicks: report.previous.adviceClicks),
            series: report.series.map {
                .init(start: $0.bucket.iso, downloads: $0.downloads.description, adviceClicks: $0.clicks.description)
            },
            breakdowns: Dictionary(uniqueKeysWithValues: report.breakdowns.map { breakdown in
                (breakdown.dimension.rawValue, Dictionary(breakdown.rows.map { ($0.key, $0.count.description) }, uniquingKeysWith: { a, _ in a }))
            }),
            languages: Dictionary(uniqueKeysWithValues: report.languages.exported.map { language in
                (language.tag, Dictionary(uniqueKeysWithValues: language.figures.map { ($0.id, $0.value) }))
            }),
            notes: report.notes.map { .init(day: $0.day.iso, text: $0.text) })
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return Array(try encoder.encode(body))
    }
}
