import KashDashContract
import KashDashCore

/// Everything the player (or a teacher, through the kiosk config) can change. Saved with progress.
public struct GameSettings: Hashable, Sendable, Codable {
    /// 0 ... 100.
    public var volume: Int = 80
    public var muted: Bool = false
    /// Read messages, choices, feedback, lessons and the highlighted item aloud.
    public var readAloud: Bool = false
    /// 60, 80 or 100 (% of full speed).
    public var speedPercent: Int = 100
    /// Crashes cost nothing and the run cannot be lost.
    public var practice: Bool = false
    /// No tilting, bobbing, wobbling or celebration bursts.
    public var reducedMotion: Bool = false
    /// Dark text on white panels and no art behind text.
    public var highContrast: Bool = false
    public var largeText: Bool = false
    /// Use OpenDyslexic instead of Andika.
    public var dyslexiaFont: Bool = false
    /// How long the one-switch highlight stays on each item, in tenths of a second; 0 turns scanning off.
    public var scanTenths: Int = 25
    /// The language of every word shown and read aloud.
    public var language: Language = .english

    public init() {}

    /// Settings the simulation sees (part of every replay).
    public var runSettings: RunSettings { RunSettings(speedPercent: speedPercent, practice: practice) }

    /// What the backend should play sounds at: 0 (silent) ... 1.
    public var effectiveVolume: Double { muted ? 0 : Double(max(0, min(100, volume))) / 100 }

    public var fontFamily: FontFamily { fontFamily(for: language) }

    /// Urdu is always set in Nastaliq (OpenDyslexic has no Urdu letters).
    public func fontFamily(for language: Language) -> FontFamily {
        language == .urdu ? .nastaliq : dyslexiaFont ? .openDyslexic : .andika
    }

    /// Multiplies body text sizes.
    public var textScale: Double { largeText ? 1.2 : 1 }

    /// The scan presets offered on the settings screen, in tenths of a second.
    public static let scanPresets = [0, 15, 25, 40]

    /// Clamps values read from a file written by hand or by an older version.
    public func validated() -> GameSettings {
        var copy = self
        copy.volume = max(0, min(100, volume))
        if !RunSettings.speedPresets.contains(speedPercent) { copy.speedPercent = 100 }
        if scanTenths != 0 { copy.scanTenths = max(10, min(100, scanTenths)) }
        return copy
    }

    // Decoding tolerates missing keys, so an older file keeps its other settings.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = GameSettings()
        volume = try container.decodeIfPresent(Int.self, forKey: .volume) ?? defaults.volume
        muted = try container.decodeIfPresent(Bool.self, forKey: .muted) ?? defaults.muted
        readAloud = try container.decodeIfPresent(Bool.self, forKey: .readAloud) ?? defaults.readAloud
        speedPercent = try container.decodeIfPresent(Int.self, forKey: .speedPercent) ?? defaults.speedPercent
        practice = try container.decodeIfPresent(Bool.self, forKey: .practice) ?? defaults.practice
        reducedMotion = try container.decodeIfPresent(Bool.self, forKey: .reducedMotion) ?? defaults.reducedMotion
        highContrast = try container.decodeIfPresent(Bool.self, forKey: .highContrast) ?? defaults.highContrast
        largeText = try container.decodeIfPresent(Bool.self, forKey: .largeText) ?? defaults.largeText
        dyslexiaFont = try container.decodeIfPresent(Bool.self, forKey: .dyslexiaFont) ?? defaults.dyslexiaFont
        scanTenths = try container.decodeIfPresent(Int.self, forKey: .scanTenths) ?? defaults.scanTenths
        // An unknown language (a file from a newer version) keeps the other settings.
        language = (try? container.decodeIfPresent(Language.self, forKey: .language)) ?? defaults.language
        self = validated()
    }
}
