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
        items.append(MenuItem(action: .back, rect: GameApp.settingRect(SettingKey.allCases.count), label: "Done"))
        return items
    }

    func draw(_ painter: inout Painter, in app: GameApp, alpha: Double) {
        painter.scenery(scroll: 0)
        painter.title("Settings", y: 14, height: 84)
        let items = items(in: app)
        for (index, item) in items.enumerated() { painter.button(item, focused: index == app.scanner.focus, size: 30) }
        let explanation = settingExplanation(items[safe: app.scanner.focus]?.action, in: app)
        painter.hint(
            explanation.map { $0 + " Press SPACE to change it." } ?? "Press SPACE to go back.", y: 640, x: 60,
            width: 1160)
    }

    private func settingExplanation(_ action: MenuAction?, in app: GameApp) -> String? {
        guard case .adjust(let key) = action else { return nil }
        return switch key {
        case .volume: "How loud the sounds are."
        case .mute: "Turn all sounds on or off."
        case .readAloud:
            app.speechUnavailable.map { "Read the words out loud. " + $0 } ?? "Read the words out loud. Press R to hear them again."
        case .speed: "Slower speeds give you more time. Levels stay just as fair."
        case .practice: "In practice mode you cannot lose: crashes cost nothing."
        case .reducedMotion: "Stops tilting, bobbing and wobbling."
        case .highContrast: "Dark text on white, with no pictures behind words."
        case .textSize: "Makes the words bigger."
        case .font:
            app.fontAvailability.isInstalled(app.settings.fontFamily)
                ? "A font that some people with dyslexia find easier to read."
                : "Not on this computer (\(FontAvailability.debianPackage(of: app.settings.fontFamily))); another font is used."
        case .scanSpeed: "With one button: how long the highlight waits on each choice."
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
        func onOff(_ value: Bool) -> String { value ? "On" : "Off" }
        return switch key {
        case .volume: "Volume: \(s.volume) %"
        case .mute: "Sound: \(onOff(!s.muted))"
        case .readAloud: "Read aloud: \(onOff(s.readAloud))"
        case .speed: "Speed: \(s.speedPercent) %"
        case .practice: "Practice mode: \(onOff(s.practice))"
        case .reducedMotion: "Less motion: \(onOff(s.reducedMotion))"
        case .highContrast: "High contrast: \(onOff(s.highContrast))"
        case .textSize: "Text size: \(s.largeText ? "Large" : "Normal")"
        case .font:
            "Font: \(s.dyslexiaFont ? "Dyslexia-friendly" : "Andika")"
                + (fontAvailability.isInstalled(s.fontFamily) ? "" : " (not installed)")
        case .scanSpeed:
            s.scanTenths == 0 ? "Scanning: Off" : "Scanning: every \(GameApp.seconds(tenths: s.scanTenths))"
        }
    }

    static func seconds(tenths: Int) -> String {
        tenths % 10 == 0 ? "\(tenths / 10) s" : "\(tenths / 10).\(tenths % 10) s"
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
