/// Pick a dog: three portraits with names and a line about each.
struct CharacterSelectScreen: GameScreen {
    func id(in app: GameApp) -> ScreenID { .characterSelect }

    func items(in app: GameApp) -> [MenuItem] {
        var items = Dog.allCases.enumerated().map { index, dog in
            MenuItem(action: .pickDog(dog), rect: GameApp.dogCardRect(index), label: dog.name)
        }
        items.append(
            MenuItem(action: .back, rect: Rect(x: 70, y: 620, width: 240, height: 80), label: app.text(.commonBack)))
        return items
    }

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {
        painter.scenery(scroll: app.settings.reducedMotion ? 0 : Double(app.tick))
        painter.title(app.text(.characterSelectTitle))
        let items = items(in: app)
        let palette = painter.palette
        for (index, dog) in Dog.allCases.enumerated() {
            let card = items[index].rect
            let focused = app.scanner.focus == index
            painter.panel(card)
            if focused {
                painter.list.strokeRect(card.insetBy(-8), palette.focusRing, lineWidth: 8, cornerRadius: 28)
                painter.list.fillRect(
                    Rect(x: card.midX - 60, y: card.maxY + 10, width: 120, height: 12), palette.focusRing,
                    cornerRadius: 6)
            }
            let lift = focused && !app.settings.reducedMotion ? GameApp.wave(tick: app.tick, period: 60) * 4 : 0
            painter.list.sprite(
                dog.portraitSprite, Rect(x: card.midX - 110, y: card.y + 20 + lift, width: 220, height: 220))
            painter.text(
                dog.name, in: Rect(x: card.x + 16, y: card.y + 244, width: card.width - 32, height: 60), size: 48,
                color: palette.title, bold: true, wraps: false, scales: false)
            painter.fittedText(
                dog.personality(in: app.strings),
                in: Rect(x: card.x + 22, y: card.y + 310, width: card.width - 44, height: 150),
                size: 28, minimum: 24, color: palette.text, vertical: .top)
        }
        painter.button(items[3], focused: app.scanner.focus == 3)
        painter.hint(app.text(.characterSelectHint), y: 636, x: 350, width: 860)
    }

    func perform(_ action: MenuAction, in app: GameApp) -> Navigation? { nil }  // picking a dog is app-wide

    func back(in app: GameApp) -> Navigation { .show(TitleScreen()) }

    /// The highlight starts on the dog chosen last time.
    mutating func enter(in app: GameApp) -> Int { Dog.allCases.firstIndex(of: app.progress.dog) ?? 0 }
}

extension GameApp {
    static func dogCardRect(_ index: Int) -> Rect {
        Rect(x: 70 + Double(index) * 390, y: 120, width: 360, height: 470)
    }
}
