import KashDashCore

/// Playing a level: the flying dog, and the message and feedback panels when the
/// simulation pauses for them. The run itself (`PlaySession`) is shared context in the app,
/// because the pause screen and the kiosk's title draw it too.
struct PlayScreen: GameScreen {
    func id(in app: GameApp) -> ScreenID {
        switch app.session?.phase {
        case .message: .message
        case .feedback: .feedback
        default: .play
        }
    }

    func items(in app: GameApp) -> [MenuItem] {
        guard let session = app.session else { return [] }
        switch session.phase {
        case .message(let index):
            let answers = MessageLayout.choiceRects(count: session.simulation.plan.messages[index].choices.count)
                .enumerated().map { choice, rect in
                    MenuItem(
                        action: .answer(choice), rect: rect,
                        label: session.simulation.plan.messages[index].choices[choice].text)
                }
            // "Hear it" comes after the answers, so number keys still pick answers 1, 2, 3.
            return answers + hearItButton(MessageLayout.hearItOnMessage, in: app)
        case .feedback:
            return [
                MenuItem(
                    action: .continueAfterFeedback, rect: MessageLayout.continueRect,
                    label: app.text(.feedbackContinue))
            ] + hearItButton(MessageLayout.hearItOnFeedback, in: app)
        case .ready:
            // Hovering: "fly" and "pause" take turns under the one-switch highlight.
            return [
                MenuItem(action: .fly, rect: GameApp.readyHintRect, label: app.text(.playFly)),
                MenuItem(action: .openPause, rect: GameApp.pauseButtonRect, label: app.text(.playPause)),
            ]
        case .flying:
            return [MenuItem(action: .openPause, rect: GameApp.pauseButtonRect, label: app.text(.playPause))]
        case .finished, .gameOver:
            return []
        }
    }

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) { app.drawPlay(&painter, alpha: alpha) }

    /// With read-aloud on, a button that reads the panel again (the R key does the same).
    private func hearItButton(_ rect: Rect, in app: GameApp) -> [MenuItem] {
        app.settings.readAloud ? [MenuItem(action: .readAgain, rect: rect, label: app.text(.messageHearIt))] : []
    }

    /// Input while flying or hovering; message choices, Continue and pausing fall through
    /// to the menu logic (`false`).
    func handle(_ action: PlayerAction, in app: GameApp) -> Bool {
        guard let session = app.session else { return false }
        switch session.phase {
        case .ready, .flying:
            switch action {
            case .primary:
                // While hovering, one-switch scanning may have moved the highlight to Pause.
                if session.phase == .ready, items(in: app)[safe: app.scanner.focus]?.action == .openPause {
                    app.emit(.sound(.click))
                    app.enter(PauseScreen())
                } else {
                    app.flap()
                }
                return true
            case .up:
                app.flap()
                return true
            case .pointerDown(let x, let y):
                if GameApp.pauseButtonRect.insetBy(-8).contains(Point(x: x, y: y)) {
                    app.emit(.sound(.click))
                    app.enter(PauseScreen())
                } else {
                    app.flap()
                }
                return true
            case .back: return false
            default: return true
            }
        case .message, .feedback:
            return false
        case .finished, .gameOver:
            return action != .back
        }
    }

    func perform(_ action: MenuAction, in app: GameApp) -> Navigation? {
        switch action {
        case .answer(let choice): app.answer(choice)
        case .continueAfterFeedback: app.continueAfterFeedback()
        case .fly: app.flap()
        case .openPause: return .show(PauseScreen())
        default: return nil
        }
        return .stay
    }

    func back(in app: GameApp) -> Navigation { .show(PauseScreen()) }

    func narration(in app: GameApp) -> String? {
        guard let session = app.session else { return nil }
        switch session.phase {
        case .message(let index):
            return Narration.message(session.simulation.plan.messages[index], askedBy: app.dog, in: app.strings)
        case .feedback(let index, let choice):
            return Narration.feedback(session.simulation.plan.messages[index], choice: choice, in: app.strings)
        // Flying: silence (what was being read stops when play goes on).
        default: return ""
        }
    }

    mutating func update(in app: GameApp) { app.updatePlay() }

    /// Too soon after a panel appeared, choices are ignored quietly (the child may still be flapping).
    func ignores(_ action: MenuAction, in app: GameApp) -> Bool {
        switch action {
        case .answer, .continueAfterFeedback: app.session?.acceptsAnswers != true
        default: false
        }
    }
}
