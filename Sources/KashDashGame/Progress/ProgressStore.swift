import Foundation

/// Where progress lives. The desktop game uses `FileProgressStore`; kiosks and tests use
/// `MemoryProgressStore`, so nothing survives from one child to the next.
public protocol ProgressStore: AnyObject {
    /// The saved progress, or a fresh start if there is none (or it could not be read).
    func load() -> SavedProgress
    func save(_ progress: SavedProgress) throws
}

/// Keeps progress in memory only.
public final class MemoryProgressStore: ProgressStore {
    public private(set) var saved: SavedProgress
    public private(set) var saveCount = 0

    public init(_ initial: SavedProgress = SavedProgress()) { saved = initial }

    public func load() -> SavedProgress { saved }

    public func save(_ progress: SavedProgress) throws {
        saved = progress
        saveCount += 1
    }
}

/// Progress as JSON in `$XDG_DATA_HOME/kashdash/progress.json` (default `~/.local/share/kashdash`).
///
/// Writes are atomic (a temporary file renamed over the old one), so a crash mid-write never
/// leaves half a file. A file that cannot be read is moved aside to `progress.json.bak`, the
/// reason is logged, and the game starts fresh rather than refusing to start.
public final class FileProgressStore: ProgressStore {
    public let fileURL: URL
    private let log: (String) -> Void

    public init(fileURL: URL, log: @escaping (String) -> Void = { _ in }) {
        self.fileURL = fileURL
        self.log = log
    }

    /// The standard location, from `XDG_DATA_HOME` or `HOME`.
    public static func defaultFileURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(
                ".local/share", isDirectory: true)
        }
        return base.appendingPathComponent("kashdash", isDirectory: true).appendingPathComponent("progress.json")
    }

    public var backupURL: URL { fileURL.appendingPathExtension("bak") }

    public func load() -> SavedProgress {
        let data: Data
        do { data = try Data(contentsOf: fileURL) } catch {
            return SavedProgress()  // no file yet: a first game
        }
        do {
            return try JSONDecoder().decode(SavedProgress.self, from: data)
        } catch {
            setAside(reason: "\(error)")
            return SavedProgress()
        }
    }

    public func save(_ progress: SavedProgress) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(progress)
        try FileManager.default.createDirectory(
            at: fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: fileURL, options: .atomic)
    }

    private func setAside(reason: String) {
        let manager = FileManager.default
        try? manager.removeItem(at: backupURL)
        do {
            try manager.moveItem(at: fileURL, to: backupURL)
            log(
                "kashdash: saved progress in \(fileURL.path) could not be read (\(reason)); moved it to \(backupURL.path) and starting fresh"
            )
        } catch {
            log(
                "kashdash: saved progress in \(fileURL.path) could not be read (\(reason)) nor moved aside (\(error.localizedDescription)); starting fresh"
            )
        }
    }
}
