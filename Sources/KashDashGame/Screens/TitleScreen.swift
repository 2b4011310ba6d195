/// The title: logo, the three dogs, "Press SPACE / tap to start", a quiet credit line.
/// In kiosk attract mode the bot plays a demo behind it.
extension GameApp {
    func titleItems() -> [MenuItem] {
        var items = [MenuItem(action: .start, rect: Rect(x: 440, y: 424, width: 400, height: 96), label: "Play")]
        if mode == .desktop {
            items.append(
                MenuItem(action: .openSettings, rect: Rect(x: 320, y: 540, width: 300, height: 76), label: "Settings"))
            items.append(MenuItem(action: .askQuit, rect: Rect(x: 660, y: 540, width: 300, height: 76), label: "Quit"))
        } else {
            items.append(
                MenuItem(action: .openSettings, rect: Rect(x: 490, y: 540, width: 300, height: 76), label: "Settings"))
        }
        return items
    }

    func drawTitle(_ painter: inout Painter, alpha: Double) {
        if attract, let session {
            drawWorld(&painter, session: session, alpha: alpha, withDog: true)
            painter.list.fillRect(.screen, Color(r: 255, g: 255, b: 255, a: settings.highContrast ? 255 : 60))
        } else {
            painter.scenery(scroll: settings.reducedMotion ? 0 : Double(tick) * 1.5)
        }
        if settings.highContrast {
            painter.title("Kash Dash", y: 60, height: 110)
        } else {
            painter.list.sprite("logo", Rect(x: 250, y: 16, width: 780, height: 225))
        }
        if !attract {
            for (index, dog) in Dog.allCases.enumerated() {
                let bob = settings.reducedMotion ? 0 : GameApp.wave(tick: tick + index * 23, period: 100) * 8
                let frame = settings.reducedMotion ? 1 : (tick / 6 + index) % 4
                painter.list.sprite(
                    SpriteCommand(
                        name: dog.flyingSprite, frame: frame, frameCount: 4,
                        dest: Rect(x: 250 + Double(index) * 300, y: 250 + bob, width: 180, height: 144)))
            }
        }
        let items = titleItems()
        for (index, item) in items.enumerated() {
            painter.button(item, focused: index == scanner.focus, size: index == 0 ? 44 : 32)
        }
        painter.hint(attract ? "Press any button to play!" : "Press SPACE or tap to start", y: 630)
        painter.text(
            "Inspired by the Staffordshire police dogs Kash, Emma and Jasper · Stay safe online",
            in: Rect(x: 40, y: 686, width: 1200, height: 30), size: 20,
            color: settings.highContrast ? .black : .white, wraps: false,
            outline: painter.palette.outline, scales: false)
    }
}
