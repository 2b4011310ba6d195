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
            text(.messageAsks, ["dog": dog.name]), in: Rect(x: 20, y: 324, width: 282, height: 44), size: 28,
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
            let badge = if case .answer(let choice) = item.action { "\(choice + 1)" } else { "R" }
            painter.button(shown, focused: ready && index == scanner.focus, badge: badge, alignment: .leading)
        }
        let answers = items.filter { if case .answer = $0.action { true } else { false } }
        let numbers = (1...max(1, answers.count)).map(String.init)
        let keys =
            numbers.count == 1
            ? numbers[0]
            : text(.messageKeys, ["keys": numbers.dropLast().joined(separator: ", "), "last": numbers.last!])
        painter.hint(text(.messageHint, ["keys": keys]), y: 664)
    }

    func drawFeedback(_ painter: inout Painter, message: SafetyMessage, choice: Int) {
        painter.dim()
        let palette = painter.palette
        let panel = MessageLayout.feedbackPanel
        painter.panel(panel)
        let chosen = message.choices[choice]
        let reflection = message.kind == .reflection
        // The tick or the try-again cross is a shape, so the outcome never depends on colour alone;
        // a reflection gets a heart: every feeling is welcome, so there is nothing to mark.
        painter.list.sprite(
            reflection ? "pickup-heart" : chosen.isSafe ? "tick" : "cross",
            Rect(x: panel.x + 40, y: panel.y + 36, width: 96, height: 96))
        let headline = Narration.feedbackHeadline(message, chosen: chosen, in: strings)
        painter.fittedText(
            headline, in: Rect(x: panel.x + 160, y: panel.y + 36, width: panel.width - 200, height: 96), size: 44,
            minimum: 32, color: reflection || chosen.isSafe ? palette.good : palette.tryAgain, bold: true,
            alignment: .leading)
        painter.fittedText(
            text(.feedbackYouChose, ["choice": chosen.text]),
            in: Rect(x: panel.x + 48, y: panel.y + 146, width: panel.width - 96, height: 56),
            size: 28, minimum: 17, color: palette.mutedText, alignment: .leading)
        let safeChoices = message.safeChoices
        let learnsSafeChoices = !reflection && !chosen.isSafe && !safeChoices.isEmpty
        painter.fittedText(
            chosen.feedback,
            in: Rect(x: panel.x + 48, y: panel.y + 206, width: panel.width - 96, height: learnsSafeChoices ? 150 : 190),
            size: 36, minimum: 26, color: palette.text, bold: true, alignment: .leading, vertical: .top)
        if learnsSafeChoices {
            drawSafeChoices(&painter, safeChoices, in: Rect(x: panel.x + 40, y: panel.y + 364, width: panel.width - 80, height: 160))
        } else {
            painter.list.sprite(
                dog.portraitSprite, Rect(x: panel.maxX - 196, y: panel.maxY - 186, width: 170, height: 170))
        }
        let ready = session?.acceptsAnswers ?? true
        for (index, item) in PlayScreen().items(in: self).enumerated() {
            let isContinue = item.action == .continueAfterFeedback
            painter.button(item, focused: ready && index == scanner.focus, badge: isContinue ? nil : "R", size: 34)
        }
    }

    /// After an unsafe answer: every safe choice, each with why it is safe, so a child who
    /// picked wrong learns all the good options (e.g. "a teacher" as well as "a parent").
    private func drawSafeChoices(_ painter: inout Painter, _ choices: [Choice], in box: Rect) {
        let palette = painter.palette
        painter.list.fillRect(box, settings.highContrast ? .white : Color(hex: 0xE6F6EA), cornerRadius: 18)
        painter.list.strokeRect(box, palette.good, lineWidth: 3, cornerRadius: 18)
        let rowHeight = (box.height - 12) / Double(choices.count)
        for (index, safe) in choices.enumerated() {
            let row = Rect(x: box.x, y: box.y + 6 + Double(index) * rowHeight, width: box.width, height: rowHeight)
            let icon = min(52, rowHeight - 8)
            painter.list.sprite("tick", Rect(x: row.x + 14, y: row.midY - icon / 2, width: icon, height: icon))
            let label: UIString = choices.count == 1 ? .feedbackTheSafeChoice : .feedbackASafeChoice
            painter.fittedText(
                text(label, ["choice": safe.text + (safe.why.map { " – " + $0 } ?? "")]),
                in: Rect(x: row.x + 30 + icon, y: row.y + 2, width: row.width - 44 - icon, height: row.height - 4),
                size: 28, minimum: 20, color: palette.text, bold: true, alignment: .leading)
        }
    }
}
