import Foundation
import KashDashContract

/// The game's own words in one language: buttons, screens, ranks, the dogs, help lines.
///
/// English is built in (`UIString.english`), so a missing or broken file never leaves a box
/// blank; a translation replaces the strings it has and checks out (see `load`).
public struct StringCatalogue: Sendable {
    public let language: Language
    /// Whether a native speaker has reviewed it (`"status": "reviewed"` in its file).
    public let reviewed: Bool
    private let translated: [UIString: String]

    public static let english = StringCatalogue(language: .english, reviewed: true, translated: [:])

    init(language: Language, reviewed: Bool, translated: [UIString: String]) {
        self.language = language
        self.reviewed = reviewed
        self.translated = translated
    }

    /// The string for `key` in this language, or English if the translation lacks it.
    public func text(_ key: UIString) -> String { translated[key] ?? key.english }

    /// `key`'s string with each `{name}` replaced by its value.
    public func text(_ key: UIString, _ values: [String: String]) -> String {
        Self.fill(text(key), values)
    }

    public func isTranslated(_ key: UIString) -> Bool { language == .english || translated[key] != nil }

    /// The keys this language shows in English (none for English itself).
    public var untranslated: [UIString] { language == .english ? [] : UIString.allCases.filter { translated[$0] == nil } }

    static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = template
        for (name, value) in values { result = result.replacingOccurrences(of: "{\(name)}", with: value) }
        return result
    }

    /// The `{name}` placeholders in a string, in order.
    static func placeholders(in string: String) -> [String] {
        var names: [String] = []
        var rest = Substring(string)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Reads `Assets/strings/<lang>.json` (`file` names it in problems). Bad JSON gives one
    /// problem and English throughout; an unknown key, a missing string, an empty one or one
    /// whose `{placeholders}` differ from the English gives a problem naming the key, and
    /// English for that string.
    public static func load(
        json bytes: [UInt8], file: String, language: Language
    ) -> (catalogue: StringCatalogue, problems: [TranslationProblem]) {
        let document: JSONValue
        do { document = try JSONReader.parse(bytes) } catch {
            return (StringCatalogue(language: language, reviewed: false, translated: [:]),
                    [TranslationProblem(file: file, key: nil, reason: "not valid JSON (\(error)); English is used")])
        }
        var problems: [TranslationProblem] = []
        let header = TranslationHeader.read(document, file: file, language: language, problems: &problems)
        guard case .object(let members)? = document["strings"] else {
            problems.append(TranslationProblem(file: file, key: "strings", reason: "missing; English is used"))
            return (StringCatalogue(language: language, reviewed: header.reviewed, translated: [:]), problems)
        }
        var translated: [UIString: String] = [:]
        for (name, value) in members {
            guard let key = UIString(rawValue: name) else {
                problems.append(TranslationProblem(file: file, key: name, reason: "unknown key"))
                continue
            }
            guard let string = value.visibleText else {
                problems.append(TranslationProblem(file: file, key: name, reason: "not a non-empty string; English is used"))
                continue
            }
            let wanted = placeholders(in: key.english).sorted()
            let found = placeholders(in: string).sorted()
            guard wanted == found else {
                problems.append(TranslationProblem(
                    file: file, key: name,
                    reason: "has {\(found.joined(separator: "}, {"))} where English has {\(wanted.joined(separator: "}, {"))}; English is used"))
                continue
            }
            translated[key] = string
        }
        for key in UIString.allCases where translated[key] == nil && !members.contains(where: { $0.key == key.rawValue }) {
            problems.append(TranslationProblem(
                file: file, key: key.rawValue, reason: "missing; English is used (\"\(key.english)\")"))
        }
        return (StringCatalogue(language: language, reviewed: header.reviewed, translated: translated), problems)
    }
}

/// The fields every translation file starts with: its language, and draft or reviewed.
struct TranslationHeader {
    var reviewed: Bool

    static func read(
        _ document: JSONValue, file: String, language: Language, problems: inout [TranslationProblem]
    ) -> TranslationHeader {
        if let tag = document["language"]?.stringValue, tag != language.tag {
            problems.append(TranslationProblem(file: file, key: "language", reason: "says \"\(tag)\", expected \"\(language.tag)\""))
        }
        let status = document["status"]?.stringValue ?? "draft"
        if status != "draft" && status != "reviewed" {
            problems.append(TranslationProblem(file: file, key: "status", reason: "is \"\(status)\"; expected \"draft\" or \"reviewed\""))
        }
        return TranslationHeader(reviewed: status == "reviewed")
    }
}
