import ArgumentParser
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
        subcommands: [Serve.self, UserCommand.self],
        defaultSubcommand: Serve.self)
}
