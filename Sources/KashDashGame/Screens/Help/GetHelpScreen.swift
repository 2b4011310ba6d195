/// "Get help", one button away on the title and pause screens: who to tell, Childline,
/// 999, and what CEOP is for. Back returns to the screen it came from.
struct GetHelpScreen: GameScreen {
    let returnTo: any GameScreen

    func id(in app: GameApp) -> ScreenID { .getHelp }

    func items(in app: GameApp) -> [MenuItem] {
        [MenuItem(action: .back, rect: Rect(x: 440, y: 610, width: 400, height: 88), label: app.text(.commonBack))]
    }

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {
        painter.scenery(scroll: 0)
        painter.title(app.text(.commonGetHelp), y: 10, height: 80)
        let panel = Rect(x: 90, y: 100, width: 1100, height: 490)
        painter.panel(panel)
        painter.fittedText(
            app.text(.helpNotInTrouble),
            in: Rect(x: panel.x + 40, y: panel.y + 24, width: panel.width - 80, height: 72), size: 36, minimum: 22,
            color: painter.palette.title, bold: true)
        painter.helpBox(
            Rect(x: panel.x + 40, y: panel.y + 100, width: panel.width - 80, height: 220), strings: app.strings,
            portrait: app.dog.portraitSprite)
        painter.fittedText(
            HelpLines.ceop(app.strings),
            in: Rect(x: panel.x + 40, y: panel.y + 340, width: panel.width - 80, height: 120),
            size: 30, minimum: 22, color: painter.palette.text, alignment: .leading)
        for (index, item) in items(in: app).enumerated() {
            painter.button(item, focused: index == app.scanner.focus, size: 34)
        }
    }

    func perform(_ action: MenuAction, in app: GameApp) -> Navigation? { nil }

    func back(in app: GameApp) -> Navigation { .show(returnTo) }
}
