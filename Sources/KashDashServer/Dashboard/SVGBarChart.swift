import KashDashContract
import KashDashMetrics

/// Draws the downloads and advice-clicks series as inline SVG on the server: no scripts, no
/// external fonts, nothing fetched. The two series differ by pattern as well as colour
/// (striped and solid), and each bucket has a `<title>` so a screen reader or a hover gives
/// its values. Values are the 10-5 suppressed counts: "<10" draws as an empty bar.
enum SVGBarChart {
    static let width = 960.0, height = 270.0
    static let left = 64.0, right = 8.0, top = 14.0, bottom = 34.0

    /// `notes`: staff notes, each drawn as a numbered flag over its bucket (the number
    /// matches the list under the chart, so the mark needs no colour to be read).
    static func render(
        series: [(bucket: Day, downloads: SuppressedCount, clicks: SuppressedCount)], grain: ReportRange.Grain,
        notes: [(bucket: Day, number: Int, text: String)] = []
    ) -> String {
        let (step, peak) = scale(series.map { max($0.downloads.chartValue, $0.clicks.chartValue) }.max() ?? 0)
        let plotHeight = height - top - bottom
        let slot = (width - left - right) / Double(max(series.count, 1))
        let bar = max(1, min(slot * 0.38, 28))
        // Inline SVG in HTML needs no xmlns (and so names no external URL).
        var svg = """
            <svg viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-labelledby="chart-title" class="chart" preserveAspectRatio="xMidYMid meet">
            <title id="chart-title">Downloads and advice clicks per \(grain.rawValue), \(series.first.map { $0.bucket.iso } ?? "") to \(series.last.map { $0.bucket.iso } ?? "")</title>
            <defs><pattern id="stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#cfe0f3"/><rect width="3" height="6" fill="#1d5fa8"/></pattern></defs>

            """
        var tick = 0
        while tick <= peak {
            let y = top + plotHeight - plotHeight * Double(tick) / Double(peak)
            svg +=
                "<line x1=\"\(fmt(left))\" y1=\"\(fmt(y))\" x2=\"\(fmt(width - right))\" y2=\"\(fmt(y))\" class=\"\(tick == 0 ? "baseline" : "grid")\"/>"
            svg +=
                "<text x=\"\(fmt(left - 8))\" y=\"\(fmt(y + 4))\" text-anchor=\"end\" class=\"axis\">\(DashboardReport.grouped(tick))</text>\n"
            tick += step
        }
        let labelEvery = max(1, Int((Double(series.count) / 12).rounded(.up)))
        for (index, point) in series.enumerated() {
            let x = left + slot * Double(index) + (slot - 2 * bar) / 2
            let (downloads, clicks) = (point.downloads, point.clicks)
            svg +=
                "<g><title>\(label(point.bucket, grain, long: true)): \(HTMLPage.escape(downloads.description)) downloads, \(HTMLPage.escape(clicks.description)) advice clicks</title>"
            for (offset, value, fill) in [(0.0, downloads, "url(#stripes)"), (bar, clicks, "#a84f00")] {
                let h = plotHeight * Double(value.chartValue) / Double(peak)
                guard h > 0 else { continue }
                svg +=
                    "<rect x=\"\(fmt(x + offset))\" y=\"\(fmt(top + plotHeight - h))\" width=\"\(fmt(bar))\" height=\"\(fmt(h))\" fill=\"\(fill)\"/>"
            }
            svg += "</g>\n"
            if index % labelEvery == 0 {
                svg +=
                    "<text x=\"\(fmt(x + bar))\" y=\"\(fmt(height - bottom + 18))\" text-anchor=\"middle\" class=\"axis\">\(label(point.bucket, grain, long: false))</text>\n"
            }
        }
        for note in notes {
            guard let index = series.firstIndex(where: { $0.bucket == note.bucket }) else { continue }
            let x = left + slot * (Double(index) + 0.5)
            svg +=
                "<g class=\"note\"><title>Note \(note.number), \(label(note.bucket, grain, long: true)): \(HTMLPage.escape(note.text))</title>"
                + "<line x1=\"\(fmt(x))\" y1=\"\(fmt(top))\" x2=\"\(fmt(x))\" y2=\"\(fmt(height - bottom))\" class=\"note-line\"/>"
                + "<circle cx=\"\(fmt(x))\" cy=\"\(fmt(top + 8))\" r=\"8\" class=\"note-flag\"/>"
                + "<text x=\"\(fmt(x))\" y=\"\(fmt(top + 12))\" text-anchor=\"middle\" class=\"note-number\">\(note.number)</text></g>\n"
        }
        svg += "</svg>"
        return svg
    }

    /// A tidy axis: a step of 1, 2 or 5 times a power of ten, four or five steps to the top.
    static func scale(_ largest: Int) -> (step: Int, peak: Int) {
        let target = max(largest, 10)
        var power = 1
        while power * 10 <= target / 4 { power *= 10 }
        let step = [1, 2, 5, 10].map { $0 * power }.first { $0 * 5 >= target } ?? power * 10
        return (step, (target + step - 1) / step * step)
    }

    private static func label(_ day: Day, _ grain: ReportRange.Grain, long: Bool) -> String {
        let months = DashboardReport.months
        let (y, m, d) = day.parts
        switch grain {
        case .month: return long ? "\(months[m - 1]) \(y)" : "\(months[m - 1]) \(String(y).suffix(2))"
        case .week: return long ? "Week of \(DashboardViews.Overview.words(day))" : "\(d) \(months[m - 1])"
        case .day: return long ? DashboardViews.Overview.words(day) : "\(d) \(months[m - 1])"
        }
    }

    private static func fmt(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
