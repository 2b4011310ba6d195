/// Pause (resume, settings, quit to levels) and the quit question.
extension GameApp {
    func pauseItems() -> [MenuItem] {
        [
            MenuItem(action: .resume, rect: Rect(x: 440, y: 250, width: 400, height: 92), label: "Keep playing"),
            MenuItem(action: .openSettings, rect: Rect(x: 440, y: 362, width: 400, height: 92), label: "Settings"),
            MenuItem(
                action: .quitToLevels, rect: Rect(x: 440, y: 474, width: 400, height: 92), label: "Back to levels"),
        ]
    }

    func drawPause(_ painter: inout Painter) {
        if let session {
            drawWorld(&painter, session: session, alpha: 1, withDog: true)
        } else {
            painter.scenery(scroll: 0)
        }
        painter.dim()
        painter.panel(Rect(x: 360, y: 110, width: 560, height: 500))
        painter.text(
            "Paused", in: Rect(x: 360, y: 140, width: 560, height: 80), size: 60, color: painter.palette.title,
            bold: true, scales: false)
        for (index, item) in pauseItems().enumerated() {
            painter.button(item, focused: index == scanner.focus, size: 34)
        }
    }

    func quitItems() -> [MenuItem] {
        [
            MenuItem(
                action: .cancelQuit, rect: Rect(x: 300, y: 420, width: 320, height: 92), label: "No, keep playing"),
            MenuItem(action: .confirmQuit, rect: Rect(x: 660, y: 420, width: 320, height: 92), label: "Yes, stop"),
        ]
    }

    func drawQuitConfirm(_ painter: inout Painter) {
        painter.scenery(scroll: 0)
        painter.dim()
        painter.panel(Rect(x: 240, y: 150, width: 800, height: 420))
        painter.text(
            "Stop playing Kash Dash?", in: Rect(x: 260, y: 190, width: 760, height: 80), size: 56,
            color: painter.palette.title, bold: true, scales: false)
        painter.text(
            "Your best scores and ranks are saved.", in: Rect(x: 280, y: 290, width: 720, height: 90), size: 32,
            color: painter.palette.text)
        for (index, item) in quitItems().enumerated() {
            painter.button(item, focused: index == scanner.focus, size: 32)
        }
    }

    func drawNotice(_ painter: inout Painter, _ text: String) {
        let box = Rect(x: 160, y: 96, width: 960, height: 100)
        painter.list.fillRect(box, .white, cornerRadius: 24)
        painter.list.strokeRect(box, painter.palette.outline, lineWidth: 4, cornerRadius: 24)
        painter.text(text, in: box.insetBy(14), size: 30, color: painter.palette.text, bold: true)
    }
}
