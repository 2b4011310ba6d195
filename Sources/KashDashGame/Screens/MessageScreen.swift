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
        painter.text(dog.name + " asks:", in: Rect(x: 20, y: 324, width: 282, height: 44), size: 28,
                     color: settings.highContrast ? .white : .white, bold: true, wraps: false, outline: palette.outline,
                     scales: false)
        let bubble = MessageLayout.bubble
        if settings.highContrast {
            painter.panel(bubble)
        } else {
            painter.list.nineSlice("speech", bubble)
        }
        painter.text(message.prompt, in: Rect(x: bubble.x + 44, y: bubble.y + 30, width: bubble.width - 88, height: bubble.height - 60),
                     size: 34, color: palette.text)
        let items = playItems()
        let ready = session.acceptsAnswers
        for (index, item) in items.enumerated() {
            var shown = item
            shown.enabled = true
            painter.button(shown, focused: ready && index == scanner.focus, badge: "\(index + 1)", alignment: .leading)
        }
        painter.hint(items.count == 3 ? "Press 1, 2 or 3 – or press SPACE on the highlighted answer"
                                      : "Press 1 or 2 – or press SPACE on the highlighted answer", y: 664)
    }

    func drawFeedback(_ painter: inout Painter, message: SafetyMessage, choice: Int) {
        painter.dim()
        let palette = painter.palette
        let panel = MessageLayout.feedbackPanel
        painter.panel(panel)
        let chosen = message.choices[choice]
        // The tick or the try-again cross is a shape, so the outcome never depends on colour alone.
        painter.list.sprite(chosen.isSafe ? "tick" : "cross", Rect(x: panel.x + 40, y: panel.y + 36, width: 96, height: 96))
        painter.text(chosen.isSafe ? "Well done! That's the safe choice." : "Good try – let's think again.",
                     in: Rect(x: panel.x + 160, y: panel.y + 36, width: panel.width - 200, height: 96), size: 44,
                     color: chosen.isSafe ? palette.good : palette.tryAgain, bold: true, alignment: .leading, scales: false)
        painter.text("You chose: " + chosen.text, in: Rect(x: panel.x + 48, y: panel.y + 150, width: panel.width - 96, height: 80),
                     size: 28, color: palette.mutedText, alignment: .leading)
        var feedbackTop = panel.y + 240
        painter.text(chosen.feedback, in: Rect(x: panel.x + 48, y: feedbackTop, width: panel.width - 96, height: 150),
                     size: 34, color: palette.text, bold: true, alignment: .leading, vertical: .top)
        feedbackTop += 160
        if !chosen.isSafe, let safe = message.choices.first(where: \.isSafe) {
            painter.text("The safe choice: " + safe.text, in: Rect(x: panel.x + 48, y: feedbackTop, width: panel.width - 96, height: 110),
                         size: 30, color: palette.good, alignment: .leading, vertical: .top)
        }
        let continueItem = MenuItem(action: .continueAfterFeedback, rect: MessageLayout.continueRect, label: "Continue")
        painter.button(continueItem, focused: session?.acceptsAnswers ?? true, size: 34)
    }
}
