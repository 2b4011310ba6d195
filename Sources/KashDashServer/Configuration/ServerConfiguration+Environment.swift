import KashDashContract
import Logging

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ServerConfiguration {
    /// The environment variables the server reads, each naming one setting.
    public enum Variable: String, CaseIterable, Sendable {
        case host = "KASHDASH_HOST"
        case port = "KASHDASH_PORT"
        case data = "KASHDASH_DATA"
        case downloads = "KASHDASH_DOWNLOADS"
        case links = "KASHDASH_LINKS"
        case levels = "KASHDASH_LEVELS"
        case postgresURL = "KASHDASH_POSTGRES_URL"
        case rawRetentionDays = "KASHDASH_RAW_RETENTION_DAYS"
        case secureCookies = "KASHDASH_SECURE_COOKIES"
        case logLevel = "KASHDASH_LOG_LEVEL"
    }

    /// A setting whose text cannot be used, named so the operator can fix it.
    public struct InvalidSetting: Error, Equatable, CustomStringConvertible, Sendable {
        public let name: String
        public let value: String
        public let expected: String
        public var description: String { "\(name)=\"\(value)\" is not valid: expected \(expected)" }
    }

    /// The defaults with `KASHDASH_*` variables applied (empty ones are ignored).
    public init(environment: [String: String]) throws(InvalidSetting) {
        self.init()
        func value(_ variable: Variable) -> String? { environment[variable.rawValue].flatMap { $0.isEmpty ? nil : $0 } }
        dataDirectory = Self.dataDirectory(environment: environment)
        if let host = value(.host) { self.host = host }
        if let text = value(.port) { port = try Self.port(text, name: Variable.port.rawValue) }
        if let downloads = value(.downloads) { downloadsDirectory = downloads }
        // Unset: the repository's (a source checkout, run from its root) when present, else
        // the installed package's, so an installed server needs no variable.
        linksFile = value(.links) ?? Self.firstExisting([linksFile, InstallLayout.serverDataDirectory + "/advice-links.json"])
        levelsDirectory = value(.levels) ?? Self.firstExisting([levelsDirectory, InstallLayout.serverDataDirectory + "/Levels"])
        if let url = value(.postgresURL) { postgresURL = url }
        if let text = value(.rawRetentionDays) {
            rawRetentionDays = try Self.days(text, name: Variable.rawRetentionDays.rawValue)
        }
        if let text = value(.secureCookies) {
            guard text == "1" || text == "0" else {
                throw InvalidSetting(name: Variable.secureCookies.rawValue, value: text, expected: "1 or 0")
            }
            secureCookies = text == "1"
        }
        if let text = value(.logLevel) { logLevel = try Self.logLevel(text, name: Variable.logLevel.rawValue) }
    }

    /// The first path that exists, else the first (so an error names the expected place).
    static func firstExisting(_ candidates: [String]) -> String {
        candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }

    public static func port(_ text: String, name: String) throws(InvalidSetting) -> Int {
        guard let port = Int(text), (0...65_535).contains(port) else {
            throw InvalidSetting(name: name, value: text, expected: "a port number 0-65535")
        }
        return port
    }

    public static func days(_ text: String, name: String) throws(InvalidSetting) -> Int {
        guard let days = Int(text), days >= 1 else {
            throw InvalidSetting(name: name, value: text, expected: "a whole number of days, at least 1")
        }
        return days
    }

    public static func logLevel(_ text: String, name: String) throws(InvalidSetting) -> Logger.Level {
        guard let level = Logger.Level(rawValue: text.lowercased()) else {
            let known = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw InvalidSetting(name: name, value: text, expected: "one of \(known)")
        }
        return level
    }
}
