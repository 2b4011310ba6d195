/// Pause: resume, get help, settings, quit to levels, over the frozen play field.
struct PauseScreen: GameScreen {
    func id(in app: GameApp) -> ScreenID { .pause }

    func items(in app: GameApp) -> [MenuItem] {
        [
            MenuItem(
                action: .resume, rect: Rect(x: 440, y: 206, width: 400, height: 86), label: app.text(.pauseKeepPlaying)),
            MenuItem(
                action: .getHelp, rect: Rect(x: 440, y: 306, width: 400, height: 86), label: app.text(.commonGetHelp)),
            MenuItem(
                action: .openSettings, rect: Rect(x: 440, y: 406, width: 400, height: 86),
                label: app.text(.commonSettings)),
            MenuItem(
                action: .quitToLevels, rect: Rect(x: 440, y: 506, width: 400, height: 86),
                label: app.text(.pauseBackToLevels)),
        ]
    }

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {
        if let session = app.session {
            app.drawWorld(&painter, session: session, alpha: 1, withDog: true)
        } else {
            painter.scenery(scroll: 0)
        }
        painter.dim()
        painter.panel(Rect(x: 360, y: 80, width: 560, height: 550))
        painter.text(
            app.text(.pauseTitle), in: Rect(x: 360, y: 100, width: 560, height: 80), size: 60,
            color: painter.palette.title, bold: true, scales: false)
        for (index, item) in items(in: app).enumerated() {
            painter.button(item, focused: index == app.scanner.focus, size: 34)
        }
    }

    func perform(_ action: MenuAction, in app: GameApp) -> Navigation? {
        action == .resume ? .show(PlayScreen()) : nil
    }

    func back(in app: GameApp) -> Navigation { .show(PlayScreen()) }
}
