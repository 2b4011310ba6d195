/// "Stop playing Kash Dash?" (desktop only); No goes back to where it was asked.
struct QuitConfirmScreen: GameScreen {
    let returnTo: any GameScreen

    func id(in app: GameApp) -> ScreenID { .quitConfirm }

    func items(in app: GameApp) -> [MenuItem] {
        [
            MenuItem(
                action: .cancelQuit, rect: Rect(x: 300, y: 420, width: 320, height: 92),
                label: app.text(.quitConfirmNo)),
            MenuItem(
                action: .confirmQuit, rect: Rect(x: 660, y: 420, width: 320, height: 92),
                label: app.text(.quitConfirmYes)),
        ]
    }

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {
        painter.scenery(scroll: 0)
        painter.dim()
        painter.panel(Rect(x: 240, y: 150, width: 800, height: 420))
        painter.text(
            app.text(.quitConfirmQuestion), in: Rect(x: 260, y: 190, width: 760, height: 80), size: 56,
            color: painter.palette.title, bold: true, scales: false)
        painter.text(
            app.text(.quitConfirmSaved), in: Rect(x: 280, y: 290, width: 720, height: 90), size: 32,
            color: painter.palette.text)
        for (index, item) in items(in: app).enumerated() {
            painter.button(item, focused: index == app.scanner.focus, size: 32)
        }
    }

    func perform(_ action: MenuAction, in app: GameApp) -> Navigation? {
        action == .cancelQuit ? .show(returnTo) : nil
    }

    func back(in app: GameApp) -> Navigation { .show(returnTo) }
}
