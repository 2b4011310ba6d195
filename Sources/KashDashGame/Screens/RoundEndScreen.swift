import Foundation
import KashDashCore

/// Round end: the score counting up, the rank (with a celebration when it is a promotion),
/// the lesson in one sentence, the help box (a trusted adult, Childline, 999), and where to go next.
struct RoundEndScreen: GameScreen {
    var result: RoundResult

    func id(in app: GameApp) -> ScreenID { .roundEnd }

    func items(in app: GameApp) -> [MenuItem] {
        [
            MenuItem(
                action: .showAdviceLinks, rect: Rect(x: 70, y: 616, width: 360, height: 88),
                label: app.text(.roundEndAdviceLinks)),
            MenuItem(
                action: .playAgain, rect: Rect(x: 460, y: 616, width: 360, height: 88),
                label: app.text(.commonPlayAgain)),
            MenuItem(
                action: .showLevels, rect: Rect(x: 850, y: 616, width: 360, height: 88), label: app.text(.commonLevels)),
        ]
    }

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {
        painter.scenery(scroll: app.settings.reducedMotion ? 0 : Double(app.tick) * 0.5)
        let palette = painter.palette
        painter.title(result.headline(app.strings), y: 8, height: 84)
        let panel = Rect(x: 70, y: 100, width: 1140, height: 496)
        painter.panel(panel)

        // Rank badge on the left.
        let badge = Rect(x: panel.x + 40, y: panel.y + 36, width: 180, height: 180)
        let celebrating = result.promotion != nil
        if celebrating, !app.settings.reducedMotion {
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
            app.strings.rankTitle(result.rank), in: Rect(x: panel.x + 12, y: badge.maxY + 10, width: 240, height: 84),
            size: 30, minimum: 20, color: palette.title, bold: true)

        // Score and rank on the right.
        let column = Rect(x: panel.x + 280, y: panel.y + 28, width: panel.width - 320, height: 0)
        let shownScore =
            app.settings.reducedMotion || result.ticksShown >= GameApp.scoreCountTicks
            ? result.score : result.score * result.ticksShown / GameApp.scoreCountTicks
        painter.text(
            app.text(.roundEndScore, ["score": "\(shownScore)"]),
            in: Rect(x: column.x, y: column.y, width: 520, height: 72), size: 56,
            color: palette.text, bold: true, alignment: .leading, wraps: false, scales: false)
        if result.newBestScore, result.ticksShown >= GameApp.scoreCountTicks || app.settings.reducedMotion {
            let tag = Rect(x: column.x + 540, y: column.y + 10, width: 220, height: 54)
            painter.list.fillRect(tag, palette.buttonFill, cornerRadius: 27)
            painter.list.strokeRect(tag, palette.outline, lineWidth: 3, cornerRadius: 27)
            painter.text(
                app.text(.roundEndNewBest), in: tag, size: 28, color: palette.buttonText, bold: true, wraps: false,
                scales: false)
        }
        painter.fittedText(
            result.rankLine(app.strings), in: Rect(x: column.x, y: column.y + 80, width: column.width, height: 64),
            size: celebrating ? 40 : 30,
            minimum: 24, color: celebrating ? palette.good : palette.text, bold: true, alignment: .leading)
        if result.messages > 0 {
            painter.text(
                app.text(.roundEndSafeAnswers, ["right": "\(result.rightAnswers)", "total": "\(result.messages)"]),
                in: Rect(x: column.x, y: column.y + 148, width: column.width, height: 44), size: 30,
                color: palette.text, alignment: .leading, wraps: false)
        }

        // The lesson and the one rule that always applies.
        painter.fittedText(
            result.lesson, in: Rect(x: panel.x + 280, y: panel.y + 228, width: panel.width - 320, height: 140),
            size: 34, minimum: 26, color: palette.text, bold: true, alignment: .leading)
        // Whatever the round, the child leaves with a trusted adult, Childline and 999 on screen.
        painter.helpBox(
            Rect(x: panel.x + 40, y: panel.y + 376, width: panel.width - 80, height: 108), strings: app.strings)

        let items = items(in: app)
        for (index, item) in items.enumerated() { painter.button(item, focused: index == app.scanner.focus, size: 34) }
    }

    func perform(_ action: MenuAction, in app: GameApp) -> Navigation? {
        switch action {
        case .showAdviceLinks:
            for link in app.adviceLinks(result) {
                app.emit(.report(.linkShown(link: link.id, level: result.levelID)))
            }
            return .show(AdviceLinksScreen(result: result))
        case .playAgain:
            app.startLevel(at: result.levelIndex)
            return .stay
        default:
            return nil
        }
    }

    func back(in app: GameApp) -> Navigation {
        app.session = nil
        return .show(LevelSelectScreen())
    }

    func narration(in app: GameApp) -> String? { Narration.roundEnd(result, in: app.strings) }

    /// "Play again" first: the most likely wish; advice links are one step away.
    mutating func enter(in app: GameApp) -> Int { items(in: app).firstIndex { $0.action == .playAgain } ?? 0 }

    /// Counts the score up.
    mutating func update(in app: GameApp) { result.ticksShown += 1 }
}

extension RoundResult {
    /// The round end's title (drawn and spoken), in `strings`' language.
    func headline(_ strings: StringCatalogue) -> String {
        strings.text(finished ? .roundEndMissionComplete : .roundEndGoodTry)
    }

    /// Where the rank stands after this round (drawn and spoken), in `strings`' language.
    func rankLine(_ strings: StringCatalogue) -> String {
        if let promotion { return strings.text(.roundEndPromoted, ["rank": strings.rankTitle(promotion.to)]) }
        if let next = rank.next {
            return strings.text(
                .roundEndRankNext,
                [
                    "rank": strings.rankTitle(rank), "points": "\(next.minimumScore - score)",
                    "next": strings.rankTitle(next),
                ])
        }
        return strings.text(.roundEndRankTop, ["rank": strings.rankTitle(rank)])
    }
}

extension GameApp {
    /// Ticks the score takes to count up.
    static let scoreCountTicks = 90
}
