import KashDashCore

/// The teacher's PIN pad (kiosk, Ctrl+Alt+Q with a PIN set): digits from the keyboard, the
/// keypad, or big buttons for mouse and touch; OK checks, Delete takes one digit back, and
/// "Back to the game" (or Escape on an empty pad) closes it. Three wrong PINs lock it for a
/// minute; left alone it closes by itself, so a child who found it is back in the game.
struct PinPadScreen: GameScreen {
    let returnTo: any GameScreen
    private(set) var digits = ""
    private(set) var outcome: Outcome?

    /// Closes by itself after this long without input.
    static let idleCloseTicks = 30 * Simulation.ticksPerSecond

    enum Outcome: Hashable {
        case tooShort, wrong, locked, accepted
    }

    enum Action: Hashable {
        case digit(Int)
        case delete
        case submit
        case close
    }

    init(returnTo: any GameScreen) { self.returnTo = returnTo }

    func id(in app: GameApp) -> ScreenID { .pinPad }

    // MARK: Layout

    static let keyOrigin = (x: 660.0, y: 84.0)
    static let keySize = (width: 150.0, height: 112.0)
    static let keyGap = 20.0
    static let fieldRect = Rect(x: 100, y: 262, width: 500, height: 96)
    static let messageRect = Rect(x: 100, y: 372, width: 500, height: 140)
    static let closeRect = Rect(x: 100, y: 540, width: 500, height: 96)

    static func keyRect(column: Int, row: Int) -> Rect {
        Rect(
            x: keyOrigin.x + Double(column) * (keySize.width + keyGap),
            y: keyOrigin.y + Double(row) * (keySize.height + keyGap), width: keySize.width, height: keySize.height)
    }

    func items(in app: GameApp) -> [MenuItem] {
        var items = (1...9).map { digit in
            MenuItem(
                action: .local(Action.digit(digit)), rect: Self.keyRect(column: (digit - 1) % 3, row: (digit - 1) / 3),
                label: String(digit))
        }
        items.append(
            MenuItem(
                action: .local(Action.delete), rect: Self.keyRect(column: 0, row: 3), label: app.text(.pinPadDelete)))
        items.append(MenuItem(action: .local(Action.digit(0)), rect: Self.keyRect(column: 1, row: 3), label: "0"))
        items.append(
            MenuItem(action: .local(Action.submit), rect: Self.keyRect(column: 2, row: 3), label: app.text(.pinPadOK)))
        items.append(MenuItem(action: .local(Action.close), rect: Self.closeRect, label: app.text(.pinPadClose)))
        return items
    }

    /// Typing digits then Enter is the usual way in, so Enter starts on OK.
    mutating func enter(in app: GameApp) -> Int { 11 }

    // MARK: Input

    func handle(_ action: PlayerAction, in app: GameApp) -> Bool {
        switch action {
        case .choice(let number) where (0...9).contains(number):
            replace(with: typing(number, in: app), in: app)
            return true
        case .back:
            // Escape or Backspace takes back a digit; on an empty pad it closes it.
            if digits.isEmpty { app.enter(returnTo) } else { replace(with: deleting(), in: app) }
            return true
        default:
            return false
        }
    }

    func perform(_ action: MenuAction, in app: GameApp) -> Navigation? {
        guard case .local(let local) = action, let action = local.base as? Action else { return nil }
        switch action {
        case .digit(let number): return .update(typing(number, in: app), focus: app.scanner.focus)
        case .delete: return .update(deleting(), focus: app.scanner.focus)
        case .close: return .show(returnTo)
        case .submit:
            var next = self
            next.digits = ""
            if (try? TeacherPin.checkFormat(digits)) == nil {
                next.outcome = app.teacherExitLock.isLocked(at: app.tick) ? .locked : .tooShort
            } else {
                next.outcome = app.submitTeacherPin(digits)
            }
            return .update(next, focus: app.scanner.focus)
        }
    }

    func back(in app: GameApp) -> Navigation { .show(returnTo) }

    mutating func update(in app: GameApp) {
        app.teacherExitLock.expire(at: app.tick)
        if outcome == .locked, !app.teacherExitLock.isLocked(at: app.tick) { outcome = nil }
        if app.idleTicks >= Self.idleCloseTicks { app.enter(returnTo) }
    }

    private func typing(_ number: Int, in app: GameApp) -> PinPadScreen {
        var next = self
        guard !app.teacherExitLock.isLocked(at: app.tick) else {
            next.outcome = .locked
            return next
        }
        if digits.count < TeacherPin.allowedLengths.upperBound { next.digits += String(number) }
        if outcome != .locked { next.outcome = nil }
        return next
    }

    private func deleting() -> PinPadScreen {
        var next = self
        if !next.digits.isEmpty { next.digits.removeLast() }
        return next
    }

    private func replace(with next: PinPadScreen, in app: GameApp) {
        app.apply(.update(next, focus: app.scanner.focus))
    }

    // MARK: Drawing

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {
        painter.scenery(scroll: 0)
        painter.dim()
        painter.panel(Rect(x: 60, y: 40, width: 1160, height: 640))
        let palette = painter.palette
        painter.text(
            app.text(.pinPadTitle), in: Rect(x: 100, y: 70, width: 500, height: 76), size: 52, color: palette.title,
            bold: true, scales: false)
        painter.text(
            app.text(.pinPadInstructions), in: Rect(x: 100, y: 150, width: 500, height: 100), size: 30,
            color: palette.text)
        drawField(&painter)
        if let message = message(in: app) {
            painter.text(
                message, in: Self.messageRect, size: 28, color: outcome == .locked ? palette.tryAgain : palette.text,
                bold: true)
        }
        for (index, item) in items(in: app).enumerated() {
            // Digits are big; the worded keys (in any language) smaller.
            let isDigit =
                if case .local(let local) = item.action, case .digit? = local.base as? Action { true } else { false }
            painter.button(item, focused: index == app.scanner.focus, size: isDigit ? 48 : 30)
        }
    }

    /// One box per possible digit; typed ones show a dot, never the digit.
    private func drawField(_ painter: inout Painter) {
        let field = Self.fieldRect
        painter.list.fillRect(field, .white, cornerRadius: 18)
        painter.list.strokeRect(field, painter.palette.outline, lineWidth: 3, cornerRadius: 18)
        let slots = TeacherPin.allowedLengths.upperBound
        let slotWidth = (field.width - 40) / Double(slots)
        for slot in 0..<slots {
            let center = (x: field.x + 20 + slotWidth * (Double(slot) + 0.5), y: field.midY)
            if slot < digits.count {
                painter.list.fillRect(
                    Rect(x: center.x - 14, y: center.y - 14, width: 28, height: 28), painter.palette.text, cornerRadius: 14)
            } else {
                painter.list.fillRect(
                    Rect(x: center.x - 14, y: center.y + 16, width: 28, height: 5), painter.palette.mutedText,
                    cornerRadius: 2)
            }
        }
    }

    /// What the pad says, calmly; nothing that helps a guesser beyond the wait.
    func message(in app: GameApp) -> String? {
        switch outcome {
        case .tooShort:
            app.text(
                .pinPadTooShort,
                [
                    "fewest": "\(TeacherPin.allowedLengths.lowerBound)",
                    "most": "\(TeacherPin.allowedLengths.upperBound)",
                ])
        case .wrong: app.text(.pinPadWrong)
        case .locked: app.text(.pinPadLocked, ["seconds": "\(app.teacherExitLock.secondsLeft(at: app.tick))"])
        case .accepted: app.text(.pinPadGoodbye)
        case nil: nil
        }
    }
}
