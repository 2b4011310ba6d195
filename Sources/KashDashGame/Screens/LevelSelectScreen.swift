import Foundation
import KashDashCore

/// Level select: cards with the title, lesson topic, difficulty dots, best score and rank,
/// and a lock on levels not yet open. Six cards a page. In a right-to-left language the page
/// is mirrored: the first card is top right, and each card's contents read from the right.
struct LevelSelectScreen: GameScreen {
    /// The page of cards showing.
    var page = 0

    func id(in app: GameApp) -> ScreenID { .levelSelect }

    func items(in app: GameApp) -> [MenuItem] {
        let page = min(page, app.levelPageCount - 1)
        let first = page * GameApp.cardsPerPage
        var items: [MenuItem] = []
        for index in first..<min(app.levels.count, first + GameApp.cardsPerPage) {
            items.append(
                MenuItem(
                    action: .pickLevel(index),
                    rect: GameApp.levelCardRect(slot: index - first, rightToLeft: app.language.isRightToLeft),
                    label: app.levels[index].title, enabled: app.isUnlocked(index)))
        }
        items.append(
            MenuItem(action: .back, rect: Rect(x: 50, y: 624, width: 220, height: 80), label: app.text(.commonBack)))
        if app.levelPageCount > 1 {
            let shownPage = min(page, app.levelPageCount - 1) + 1
            items.append(
                MenuItem(
                    action: .nextLevelPage, rect: Rect(x: 390, y: 624, width: 500, height: 80),
                    label: app.text(
                        .levelSelectMoreLevels, ["page": "\(shownPage)", "pages": "\(app.levelPageCount)"])))
        }
        items.append(
            MenuItem(
                action: .openSettings, rect: Rect(x: 1010, y: 624, width: 220, height: 80),
                label: app.text(.commonSettings)))
        return items
    }

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {
        painter.scenery(scroll: app.settings.reducedMotion ? 0 : Double(app.tick) * 0.5)
        painter.title(app.text(.levelSelectTitle), y: 16, height: 84)
        let palette = painter.palette
        let items = items(in: app)
        for (position, item) in items.enumerated() {
            guard case .pickLevel(let index) = item.action else {
                painter.button(item, focused: position == app.scanner.focus)
                continue
            }
            let level = app.levels[index]
            let card = item.rect
            // Inside a card, a right-to-left language reads from the right edge.
            func inCard(_ rect: Rect) -> Rect {
                guard app.language.isRightToLeft else { return rect }
                return Rect(x: card.x + card.maxX - rect.maxX, y: rect.y, width: rect.width, height: rect.height)
            }
            let focused = position == app.scanner.focus
            painter.panel(card)
            if focused {
                painter.list.strokeRect(card.insetBy(-7), palette.focusRing, lineWidth: 8, cornerRadius: 26)
            }
            let faded = item.enabled ? palette.text : palette.disabledText
            // Fitted: a long title (or its translation) at large text shrinks to two lines in the card.
            painter.fittedText(
                level.title, in: Rect(x: card.x + 20, y: card.y + 14, width: card.width - 40, height: 78), size: 32,
                minimum: 22, color: item.enabled ? palette.title : palette.disabledText, bold: true, alignment: .leading)
            painter.text(
                level.topicLabel ?? GameApp.topicWords(level.topic),
                in: Rect(x: card.x + 20, y: card.y + 92, width: card.width - 40, height: 40),
                size: 28, color: faded, alignment: .leading, wraps: false)
            drawDifficulty(&painter, level.difficulty, at: Point(x: card.x + 20, y: card.y + 142), color: faded, placed: inCard)
            if item.enabled {
                if let record = app.progress.levels[level.id], let best = record.bestScore {
                    painter.text(
                        app.text(.levelSelectBest, ["score": "\(best)"]),
                        in: inCard(Rect(x: card.x + 20, y: card.y + 170, width: 220, height: 44)), size: 28,
                        color: palette.text, bold: true, alignment: .leading, wraps: false)
                    let rank = Rank(rawValue: record.bestRank) ?? .cadet
                    painter.list.sprite(
                        "rank-\(rank.rawValue)", inCard(Rect(x: card.maxX - 92, y: card.y + 128, width: 80, height: 80)))
                    if record.finished {
                        painter.list.sprite("tick", inCard(Rect(x: card.maxX - 146, y: card.y + 160, width: 44, height: 44)))
                    }
                } else {
                    painter.text(
                        app.text(.levelSelectNew), in: inCard(Rect(x: card.x + 20, y: card.y + 170, width: 220, height: 44)),
                        size: 28, color: palette.good, bold: true, alignment: .leading, wraps: false)
                }
            } else {
                painter.list.sprite("lock", inCard(Rect(x: card.maxX - 76, y: card.y + 150, width: 56, height: 56)))
                painter.text(
                    app.text(.levelSelectLocked), in: inCard(Rect(x: card.x + 20, y: card.y + 170, width: 220, height: 44)),
                    size: 28, color: palette.disabledText, bold: true, alignment: .leading, wraps: false)
            }
        }
    }

    /// Difficulty 1-10 as five dots: filled circles for the level, hollow rings for the rest.
    /// `placed` mirrors each dot's place in a right-to-left card, so the dots fill from the right.
    private func drawDifficulty(
        _ painter: inout Painter, _ difficulty: Int, at origin: Point, color: Color, placed: (Rect) -> Rect
    ) {
        let filled = max(1, min(5, (difficulty + 1) / 2))
        for dot in 0..<5 {
            let rect = placed(Rect(x: origin.x + Double(dot) * 30, y: origin.y, width: 22, height: 22))
            if dot < filled {
                painter.list.fillRect(rect, color, cornerRadius: 11)
            } else {
                painter.list.strokeRect(rect, color, lineWidth: 3, cornerRadius: 11)
            }
        }
    }

    func perform(_ action: MenuAction, in app: GameApp) -> Navigation? {
        switch action {
        case .pickLevel(let index):
            app.startLevel(at: index)
            return .stay
        case .nextLevelPage:
            let next = LevelSelectScreen(page: (page + 1) % app.levelPageCount)
            return .update(next, focus: next.items(in: app).firstIndex(where: \.enabled) ?? 0)
        default:
            return nil
        }
    }

    func back(in app: GameApp) -> Navigation { .show(CharacterSelectScreen()) }

    /// Starts on the first open level not yet finished, so "press, press" plays on.
    mutating func enter(in app: GameApp) -> Int {
        let levels = app.levels
        let target = levels.indices.first { app.isUnlocked($0) && app.progress.levels[levels[$0].id]?.finished != true } ?? 0
        page = target / GameApp.cardsPerPage
        return items(in: app).firstIndex { $0.action == .pickLevel(target) } ?? 0
    }

    /// Up and down jump a whole row of cards; in a right-to-left page the left arrow goes on
    /// to the next card, which is to the left.
    func step(for action: PlayerAction, items: [MenuItem], in app: GameApp) -> Int {
        let forward = action == .down || action == (app.language.isRightToLeft ? .left : .right)
        let step = forward ? 1 : -1
        guard action == .up || action == .down else { return step }
        let cards = items.filter { if case .pickLevel = $0.action { true } else { false } }.count
        let focus = app.scanner.focus
        let target = focus + step * GameApp.cardsPerRow
        return focus < cards && (0..<cards).contains(target) ? step * GameApp.cardsPerRow : step
    }
}

extension GameApp {
    static let cardsPerPage = 6
    /// Cards side by side; up and down arrows move by a whole row.
    static let cardsPerRow = 3

    /// Slot 0 is top left, or top right in a right-to-left language.
    static func levelCardRect(slot: Int, rightToLeft: Bool = false) -> Rect {
        let column = rightToLeft ? cardsPerRow - 1 - slot % cardsPerRow : slot % cardsPerRow
        return Rect(x: 50 + Double(column) * 400, y: 118 + Double(slot / cardsPerRow) * 246, width: 380, height: 226)
    }

    var levelPageCount: Int { max(1, (levels.count + GameApp.cardsPerPage - 1) / GameApp.cardsPerPage) }

    /// "stranger-danger" → "Stranger danger".
    static func topicWords(_ topic: String) -> String {
        let words = topic.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
