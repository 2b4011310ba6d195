/// Settings: one button per setting; pressing it steps to the next value (so one switch can
/// change everything), left and right arrows step down and up.
struct SettingsScreen: GameScreen {
    /// Settings go back to where they were opened from.
    let returnTo: any GameScreen

    func id(in app: GameApp) -> ScreenID { .settings }

    func items(in app: GameApp) -> [MenuItem] {
        var items = SettingKey.allCases.enumerated().map { index, key in
            MenuItem(action: .adjust(key), rect: GameApp.settingRect(index), label: app.settingLabel(key))
        }
        items.append(
            MenuItem(
                action: .back, rect: GameApp.settingRect(SettingKey.allCases.count), label: app.text(.settingsDone)))
        return items
    }

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {
        painter.scenery(scroll: 0)
        painter.title(app.text(.commonSettings), y: 14, height: 84)
        let items = items(in: app)
        for (index, item) in items.enumerated() { painter.button(item, focused: index == app.scanner.focus, size: 30) }
        let explanation = settingExplanation(items[safe: app.scanner.focus]?.action, in: app)
        painter.hint(
            explanation.map { app.text(.settingsPressToChange, ["explanation": $0]) }
                ?? app.text(.settingsPressToGoBack), y: 640, x: 60, width: 1160)
    }

    private func settingExplanation(_ action: MenuAction?, in app: GameApp) -> String? {
        guard case .adjust(let key) = action else { return nil }
        return switch key {
        case .volume: app.text(.settingsVolumeHelp)
        case .mute: app.text(.settingsSoundHelp)
        case .readAloud:
            // Why speech is missing comes from the speech backend, in English for a grown-up.
            app.speechUnavailable.map { app.text(.settingsReadAloudUnavailable, ["reason": $0]) }
                ?? app.text(.settingsReadAloudHelp)
        case .speed: app.text(.settingsSpeedHelp)
        case .practice: app.text(.settingsPracticeHelp)
        case .reducedMotion: app.text(.settingsLessMotionHelp)
        case .highContrast: app.text(.settingsHighContrastHelp)
        case .textSize: app.text(.settingsTextSizeHelp)
        case .font:
            app.fontAvailability.isInstalled(app.settings.fontFamily)
                ? app.text(.settingsFontHelp)
                : app.text(
                    .settingsFontMissingHelp,
                    ["package": FontAvailability.debianPackage(of: app.settings.fontFamily)])
        case .scanSpeed: app.text(.settingsScanningHelp)
        }
    }

    func perform(_ action: MenuAction, in app: GameApp) -> Navigation? { nil }  // adjusting is app-wide

    func back(in app: GameApp) -> Navigation { .show(returnTo) }

    /// Left and right step the highlighted setting down and up.
    func handle(_ action: PlayerAction, in app: GameApp) -> Bool {
        guard action == .left || action == .right, let item = items(in: app)[safe: app.scanner.focus],
            case .adjust(let key) = item.action
        else { return false }
        app.adjust(key, by: action == .right ? 1 : -1)
        return true
    }
}

/// Changing settings: shared by the settings screen and the app-wide `adjust` action.
extension GameApp {
    static func settingRect(_ index: Int) -> Rect {
        // Two columns of six: ten settings and Done, above the explanation line.
        Rect(x: 80 + Double(index / 6) * 580, y: 112 + Double(index % 6) * 86, width: 540, height: 76)
    }

    func settingLabel(_ key: SettingKey) -> String {
        let s = settings
        func onOff(_ key: UIString, _ value: Bool) -> String {
            text(key, ["value": text(value ? .commonOn : .commonOff)])
        }
        return switch key {
        case .volume: text(.settingsVolume, ["percent": "\(s.volume)"])
        case .mute: onOff(.settingsSound, !s.muted)
        case .readAloud: onOff(.settingsReadAloud, s.readAloud)
        case .speed: text(.settingsSpeed, ["percent": "\(s.speedPercent)"])
        case .practice: onOff(.settingsPractice, s.practice)
        case .reducedMotion: onOff(.settingsLessMotion, s.reducedMotion)
        case .highContrast: onOff(.settingsHighContrast, s.highContrast)
        case .textSize: text(.settingsTextSize, ["value": text(s.largeText ? .settingsTextLarge : .settingsTextNormal)])
        case .font:
            // A font's name is the same in every language. Urdu is always set in Nastaliq
            // (the dyslexia font has no Urdu letters), so the row names the font in use.
            text(
                fontAvailability.isInstalled(s.fontFamily) ? .settingsFont : .settingsFontNotInstalled,
                ["font": s.fontFamily == .nastaliq ? "Noto Nastaliq Urdu" : s.dyslexiaFont ? text(.settingsFontDyslexia) : "Andika"])
        case .scanSpeed:
            s.scanTenths == 0
                ? onOff(.settingsScanning, false)
                : text(.settingsScanningEvery, ["seconds": GameApp.seconds(tenths: s.scanTenths, in: strings)])
        }
    }

    /// "2.5 s": a scanning delay in tenths of a second, in `strings`' language.
    static func seconds(tenths: Int, in strings: StringCatalogue) -> String {
        let number = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
        return strings.text(.settingsSeconds, ["seconds": number])
    }

    /// Steps a setting up (`direction` 1) or down (-1) and saves.
    func adjust(_ key: SettingKey, by direction: Int) {
        var s = settings
        func step<T: Equatable>(_ value: T, in options: [T]) -> T {
            let index = options.firstIndex(of: value) ?? 0
            return options[(index + direction + options.count) % options.count]
        }
        switch key {
        case .volume: s.volume = step((s.volume / 20) * 20, in: [0, 20, 40, 60, 80, 100])
        case .mute: s.muted.toggle()
        case .readAloud: s.readAloud.toggle()
        case .speed: s.speedPercent = step(s.speedPercent, in: [100, 80, 60])
        case .practice: s.practice.toggle()
        case .reducedMotion: s.reducedMotion.toggle()
        case .highContrast: s.highContrast.toggle()
        case .textSize: s.largeText.toggle()
        case .font: s.dyslexiaFont.toggle()
        case .scanSpeed:
            // Pressing the switch never turns scanning off (that would strand a one-switch
            // player); only the left arrow, which needs a second button, reaches "Off".
            let presets = direction > 0 ? GameSettings.scanPresets.filter { $0 > 0 } : GameSettings.scanPresets
            s.scanTenths = step(s.scanTenths, in: presets)
        }
        progress.settings = s.validated()
        emit(.sound(.click))
        save()
    }
}
