/// The title: logo, the three dogs, "Press SPACE / tap to start", a quiet credit line.
/// In kiosk attract mode the bot plays a demo behind it.
struct TitleScreen: GameScreen {
    func id(in app: GameApp) -> ScreenID { .title }

    func items(in app: GameApp) -> [MenuItem] {
        let getHelp = app.text(.commonGetHelp)
        let settings = app.text(.commonSettings)
        var items = [
            MenuItem(action: .start, rect: Rect(x: 440, y: 424, width: 400, height: 96), label: app.text(.titlePlay))
        ]
        // Get help is one scan step from Play, on the desktop and the kiosk alike.
        if app.mode == .desktop {
            items.append(MenuItem(action: .getHelp, rect: Rect(x: 190, y: 540, width: 280, height: 76), label: getHelp))
            items.append(
                MenuItem(action: .openSettings, rect: Rect(x: 500, y: 540, width: 280, height: 76), label: settings))
            items.append(
                MenuItem(
                    action: .askQuit, rect: Rect(x: 810, y: 540, width: 280, height: 76), label: app.text(.titleQuit)))
        } else {
            items.append(MenuItem(action: .getHelp, rect: Rect(x: 330, y: 540, width: 300, height: 76), label: getHelp))
            items.append(
                MenuItem(action: .openSettings, rect: Rect(x: 650, y: 540, width: 300, height: 76), label: settings))
        }
        return items
    }

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {
        if app.attract, let session = app.session {
            app.drawWorld(&painter, session: session, alpha: alpha, withDog: true)
            painter.list.fillRect(.screen, Color(r: 255, g: 255, b: 255, a: app.settings.highContrast ? 255 : 60))
        } else {
            painter.scenery(scroll: app.settings.reducedMotion ? 0 : Double(app.tick) * 1.5)
        }
        if app.settings.highContrast {
            painter.title("Kash Dash", y: 60, height: 110)
        } else {
            painter.list.sprite("logo", Rect(x: 250, y: 16, width: 780, height: 225))
        }
        if !app.attract {
            for (index, dog) in Dog.allCases.enumerated() {
                let bob = app.settings.reducedMotion ? 0 : GameApp.wave(tick: app.tick + index * 23, period: 100) * 8
                let frame = app.settings.reducedMotion ? 1 : (app.tick / 6 + index) % 4
                painter.list.sprite(
                    SpriteCommand(
                        name: dog.flyingSprite, frame: frame, frameCount: 4,
                        dest: Rect(x: 250 + Double(index) * 300, y: 250 + bob, width: 180, height: 144)))
            }
        }
        let items = items(in: app)
        for (index, item) in items.enumerated() {
            painter.button(item, focused: index == app.scanner.focus, size: index == 0 ? 44 : 32)
        }
        painter.hint(app.text(app.attract ? .titlePressAnyButton : .titlePressToStart), y: 630)
        painter.text(
            app.text(.titleCredit),
            in: Rect(x: 40, y: 686, width: 1200, height: 30), size: 20,
            color: app.settings.highContrast ? .black : .white, wraps: false,
            outline: painter.palette.outline, scales: false)
    }

    func perform(_ action: MenuAction, in app: GameApp) -> Navigation? { nil }

    /// A desktop asks before quitting; a kiosk's title is as far back as a child can go.
    func back(in app: GameApp) -> Navigation {
        app.mode == .desktop ? .show(QuitConfirmScreen(returnTo: self)) : .stay
    }

    /// A tap anywhere but on a button starts, like the Play button.
    func handle(_ action: PlayerAction, in app: GameApp) -> Bool {
        guard case .pointerDown(let x, let y) = action else { return false }
        let point = Point(x: x, y: y)
        if items(in: app).contains(where: { $0.rect.insetBy(-6).contains(point) }) { return false }
        app.activate(MenuItem(action: .start, rect: .screen, label: app.text(.titlePlay)))
        return true
    }
}
