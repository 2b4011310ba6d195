/// Pause: resume, settings, quit to levels, over the frozen play field.
struct PauseScreen: GameScreen {
    func id(in app: GameApp) -> ScreenID { .pause }

    func items(in app: GameApp) -> [MenuItem] {
        [
            MenuItem(action: .resume, rect: Rect(x: 440, y: 250, width: 400, height: 92), label: "Keep playing"),
            MenuItem(action: .openSettings, rect: Rect(x: 440, y: 362, width: 400, height: 92), label: "Settings"),
            MenuItem(
                action: .quitToLevels, rect: Rect(x: 440, y: 474, width: 400, height: 92), label: "Back to levels"),
        ]
    }

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {
        if let session = app.session {
            app.drawWorld(&painter, session: session, alpha: 1, withDog: true)
        } else {
            painter.scenery(scroll: 0)
        }
        painter.dim()
        painter.panel(Rect(x: 360, y: 110, width: 560, height: 500))
        painter.text(
            "Paused", in: Rect(x: 360, y: 140, width: 560, height: 80), size: 60, color: painter.palette.title,
            bold: true, scales: false)
        for (index, item) in items(in: app).enumerated() {
            painter.button(item, focused: index == app.scanner.focus, size: 34)
        }
    }

    func perform(_ action: MenuAction, in app: GameApp) -> Navigation? {
        action == .resume ? .show(PlayScreen()) : nil
    }

    func back(in app: GameApp) -> Navigation { .show(PlayScreen()) }
}
