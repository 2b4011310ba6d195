import KashDashCore

/// The safety message (play paused) and the feedback after a choice.
extension GameApp {
    func drawMessage(_ painter: inout Painter, session: PlaySession, message: SafetyMessage) {
        painter.dim()
        let palette = painter.palette
        if settings.highContrast {
            painter.list.fillRect(MessageLayout.portrait, .white, cornerRadius: 24)
        }
        painter.list.sprite(dog.portraitSprite, MessageLayout.portrait)
        painter.text(
            dog.name + " asks:", in: Rect(x: 20, y: 324, width: 282, height: 44), size: 28,
            color: .white, bold: true, wraps: false, outline: palette.outline,
            scales: false)
        let bubble = MessageLayout.bubble
        if settings.highContrast {
            painter.panel(bubble)
        } else {
            painter.list.nineSlice("speech", bubble)
        }
        painter.fittedText(
            message.prompt,
            in: Rect(x: bubble.x + 48, y: bubble.y + 28, width: bubble.width - 92, height: bubble.height - 56),
            size: 36, minimum: 28, color: palette.text)
        let items = PlayScreen().items(in: self)
        let ready = session.acceptsAnswers
        for (index, item) in items.enumerated() {
            var shown = item
            shown.enabled = true
            painter.button(shown, focused: ready && index == scanner.focus, badge: "\(index + 1)", alignment: .leading)
        }
        let numbers = (1...max(1, items.count)).map(String.init)
        let keys = numbers.count == 1 ? numbers[0] : numbers.dropLast().joined(separator: ", ") + " or " + numbers.last!
        painter.hint("Press \(keys) – or press SPACE on the highlighted answer", y: 664)
    }

    func drawFeedback(_ painter: inout Painter, message: SafetyMessage, choice: Int) {
        painter.dim()
        let palette = painter.palette
        let panel = MessageLayout.feedbackPanel
        painter.panel(panel)
        let chosen = message.choices[choice]
        // The tick or the try-again cross is a shape, so the outcome never depends on colour alone.
        painter.list.sprite(
            chosen.isSafe ? "tick" : "cross", Rect(x: panel.x + 40, y: panel.y + 36, width: 96, height: 96))
        painter.text(
            chosen.isSafe ? "Well done! That's the safe choice." : "Good try – let's think again.",
            in: Rect(x: panel.x + 160, y: panel.y + 36, width: panel.width - 200, height: 96), size: 44,
            color: chosen.isSafe ? palette.good : palette.tryAgain, bold: true, alignment: .leading, scales: false)
        painter.fittedText(
            "You chose: " + chosen.text,
            in: Rect(x: panel.x + 48, y: panel.y + 146, width: panel.width - 96, height: 56),
            size: 28, minimum: 24, color: palette.mutedText, alignment: .leading)
        painter.fittedText(
            chosen.feedback, in: Rect(x: panel.x + 48, y: panel.y + 214, width: panel.width - 96, height: 190),
            size: 36, minimum: 28, color: palette.text, bold: true, alignment: .leading, vertical: .top)
        if chosen.isSafe {
            painter.list.sprite(
                dog.portraitSprite, Rect(x: panel.maxX - 196, y: panel.maxY - 186, width: 170, height: 170))
        } else if let safe = message.choices.first(where: \.isSafe) {
            let box = Rect(x: panel.x + 40, y: panel.y + 414, width: panel.width - 80, height: 100)
            painter.list.fillRect(box, settings.highContrast ? .white : Color(hex: 0xE6F6EA), cornerRadius: 18)
            painter.list.strokeRect(box, palette.good, lineWidth: 3, cornerRadius: 18)
            painter.list.sprite("tick", Rect(x: box.x + 14, y: box.midY - 28, width: 56, height: 56))
            painter.fittedText(
                "The safe choice: " + safe.text,
                in: Rect(x: box.x + 84, y: box.y + 6, width: box.width - 100, height: box.height - 12),
                size: 30, minimum: 24, color: palette.text, bold: true, alignment: .leading)
        }
        let continueItem = MenuItem(action: .continueAfterFeedback, rect: MessageLayout.continueRect, label: "Continue")
        painter.button(continueItem, focused: session?.acceptsAnswers ?? true, size: 34)
    }
}
