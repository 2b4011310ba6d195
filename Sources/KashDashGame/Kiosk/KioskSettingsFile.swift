import Foundation

/// The teacher's settings for a classroom kiosk: a JSON file with the same keys as the
/// saved settings (any may be left out), e.g. `{"speedPercent": 80, "largeText": true}`.
///
/// Looked for in `$KASHDASH_KIOSK_CONFIG`, then `$XDG_CONFIG_HOME/kashdash/kiosk.json`
/// (default `~/.config/kashdash/kiosk.json`), then `/etc/kashdash/kiosk.json`.
public enum KioskSettingsFile {
    public static func candidatePaths(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var paths: [String] = []
        if let explicit = environment["KASHDASH_KIOSK_CONFIG"], !explicit.isEmpty { paths.append(explicit) }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            paths.append(xdg + "/kashdash/kiosk.json")
        } else if let home = environment["HOME"] {
            paths.append(home + "/.config/kashdash/kiosk.json")
        }
        paths.append("/etc/kashdash/kiosk.json")
        return paths
    }

    /// The first settings file found, or defaults. A broken file is reported through `log`
    /// and ignored, so a typo never keeps a classroom from playing.
    public static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        log: (String) -> Void = { _ in }
    ) -> GameSettings {
        for path in candidatePaths(environment: environment) where FileManager.default.fileExists(atPath: path) {
            do {
                return try JSONDecoder().decode(GameSettings.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                log("kashdash: kiosk settings in \(path) could not be read (\(error)); using the defaults")
                return GameSettings()
            }
        }
        return GameSettings()
    }
}
