import Foundation
import KashDashCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

@testable import KashDashGame

/// Issue 17: the game on a full disk keeps playing and keeps its last good progress. The
/// progress file lives on a real, tiny file system (a 64 KiB tmpfs) that is then filled to
/// the last byte: a round still plays to its end, the failed save is logged, the file on
/// disk is still the last good one (never truncated), and once space returns the next save
/// goes through.
@Suite(.serialized, .enabled(if: GameTinyDisk.canMount, "mounting a tmpfs needs root; skipping the full-disk test"))
struct FullDiskTests {
    @Test func aFullDiskNeverStopsPlayAndNeverDamagesTheLastGoodSave() throws {
        let disk = try GameTinyDisk(bytes: 64 << 10)
        defer { disk.remove() }
        var notes: [String] = []
        let store = FileProgressStore(fileURL: URL(fileURLWithPath: disk.folder + "/kashdash/progress.json")) { notes.append($0) }
        let app = GameApp(
            content: .builtIn, store: store,
            configuration: GameConfiguration(fixedSeed: 7, log: { notes.append($0) }))
        app.handle(.primary)  // Play
        app.handle(.right)
        app.handle(.primary)  // Emma: saved
        let lastGood = store.load()
        #expect(lastGood.dog == .emma)
        let goodBytes = try Data(contentsOf: store.fileURL)

        try disk.fill()
        app.handle(.primary)  // the first level
        #expect(app.screenID == .play)
        app.flyWithPrimary()
        for _ in 0..<3 where app.screenID != .roundEnd {
            app.tickUntil { $0.session?.acceptsAnswers == true || $0.screenID == .roundEnd }
            if app.screenID == .message { app.handle(.choice(1)); app.update() }
            app.tickUntil { $0.session?.acceptsAnswers == true || $0.screenID == .roundEnd }
            if app.screenID == .feedback { app.handle(.primary); app.update() }
            app.flyWithPrimary()
        }
        #expect(app.screenID == .roundEnd, "the round played to its end on a full disk")
        #expect(notes.contains { $0.contains("could not save progress") }, "\(notes)")
        #expect(try Data(contentsOf: store.fileURL) == goodBytes, "the last good save is intact, not truncated")
        #expect(store.load() == lastGood)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: disk.folder + "/kashdash")
        #expect(leftovers == ["progress.json"], "no half-written temporary file left behind: \(leftovers)")

        disk.emptyFiller()
        app.handle(.choice(3))  // Levels
        app.save()
        #expect(store.load().levels["training"]?.finished == true, "with space back, the next save keeps the round")
    }
}

/// A tmpfs of a given size, mounted for one test (needs root, as CI and the fresh-root run have).
struct GameTinyDisk {
    let folder: String
    private var filler: String { folder + "/filler" }

    static var canMount: Bool { getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount") }

    init(bytes: Int) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-game-tiny-\(UInt64.random(in: 0...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", folder])
    }

    /// Writes one byte at a time at the end until the file system says it is full.
    func fill() throws {
        let descriptor = open(filler, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard descriptor >= 0 else { throw Failure(message: "cannot create \(filler)") }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x2E, count: 4096)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        var byte: UInt8 = 0x2E
        while write(descriptor, &byte, 1) == 1 {}
        guard errno == ENOSPC else { throw Failure(message: "filling stopped with errno \(errno), not ENOSPC") }
    }

    func emptyFiller() { try? FileManager.default.removeItem(atPath: filler) }

    func remove() {
        try? Self.run("/bin/umount", ["-l", folder])
        try? FileManager.default.removeItem(atPath: folder)
    }

    struct Failure: Error { var message: String }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(message: "\(tool) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
    }
}
