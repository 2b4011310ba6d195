import ArgumentParser
import KashDashServer

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `kashdash-server keys init`: the Ed25519 key pair that signs published levels.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Manage the key that signs published levels.", subcommands: [Init.self])

    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the level signing key pair in the data folder.",
            discussion: """
                Writes levels-signing.key (the private key, mode 0600) and levels-signing.pub beside the \
                server's data, and prints the public key: give it to games as KASHDASH_LEVELS_KEY, or to \
                kiosks as "levelsPublicKey" in kiosk.json. The server signs with it from its next start. \
                An existing key is never replaced without --force (games trusting it would refuse new levels).
                """)

        @Option(help: "Data folder (env KASHDASH_DATA; default $XDG_DATA_HOME/kashdash).")
        var data: String?

        @Flag(help: "Replace an existing key pair.")
        var force = false

        func run() async throws {
            let folder = data ?? ServerConfiguration.dataDirectory(environment: ProcessInfo.processInfo.environment)
            let key: LevelSigningKey
            do { key = try LevelSigningKey.create(dataDirectory: folder, force: force) } catch {
                throw startupFailure(error.description)
            }
            print("private key: \(LevelSigningKey.privateKeyPath(dataDirectory: folder)) (mode 0600; keep it secret)")
            print("public key:  \(LevelSigningKey.publicKeyPath(dataDirectory: folder))")
            print(key.publicKeyBase64)
        }
    }
}
