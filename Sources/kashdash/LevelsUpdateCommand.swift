import ArgumentParser
import Foundation
import KashDashLevels
import KashDashUpdates

/// `kashdash levels update`: one signed level update, as the game does in the background.
struct LevelsUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Fetch signed levels from a content server and install the new ones.",
        discussion: """
            Fetches the server's level manifest, checks its signature against the public key, and for \
            each level that is new or newer than the game's (never older) checks its size, SHA-256 and \
            signature, then runs the same checks as `kashdash levels check` before installing it into \
            the game's data folder. Prints one line per level: installed, unchanged or refused (with \
            the reason). Exit codes: 0 nothing refused; 1 the check failed or a level was refused; \
            2 bad usage.
            """)

    @Option(help: "The content server's base URL (default: $KASHDASH_SERVER).")
    var server: String?

    @Option(help: "The server's level signing public key, base64 (default: $KASHDASH_LEVELS_KEY).")
    var key: String?

    @Option(help: "Install into this folder (default: levels/ in the game's data folder, beside saved progress).")
    var into: String?

    @Option(help: "Seconds to wait for each answer from the server.")
    var timeout: Double = 10

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let server = server ?? environment["KASHDASH_SERVER"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            printError("levels update: give --server URL (or set KASHDASH_SERVER)")
            throw ExitStatus.usage
        }
        guard let key = key ?? environment["KASHDASH_LEVELS_KEY"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            printError("levels update: give --key BASE64, the public key `kashdash-server keys init` printed (or set KASHDASH_LEVELS_KEY)")
            throw ExitStatus.usage
        }
        let folder = into.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? GameContentLoader.installedLevelsFolder(environment: environment)
        var configuration: LevelUpdateConfiguration
        do {
            configuration = try LevelUpdateConfiguration(server: server, publicKey: key, installDirectory: folder,
                                                         settingNames: ("--server", "--key"))
        } catch {
            printError("levels update: \(error)")
            throw ExitStatus.usage
        }
        configuration.timeout = timeout
        let source = LevelSource()
        let updater = LevelUpdater(configuration: configuration, shippedFolder: source.folder, catalogue: source.catalogue)
        let report = Self.wait { await updater.run() }
        for line in report.lines { print(line) }
        if report.levels.isEmpty, report.failure == nil { print("the server publishes no levels") }
        if report.failure != nil || !report.refused.isEmpty { throw ExitStatus.checkFailed }
    }

    /// Runs `work` to completion from synchronous code (the command's main thread).
    private static func wait(_ work: @escaping @Sendable () async -> LevelUpdateReport) -> LevelUpdateReport {
        let box = ReportBox()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.report = await work()
            done.signal()
        }
        done.wait()
        return box.report ?? LevelUpdateReport(failure: "interrupted")
    }

    private final class ReportBox: @unchecked Sendable {
        var report: LevelUpdateReport?  // written once before the semaphore is signalled
    }
}
