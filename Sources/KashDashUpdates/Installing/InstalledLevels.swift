import Foundation
import KashDashContract

/// The folder of levels installed by updates, beside the game's saved progress.
///
/// Each level is one `<id>.lua` file. A new one is written into a staging folder inside this
/// one (same file system), checked there, flushed to disk, and renamed over the old file, so
/// at every moment a level is either wholly the old version or wholly the new one.
public struct InstalledLevels: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// The version of the installed `<id>.lua`, or nil if none is installed.
    public func version(of id: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: file(for: id).path) else { return nil }
        return LevelVersion.declared(in: data)
    }

    func file(for id: String) -> URL { directory.appendingPathComponent(id + ".lua") }

    /// A fresh staging folder for one update run; the caller removes it.
    func makeStaging() throws -> URL {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let staging = directory.appendingPathComponent(".staging-\(UInt64.random(in: 0...UInt64.max))", isDirectory: true)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        return staging
    }

    /// Writes `bytes` to `<staging>/<id>.lua` and flushes it to disk; returns its path.
    func stage(_ bytes: Data, id: String, in staging: URL) throws -> URL {
        let url = staging.appendingPathComponent(id + ".lua")
        try bytes.write(to: url)
        try Self.flush(url)
        return url
    }

    /// Moves a staged, checked file into place, replacing the old version in one rename.
    func install(staged: URL, id: String) throws {
        guard rename(staged.path, file(for: id).path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
        try Self.flush(directory)  // the rename itself survives a power cut
    }

    /// fsync of a file or a folder.
    static func flush(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CocoaError(.fileReadUnknown) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
