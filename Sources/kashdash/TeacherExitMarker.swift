import Foundation

/// Tells the kashdash-kiosk service that the kiosk ended on purpose (the teacher's exit), so it
/// stops instead of coming back: `cage` exits 0 however the game ended, so systemd cannot tell
/// a crash from an exit by the status. The unit's ExecStopPost= looks for this file.
///
/// Only under systemd's `StateDirectory=` (the unit sets `$STATE_DIRECTORY`); a kiosk started
/// by hand leaves nothing behind.
enum TeacherExitMarker {
    static let fileName = "teacher-exit"

    /// The marker's path, or nil when no state folder is set.
    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        // systemd joins several state folders with ':'; the unit has one.
        guard let folder = environment["STATE_DIRECTORY"]?.split(separator: ":").first, folder.hasPrefix("/") else { return nil }
        return "\(folder)/\(fileName)"
    }

    /// Leaves the marker; a failure is one log line (the kiosk then comes back, as after a crash).
    static func leave(environment: [String: String] = ProcessInfo.processInfo.environment, log: (String) -> Void) {
        guard let path = path(environment: environment) else { return }
        if !FileManager.default.createFile(atPath: path, contents: Data()) {
            log("cannot write \(path); the kiosk service will start the game again")
        }
    }
}
