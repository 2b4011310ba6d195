import Foundation
import KashDashContract

/// A classroom kiosk's settings, from the teacher's `kiosk.json`: one JSON object with the
/// saved-settings keys (`volume`, `muted`, `readAloud`, `speedPercent`, `practice`, `reducedMotion`,
/// `highContrast`, `largeText`, `dyslexiaFont`, `scanTenths`, `language`: "en", "cy", "pl" or "ur",
/// the language every session starts in and the picker highlights first) and the kiosk's own:
///
/// - `idleSeconds`: seconds without input before the session resets (default 90);
/// - `server`: the content server's base URL (advice-link QR codes, the outbox, level updates);
/// - `levelsPublicKey`: base64 of the raw 32-byte Ed25519 key level updates are signed with;
/// - `teacherPin`: the exit PIN's salted hash (`kashdash kiosk set-pin` writes it).
///
/// Absent or null keys mean the default; keys this version does not know are left alone.
public struct KioskConfiguration: Hashable, Sendable {
    public var settings = KioskConfiguration.defaultSettings
    public var idleSeconds = 90
    /// e.g. "https://safety.example.org"; nil: no server.
    public var server: String?
    /// The raw 32-byte Ed25519 public key; nil: no level updates.
    public var levelsPublicKey: [UInt8]?
    /// nil: Ctrl+Alt+Q leaves at once.
    public var teacherPin: TeacherPin?

    /// Long enough for a child to read a message, short enough for a school day.
    public static let idleSecondsRange = 10...3600

    public init() {}

    /// A kiosk reads aloud unless its file says `"readAloud": false`: a classroom kiosk
    /// serves every child, including those who cannot read the words yet (schools give
    /// kiosks headphones; a quiet room turns it off in one line).
    public static var defaultSettings: GameSettings {
        var settings = GameSettings()
        settings.readAloud = true
        return settings
    }

    /// Reads a settings file's bytes; the error names the key and what was wrong with it.
    public init(json bytes: [UInt8]) throws(KioskConfigurationError) {
        let document: JSONValue
        do { document = try JSONReader.parse(bytes) } catch { throw .notJSON(error.description) }
        guard case .object(let members) = document else { throw .notAnObject }
        do {
            settings = try JSONDecoder().decode(GameSettings.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw .badSetting(Self.describe(error))
        } catch {
            throw .badSetting("\(error)")
        }
        let present = Dictionary(members.filter { $0.value != .null }.map { ($0.key, $0.value) }) { first, _ in first }
        if present["readAloud"] == nil { settings.readAloud = Self.defaultSettings.readAloud }
        if let value = present["idleSeconds"] {
            guard case .number(let text) = value, let seconds = Int(text), Self.idleSecondsRange.contains(seconds) else {
                throw .badValue(key: "idleSeconds", expected: "a whole number of seconds from 10 to 3600")
            }
            idleSeconds = seconds
        }
        if let value = present["server"] {
            guard let text = value.stringValue, Self.isServerAddress(text) else {
                throw .badValue(key: "server", expected: "an http:// or https:// address such as \"https://safety.example.org\"")
            }
            server = text
        }
        if let value = present["levelsPublicKey"] {
            guard let text = value.stringValue, let key = Data(base64Encoded: text), key.count == 32 else {
                throw .badValue(key: "levelsPublicKey", expected: "base64 of a 32-byte Ed25519 public key")
            }
            levelsPublicKey = Array(key)
        }
        if let value = present["teacherPin"] { teacherPin = try Self.teacherPin(from: value) }
    }

    /// The keys this version reads; others in a file are kept when it is rewritten.
    public static let knownKeys: Set<String> = [
        "volume", "muted", "readAloud", "speedPercent", "practice", "reducedMotion", "highContrast", "largeText", "dyslexiaFont",
        "scanTenths", "language", "idleSeconds", "server", "levelsPublicKey", "teacherPin",
    ]

    static func isServerAddress(_ text: String) -> Bool {
        guard text.hasPrefix("https://") || text.hasPrefix("http://"),
            let url = URL(string: text), let host = url.host, !host.isEmpty
        else { return false }
        return url.query == nil && url.fragment == nil
    }

    static func teacherPin(from value: JSONValue) throws(KioskConfigurationError) -> TeacherPin {
        let expected = #"{"algorithm": "pbkdf2-sha256", "iterations": N, "salt": "<base64>", "hash": "<base64>"}"#
        guard value["algorithm"]?.stringValue == TeacherPin.algorithm,
            case .number(let text)? = value["iterations"], let iterations = Int(text), iterations >= 1,
            let salt = value["salt"]?.stringValue.flatMap({ Data(base64Encoded: $0) }), !salt.isEmpty,
            let hash = value["hash"]?.stringValue.flatMap({ Data(base64Encoded: $0) }), hash.count >= 16
        else { throw .badValue(key: "teacherPin", expected: expected) }
        return TeacherPin(iterations: iterations, salt: Array(salt), hash: Array(hash))
    }

    /// "speedPercent: expected a number" rather than Foundation's paragraph.
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let key = context.codingPath.map(\.stringValue).joined(separator: ".")
            let what = type == Bool.self ? "true or false" : type == Int.self ? "a whole number" : "\(type)"
            return "\(key) must be \(what)"
        case .dataCorrupted(let context), .keyNotFound(_, let context):
            return context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}

extension TeacherPin {
    /// The object stored under `teacherPin`.
    var json: JSONValue {
        .object([
            ("algorithm", .string(Self.algorithm)),
            ("iterations", .number(String(iterations))),
            ("salt", .string(Data(salt).base64EncodedString())),
            ("hash", .string(Data(hash).base64EncodedString())),
        ])
    }
}

/// What is wrong with a kiosk settings file, in words a teacher can act on.
public enum KioskConfigurationError: Error, Equatable, CustomStringConvertible {
    case notJSON(String)
    case notAnObject
    case badSetting(String)
    case badValue(key: String, expected: String)

    public var description: String {
        switch self {
        case .notJSON(let reason): "not JSON (\(reason))"
        case .notAnObject: "not a JSON object ({ ... })"
        case .badSetting(let reason): reason
        case .badValue(let key, let expected): "\(key) must be \(expected)"
        }
    }
}
