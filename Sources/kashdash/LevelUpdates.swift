import Foundation
import KashDashGame
import KashDashLevels
import KashDashUpdates

/// Starts the game's background level updates when a server and its public key are set,
/// and hands newly installed levels to the game, which switches at its next safe moment.
enum LevelUpdates {
    /// The desktop game's settings, from `KASHDASH_SERVER` and `KASHDASH_LEVELS_KEY`; a
    /// kiosk's come from its `kiosk.json` (`server`, `levelsPublicKey`). Nil: no updates.
    static func desktopConfiguration(environment: [String: String] = ProcessInfo.processInfo.environment,
                                     log: (String) -> Void) -> LevelUpdateConfiguration? {
        do {
            return try LevelUpdateConfiguration(
                environment: environment, installDirectory: GameContentLoader.installedLevelsFolder(environment: environment))
        } catch {
            log("level updates are off: \(error)")
            return nil
        }
    }

    /// A kiosk's: `server` and `levelsPublicKey` from kiosk.json (already checked when it was
    /// read), each standing in for the environment's `KASHDASH_SERVER` / `KASHDASH_LEVELS_KEY`
    /// when set. Nil (and no network at all) unless both are known.
    static func kioskConfiguration(_ kiosk: KioskConfiguration,
                                   environment: [String: String] = ProcessInfo.processInfo.environment,
                                   log: (String) -> Void) -> LevelUpdateConfiguration? {
        var environment = environment
        if let server = kiosk.server { environment["KASHDASH_SERVER"] = server }
        if let key = kiosk.levelsPublicKey { environment["KASHDASH_LEVELS_KEY"] = Data(key).base64EncodedString() }
        return desktopConfiguration(environment: environment, log: log)
    }

    /// Checks now and hourly in the background; never blocks the caller.
    static func start(_ configuration: LevelUpdateConfiguration, source: LevelSource, inbox: ContentUpdateInbox,
                      log: @escaping @Sendable (String) -> Void = { printError($0) }) {
        let updater = LevelUpdater(configuration: configuration, shippedFolder: source.folder, catalogue: source.catalogue)
        let folder = configuration.installDirectory
        LevelUpdateSchedule.start(updater, log: log) {
            inbox.offer(GameContentLoader.load(source: source, installedLevels: folder, log: log))
        }
    }
}
