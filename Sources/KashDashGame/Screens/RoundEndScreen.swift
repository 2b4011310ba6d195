import Foundation
import KashDashCore

/// Round end: the score counting up, the rank (with a celebration when it is a promotion),
/// the lesson in one sentence, "tell a trusted adult", and where to go next.
extension GameApp {
    func roundEndItems() -> [MenuItem] {
        [
            MenuItem(
                action: .showAdviceLinks, rect: Rect(x: 70, y: 616, width: 360, height: 88), label: "Advice links"),
            MenuItem(action: .playAgain, rect: Rect(x: 460, y: 616, width: 360, height: 88), label: "Play again"),
            MenuItem(action: .showLevels, rect: Rect(x: 850, y: 616, width: 360, height: 88), label: "Levels"),
        ]
    }

    /// Ticks the score takes to count up.
    static let scoreCountTicks = 90

    func drawRoundEnd(_ painter: inout Painter, result: RoundResult) {
        painter.scenery(scroll: settings.reducedMotion ? 0 : Double(tick) * 0.5)
        let palette = painter.palette
        painter.title(result.finished ? "Mission complete!" : "Good try!", y: 8, height: 84)
        let panel = Rect(x: 70, y: 100, width: 1140, height: 496)
        painter.panel(panel)

        // Rank badge on the left.
        let badge = Rect(x: panel.x + 40, y: panel.y + 36, width: 180, height: 180)
        let celebrating = result.promotion != nil
        if celebrating, !settings.reducedMotion {
            for ray in 0..<8 {
                let angle = Double(ray) / 8 * 2 * .pi + Double(result.ticksShown) / 90
                let x = badge.midX + cos(angle) * 118 - 16
                let y = badge.midY + sin(angle) * 118 - 16
                painter.list.sprite("star-small", Rect(x: x, y: y, width: 32, height: 32))
            }
        } else if celebrating {
            for ray in 0..<4 {
                painter.list.sprite(
                    "star-small",
                    Rect(
                        x: badge.x - 20 + Double(ray % 2) * 188, y: badge.y - 12 + Double(ray / 2) * 176, width: 32,
                        height: 32))
            }
        }
        painter.list.sprite("rank-\(result.rank.rawValue)", badge)
        painter.fittedText(
            result.rank.title, in: Rect(x: panel.x + 12, y: badge.maxY + 10, width: 240, height: 84), size: 30,
            minimum: 20, color: palette.title, bold: true)

        // Score and rank on the right.
        let column = Rect(x: panel.x + 280, y: panel.y + 28, width: panel.width - 320, height: 0)
        let shownScore =
            settings.reducedMotion || result.ticksShown >= GameApp.scoreCountTicks
            ? result.score : result.score * result.ticksShown / GameApp.scoreCountTicks
        painter.text(
            "Score: \(shownScore)", in: Rect(x: column.x, y: column.y, width: 520, height: 72), size: 56,
            color: palette.text, bold: true, alignment: .leading, wraps: false, scales: false)
        if result.newBestScore, result.ticksShown >= GameApp.scoreCountTicks || settings.reducedMotion {
            let tag = Rect(x: column.x + 540, y: column.y + 10, width: 220, height: 54)
            painter.list.fillRect(tag, palette.buttonFill, cornerRadius: 27)
            painter.list.strokeRect(tag, palette.outline, lineWidth: 3, cornerRadius: 27)
            painter.text(
                "New best!", in: tag, size: 28, color: palette.buttonText, bold: true, wraps: false, scales: false)
        }
        let rankLine: String
        if let promotion = result.promotion {
            rankLine = "Promoted to \(promotion.to.title)!"
        } else if let next = result.rank.next {
            rankLine = "Rank: \(result.rank.title). \(next.minimumScore - result.score) more points to \(next.title)."
        } else {
            rankLine = "Rank: \(result.rank.title) – the top job!"
        }
        painter.fittedText(
            rankLine, in: Rect(x: column.x, y: column.y + 80, width: column.width, height: 64),
            size: celebrating ? 40 : 30,
            minimum: 24, color: celebrating ? palette.good : palette.text, bold: true, alignment: .leading)
        if result.messages > 0 {
            painter.text(
                "Safe answers: \(result.rightAnswers) of \(result.messages)",
                in: Rect(x: column.x, y: column.y + 148, width: column.width, height: 44), size: 30,
                color: palette.text, alignment: .leading, wraps: false)
        }

        // The lesson and the one rule that always applies.
        painter.fittedText(
            result.lesson, in: Rect(x: panel.x + 280, y: panel.y + 232, width: panel.width - 320, height: 140),
            size: 34, minimum: 26, color: palette.text, bold: true, alignment: .leading)
        let remember = Rect(x: panel.x + 40, y: panel.y + 384, width: panel.width - 80, height: 80)
        painter.list.fillRect(remember, settings.highContrast ? .white : Color(hex: 0xE3F1FF), cornerRadius: 20)
        painter.list.strokeRect(remember, palette.police, lineWidth: 3, cornerRadius: 20)
        painter.fittedText(
            "Remember: you can always tell a trusted adult.", in: remember.insetBy(10), size: 34,
            minimum: 26, color: palette.text, bold: true)

        let items = roundEndItems()
        for (index, item) in items.enumerated() { painter.button(item, focused: index == scanner.focus, size: 34) }
    }
}
