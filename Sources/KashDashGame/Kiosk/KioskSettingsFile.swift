import Foundation
import KashDashContract

/// Where a classroom kiosk's settings file (`kiosk.json`, see `KioskConfiguration`) lives,
/// and reading and rewriting it.
///
/// Looked for in `$KASHDASH_KIOSK_CONFIG`, then `$XDG_CONFIG_HOME/kashdash/kiosk.json`
/// (default `~/.config/kashdash/kiosk.json`), then `/etc/kashdash/kiosk.json`.
public enum KioskSettingsFile {
    /// Where `kashdash kiosk set-pin` writes unless told otherwise: the packaged conffile.
    public static let systemPath = "/etc/kashdash/kiosk.json"

    public static func candidatePaths(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var paths: [String] = []
        if let explicit = environment["KASHDASH_KIOSK_CONFIG"], !explicit.isEmpty { paths.append(explicit) }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            paths.append(xdg + "/kashdash/kiosk.json")
        } else if let home = environment["HOME"] {
            paths.append(home + "/.config/kashdash/kiosk.json")
        }
        paths.append(systemPath)
        return paths
    }

    /// The first settings file found, or defaults. A broken file is reported in one line
    /// through `log` (naming the file and the problem) and ignored as a whole, so a typo
    /// never keeps a classroom from playing.
    public static func loadConfiguration(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        log: (String) -> Void = { _ in }
    ) -> KioskConfiguration {
        for path in candidatePaths(environment: environment) where FileManager.default.fileExists(atPath: path) {
            do {
                let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
                return try KioskConfiguration(json: bytes)
            } catch let error as KioskConfigurationError {
                log("kashdash: kiosk settings in \(path) are broken (\(error)); using the defaults")
            } catch {
                log("kashdash: kiosk settings in \(path) could not be read (\(error.localizedDescription)); using the defaults")
            }
            return KioskConfiguration()
        }
        return KioskConfiguration()
    }

    /// The game settings part alone (what older callers read).
    public static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        log: (String) -> Void = { _ in }
    ) -> GameSettings {
        loadConfiguration(environment: environment, log: log).settings
    }

    /// Sets (or with nil removes) the teacher PIN in the file at `path`, keeping every other
    /// key as it was. A missing file is created; a broken one is refused, not overwritten.
    /// The new file replaces the old in one rename, so a kiosk never reads half a file.
    public static func writeTeacherPin(_ pin: TeacherPin?, to path: String) throws(KioskSettingsFileError) {
        let url = URL(fileURLWithPath: path)
        var members: [(key: String, value: JSONValue)] = []
        // The rewritten file keeps the old one's mode (the kiosk's user must still read it).
        let permissions = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions]
        if FileManager.default.fileExists(atPath: path) {
            let bytes: [UInt8]
            do { bytes = try Array(Data(contentsOf: url)) } catch { throw .unreadable(path, error.localizedDescription) }
            do { _ = try KioskConfiguration(json: bytes) } catch { throw .broken(path, error.description) }
            guard case .object(let existing)? = try? JSONReader.parse(bytes) else { throw .broken(path, "not an object") }
            members = existing
        }
        members.removeAll { $0.key == "teacherPin" }
        if let pin { members.append((key: "teacherPin", value: pin.json)) }
        let text = JSONValue.object(members).rendered() + "\n"
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Foundation's atomic write goes through a temporary file and rename(2).
            try Data(text.utf8).write(to: url, options: .atomic)
            if let permissions { try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: path) }
        } catch {
            throw .unwritable(path, error.localizedDescription)
        }
    }
}

public enum KioskSettingsFileError: Error, Equatable, CustomStringConvertible {
    case unreadable(String, String)
    case broken(String, String)
    case unwritable(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .broken(let path, let reason): "\(path) is broken (\(reason)); fix it by hand first, nothing was changed"
        case .unwritable(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
