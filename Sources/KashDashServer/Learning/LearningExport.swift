import KashDashMetrics

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// CSV and JSON exports of the learning page: the same suppressed figures, the sentence and
/// the caveats, so a figure never travels without its warnings.
enum LearningExport {
    static func csv(_ report: LearningReport) -> String {
        var lines = [
            "lesson,question,first_safe_rate,first_low_95,first_high_95,first_answers,again_safe_rate,again_low_95,again_high_95,again_answers,reflections"
        ]
        func rate(_ rate: LearningRate) -> [String] {
            [
                rate.rate.map(fraction) ?? "suppressed", rate.interval.map { fraction($0.low) } ?? "",
                rate.interval.map { fraction($0.high) } ?? "", rate.answers.description,
            ]
        }
        for (lesson, messages) in report.lessons {
            for row in [lesson] + messages {
                let fields = [row.level, row.message ?? "(all questions)"] + rate(row.first) + rate(row.again) + [row.reflections.description]
                lines.append(fields.map(ReportExport.field).joined(separator: ","))
            }
        }
        let overall = ["(all lessons)", "(all questions)"] + rate(report.overall.first) + rate(report.overall.again) + [""]
        lines.append(overall.map(ReportExport.field).joined(separator: ","))
        lines.append("")
        lines.append(["from", report.range.days.first.iso].joined(separator: ","))
        lines.append(["to", report.range.days.last.iso].joined(separator: ","))
        lines.append(["sentence", ReportExport.field(report.panelSentence)].joined(separator: ","))
        for caveat in LearningReport.caveats { lines.append(["caveat", ReportExport.field(caveat)].joined(separator: ",")) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A share as a fraction to three places ("0.823"): exact enough, no false precision.
    static func fraction(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let text = String(thousandths)
        return thousandths >= 1000 ? "1.000" : "0." + String(repeating: "0", count: 3 - text.count) + text
    }

    struct JSONReport: Encodable {
        struct Rate: Encodable {
            /// `nil` when suppressed.
            let safeRate: String?
            let low95: String?
            let high95: String?
            let answers: String
            let suppressed: Bool
        }
        struct Row: Encodable {
            let lesson: String
            let question: String?
            let firstMeeting: Rate
            let metAgain: Rate
            let reflections: String
        }
        let from: String
        let to: String
        let sentence: String
        let caveats: [String]
        let overall: Row
        let rows: [Row]
    }

    static func json(_ report: LearningReport) throws -> [UInt8] {
        func rate(_ rate: LearningRate) -> JSONReport.Rate {
            .init(
                safeRate: rate.rate.map(fraction), low95: rate.interval.map { fraction($0.low) },
                high95: rate.interval.map { fraction($0.high) }, answers: rate.answers.description,
                suppressed: rate.isSuppressed)
        }
        func row(_ row: LearningReport.Row) -> JSONReport.Row {
            .init(lesson: row.level, question: row.message, firstMeeting: rate(row.first), metAgain: rate(row.again),
                  reflections: row.reflections.description)
        }
        let body = JSONReport(
            from: report.range.days.first.iso, to: report.range.days.last.iso, sentence: report.panelSentence,
            caveats: LearningReport.caveats,
            overall: .init(lesson: "(all lessons)", question: nil, firstMeeting: rate(report.overall.first),
                           metAgain: rate(report.overall.again), reflections: ""),
            rows: report.lessons.flatMap { lesson, messages in [row(lesson)] + messages.map(row) })
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return Array(try encoder.encode(body))
    }
}
