import ArgumentParser
import KashDashContract
import KashDashMetrics
import KashDashServer
import Logging

#if canImport(Glibc)
import Glibc
#endif

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `kashdash-server`: the content server and its dashboard accounts.
@main
struct KashDashServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kashdash-server",
        abstract: "Kash Dash content server: downloads, advice-link redirects, anonymous metrics.",
        version: KashDashVersion.current,
        subcommands: [Serve.self, UserCommand.self],
        defaultSubcommand: Serve.self)
}

/// Default data folder: `$XDG_DATA_HOME/kashdash` or `~/.local/share/kashdash`.
func defaultDataDirectory() -> String {
    let environment = ProcessInfo.processInfo.environment
    if let data = environment["KASHDASH_DATA"], !data.isEmpty { return data }
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/kashdash" }
    return (environment["HOME"] ?? ".") + "/.local/share/kashdash"
}

func environment(_ name: String) -> String? {
    ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
}

/// Creates the data folder (and its parents) readable by its owner only, if missing.
func makeDirectory(_ path: String) throws {
    try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
}

/// Prints `kashdash-server: <line>` to standard error and gives the exit code to throw: a
/// start-up problem is one line that names what is wrong, never a usage screen or a trace.
func startupFailure(_ line: String) -> ExitCode {
    let bytes = Array("kashdash-server: \(line)\n".utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    return ExitCode(1)
}
