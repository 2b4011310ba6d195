import KashDashContract

/// Choose a language, before the dog select: each language named in its own language and
/// script (no flags: a flag is a country, and Urdu is not Pakistan's alone), in a column a
/// child can scan with one switch. The highlight starts on the language chosen last time,
/// so one press goes on. A draft translation says so, quietly, for the grown-up watching.
struct LanguageSelectScreen: GameScreen {
    private enum Action: Hashable { case pick(Language) }

    func id(in app: GameApp) -> ScreenID { .languageSelect }

    func items(in app: GameApp) -> [MenuItem] {
        let languages = app.content.translations.offered
        var items = languages.enumerated().map { index, language in
            MenuItem(
                action: .local(Action.pick(language)), rect: Self.cardRect(index, of: languages.count),
                label: language.nativeName, labelLanguage: language)
        }
        items.append(MenuItem(action: .back, rect: Rect(x: 70, y: 620, width: 240, height: 80), label: app.text(.commonBack)))
        return items
    }

    static func cardRect(_ index: Int, of count: Int) -> Rect {
        let height = count > 4 ? 80.0 : 100
        let gap = 16.0
        let top = 130 + (4 - Double(min(count, 4))) * (height + gap) / 2
        return Rect(x: 390, y: top + Double(index) * (height + gap), width: 500, height: height)
    }

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {
        painter.scenery(scroll: app.settings.reducedMotion ? 0 : Double(app.tick))
        painter.title(app.text(.languageTitle), y: 16, height: 90)
        let items = items(in: app)
        let palette = painter.palette
        for (index, item) in items.enumerated() {
            let focused = app.scanner.focus == index
            guard let language = item.labelLanguage else {
                painter.button(item, focused: focused)
                continue
            }
            painter.panel(item.rect)
            if focused { painter.list.strokeRect(item.rect.insetBy(-6), palette.focusRing, lineWidth: 8, cornerRadius: 24) }
            let draft = app.content.translations.isDraft(language)
            let nameBox = draft ? Rect(x: item.rect.x + 20, y: item.rect.y + 4, width: item.rect.width - 40, height: item.rect.height - 36)
                : item.rect.insetBy(8)
            painter.text(
                language.nativeName, in: nameBox, size: 44, color: palette.title, bold: true, wraps: false, scales: false,
                language: language)
            if draft {
                painter.text(
                    app.text(.languageDraftNote),
                    in: Rect(x: item.rect.x + 20, y: item.rect.maxY - 36, width: item.rect.width - 40, height: 30),
                    size: 20, color: palette.mutedText, wraps: false, scales: false)
            }
        }
        painter.hint(app.text(.languageHint), y: 636, x: 350, width: 860)
    }

    func perform(_ action: MenuAction, in app: GameApp) -> Navigation? {
        guard case .local(let local) = action, let pick = local.base as? Action, case .pick(let language) = pick else {
            return nil
        }
        app.setLanguage(language)
        return .show(CharacterSelectScreen())
    }

    func back(in app: GameApp) -> Navigation { .show(TitleScreen()) }

    mutating func enter(in app: GameApp) -> Int {
        app.content.translations.offered.firstIndex(of: app.language) ?? 0
    }
}

extension GameApp {
    /// Whether there is more than English to choose from (the picker is skipped otherwise).
    var offersLanguages: Bool { content.translations.offered.count > 1 }
}
