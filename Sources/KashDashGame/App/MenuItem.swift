import KashDashContract

/// Something a button does when picked.
enum MenuAction: Hashable {
    case start
    case openSettings
    case askQuit
    case confirmQuit
    case cancelQuit
    case pickDog(Dog)
    case pickLevel(Int)
    case back
    case answer(Int)
    case continueAfterFeedback
    case showAdviceLinks
    case playAgain
    case showLevels
    case openLink(Int)
    case adjust(SettingKey)
    case resume
    case openPause
    case nextLevelPage
    /// Flap (the hovering dog's "button").
    case fly
    case quitToLevels
    /// The Get help screen (Childline, 999, a trusted adult), from the title and pause screens.
    case getHelp
    /// Read the screen aloud again (the "Hear it" button on a message and its feedback).
    case readAgain
    /// A button only one screen has, in that screen's own action type (a `Hashable` enum in
    /// the screen's file), so a new screen needs no case here.
    case local(AnyHashable)
}

/// A pickable thing on screen: a button, a card, a settings row.
struct MenuItem {
    var action: MenuAction
    var rect: Rect
    var label: String
    /// Locked levels are shown but cannot be picked, and scanning skips them.
    var enabled: Bool = true
    /// The language the label is in when it is not the game's (a language's own name on the
    /// picker): read aloud in that language's voice.
    var labelLanguage: Language? = nil
}

/// The settings a row on the settings screen changes.
enum SettingKey: CaseIterable, Hashable {
    case volume, mute, readAloud, speed, practice, reducedMotion, highContrast, textSize, font, scanSpeed
}
