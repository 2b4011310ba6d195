import Foundation

/// Checks for level updates at start and then every `checkInterval`, in a background task.
///
/// Nothing waits on it: with no network a check fails after at most a few timeouts, logs one
/// line, and the game plays on with what it has. When a check installs something,
/// `installed` is called (on the background task) so the game can load the new set and
/// switch to it at its next safe moment.
public enum LevelUpdateSchedule {
    @discardableResult
    public static func start(_ updater: LevelUpdater, log: @escaping @Sendable (String) -> Void,
                             installed: @escaping @Sendable () -> Void) -> Task<Void, Never> {
        Task.detached(priority: .background) {
            while !Task.isCancelled {
                let report = await updater.run()
                for line in report.noteworthyLines { log(line) }
                if !report.installed.isEmpty { installed() }
                try? await Task.sleep(nanoseconds: UInt64(updater.configuration.checkInterval * 1_000_000_000))
            }
        }
    }
}
