import ArgumentParser
import KashDashContract
#if canImport(Glibc)
import Glibc
#endif
import KashDashServer
import Logging

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
        subcommands: [Serve.self, UserCommand.self, KeysCommand.self],
        defaultSubcommand: Serve.self)
}

/// Prints `kashdash-server: <line>` to standard error and gives the exit code to throw: a
/// start-up problem is one line that names what is wrong, never a usage screen or a trace.
func startupFailure(_ line: String) -> ExitCode {
    let bytes = Array("kashdash-server: \(line)\n".utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    return ExitCode(1)
}
