import Foundation
import Testing

@testable import KashDashGame

/// The settings screen says when the font it offers is not installed, instead of quietly
/// drawing another one.
@Suite struct FontAvailabilityTests {
    private func settingsText(dyslexiaFont: Bool, missing: Set<FontFamily>) -> [String] {
        var settings = GameSettings()
        settings.dyslexiaFont = dyslexiaFont
        let app = GameApp.scenario(.settings, settings: settings)
        app.fontAvailability = FontAvailability(missing: missing)
        return app.drawnText
    }

    @Test func missingDyslexiaFontIsNamedBesideTheOption() {
        let texts = settingsText(dyslexiaFont: true, missing: [.openDyslexic])
        #expect(texts.contains("Font: Dyslexia-friendly (not installed)"))
    }

    @Test func installedFontsShowThePlainLabel() {
        let texts = settingsText(dyslexiaFont: true, missing: [])
        #expect(texts.contains("Font: Dyslexia-friendly"))
        #expect(!texts.contains { $0.contains("not installed") })
    }

    @Test func aMissingFontThatIsNotChosenIsNotFlagged() {
        let texts = settingsText(dyslexiaFont: false, missing: [.openDyslexic])
        #expect(texts.contains("Font: Andika"))
    }

    /// Urdu is always set in Nastaliq, so the row names it rather than a font not in use.
    @Test func inUrduTheRowNamesNastaliq() {
        var settings = GameSettings()
        settings.language = .urdu
        let app = GameApp.scenario(.settings, settings: settings)
        app.fontAvailability = FontAvailability(missing: [])
        #expect(app.settingLabel(.font).contains("Noto Nastaliq Urdu"))
        #expect(!app.settingLabel(.font).contains("Andika"))
    }

    @Test func theHintNamesThePackageWhenTheFontOptionIsFocused() {
        var settings = GameSettings()
        settings.dyslexiaFont = true
        let app = GameApp.scenario(.settings, settings: settings)
        app.fontAvailability = FontAvailability(missing: [.openDyslexic])
        let fontIndex = SettingKey.allCases.firstIndex(of: .font)!
        app.scanner.focus = fontIndex
        #expect(app.drawnText.contains { $0.contains("fonts-opendyslexic") })
    }
}
