import ArgumentParser
import KashDashMetrics
import KashDashServer
import Logging

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `kashdash-server user add|remove|list`: dashboard accounts for the commissioner's office.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage dashboard accounts.", subcommands: [Add.self, Remove.self, List.self])

    struct DataOption: ParsableArguments {
        @Option(help: "Data folder holding accounts.sqlite (env KASHDASH_DATA; default $XDG_DATA_HOME/kashdash).")
        var data: String?

        @Option(help: "PostgreSQL URL shared by several server instances, instead of the data folder (env KASHDASH_POSTGRES_URL).")
        var postgres: String?

        func store() async throws -> AccountStore {
            let environment = ProcessInfo.processInfo.environment
            // A flag beats the environment: `--data` names the SQLite folder even when
            // KASHDASH_POSTGRES_URL is set (as the test suite sets it for its own stores).
            if let url = postgres ?? (data == nil ? environment["KASHDASH_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 } : nil) {
                var logger = Logger(label: "kashdash-server")
                logger.logLevel = .error
                // A MetricsStoreError prints as one line naming the problem (no usage text).
                return AccountStore(storage: try await PostgresSharedState.connect(url: url, logger: logger))
            }
            let folder = data ?? ServerConfiguration.dataDirectory(environment: environment)
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            return try AccountStore(dataDirectory: folder)
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an account; asks for the password.")
        @Argument(help: "Username (2-32 lower-case letters, digits, '.', '-', '_').") var name: String
        @OptionGroup var options: DataOption
        @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false

        func run() async throws {
            let password: String
            if passwordStdin {
                guard let line = readLine(strippingNewline: true) else { throw ValidationError("no password on standard input") }
                password = line
            } else {
                guard let first = getpass("Password for \(name): ").map({ String(cString: $0) }),
                    let second = getpass("Again: ").map({ String(cString: $0) })
                else { throw ValidationError("could not read a password from the terminal; use --password-stdin") }
                guard first == second else { throw ValidationError("the passwords differ") }
                password = first
            }
            do {
                try await options.store().add(username: name, password: password)
            } catch let error as AccountStore.AccountError {
                throw ValidationError(error.description)
            }
            print("added \(name)")
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an account.")
        @Argument var name: String
        @OptionGroup var options: DataOption

        func run() async throws {
            do {
                try await options.store().remove(username: name)
            } catch let error as AccountStore.AccountError {
                throw ValidationError(error.description)
            }
            print("removed \(name)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts.")
        @OptionGroup var options: DataOption

        func run() async throws {
            for name in try await options.store().list() { print(name) }
        }
    }
}
