import ArgumentParser
import KashDashContract
import KashDashServer
import Logging

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `kashdash-server serve`: maps flags onto a `ServerConfiguration` (which already holds the
/// defaults and the `KASHDASH_*` environment) and runs the server it opens.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the content server.")

    // The help quotes the configuration's own defaults and variable names, so they are written once.
    private typealias Variable = ServerConfiguration.Variable
    private static let defaults = ServerConfiguration()

    @Option(help: "Address to listen on (env \(Serve.Variable.host.rawValue); default \(Serve.defaults.host)).")
    var host: String?

    @Option(help: "Port to listen on (env \(Serve.Variable.port.rawValue); default \(Serve.defaults.port)).")
    var port: Int?

    @Option(
        help:
            "Folder for metrics.sqlite and accounts.sqlite (env \(Serve.Variable.data.rawValue); default $XDG_DATA_HOME/kashdash)."
    )
    var data: String?

    @Option(
        help:
            "Folder of files served at /download/<file> (env \(Serve.Variable.downloads.rawValue); default \(Serve.defaults.downloadsDirectory))."
    )
    var downloads: String?

    @Option(
        help: "Advice-link catalogue JSON (env \(Serve.Variable.links.rawValue); default \(Serve.defaults.linksFile)).")
    var links: String?

    @Option(
        help:
            "Folder of *.lua levels served as level packs (env \(Serve.Variable.levels.rawValue); default \(Serve.defaults.levelsDirectory))."
    )
    var levels: String?

    @Option(
        help: "PostgreSQL URL for the metrics store instead of SQLite (env \(Serve.Variable.postgresURL.rawValue)).")
    var postgres: String?

    @Option(
        help:
            "Days raw events are kept before only aggregates remain (env \(Serve.Variable.rawRetentionDays.rawValue); default \(Serve.defaults.rawRetentionDays))."
    )
    var rawRetentionDays: Int?

    @Flag(
        help:
            "Mark dashboard cookies Secure (when a TLS proxy serves the dashboard; env \(Serve.Variable.secureCookies.rawValue)=1)."
    )
    var secureCookies = false

    @Option(
        help:
            "Log level: trace, debug, info, notice, warning, error (env \(Serve.Variable.logLevel.rawValue); default \(Serve.defaults.logLevel))."
    )
    var logLevel: String?

    /// The environment's configuration with the flags given on the command line on top.
    func serverConfiguration(environment: [String: String]) throws -> ServerConfiguration {
        var configuration = try ServerConfiguration(environment: environment)
        if let host { configuration.host = host }
        if let port { configuration.port = try ServerConfiguration.port(String(port), name: "--port") }
        if let data { configuration.dataDirectory = data }
        if let downloads { configuration.downloadsDirectory = downloads }
        if let links { configuration.linksFile = links }
        if let levels { configuration.levelsDirectory = levels }
        if let postgres { configuration.postgresURL = postgres }
        if let rawRetentionDays {
            configuration.rawRetentionDays = try ServerConfiguration.days(
                String(rawRetentionDays), name: "--raw-retention-days")
        }
        if secureCookies { configuration.secureCookies = true }
        if let logLevel { configuration.logLevel = try ServerConfiguration.logLevel(logLevel, name: "--log-level") }
        return configuration
    }

    func run() async throws {
        let configuration: ServerConfiguration
        do {
            configuration = try serverConfiguration(environment: ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError("\(error)")
        }
        var logger = Logger(label: "kashdash-server")
        logger.logLevel = configuration.logLevel
        let server: OpenedServer
        do {
            server = try await OpenedServer.open(configuration, logger: logger)
        } catch {
            // Missing or broken content, folders or database: one line naming what is wrong,
            // never a usage screen or a trace.
            throw startupFailure("\(error)")
        }
        try await server.run(logger: logger)
    }
}
