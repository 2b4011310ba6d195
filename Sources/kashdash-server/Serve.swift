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

    @Option(help: "Address to listen on (env KASHDASH_HOST; default 127.0.0.1).")
    var host: String?

    @Option(help: "Port to listen on (env KASHDASH_PORT; default 8080).")
    var port: Int?

    @Option(help: "Folder for metrics.sqlite and accounts.sqlite (env KASHDASH_DATA; default $XDG_DATA_HOME/kashdash).")
    var data: String?

    @Option(help: "Folder of files served at /download/<file> (env KASHDASH_DOWNLOADS; default downloads).")
    var downloads: String?

    @Option(help: "Advice-link catalogue JSON (env KASHDASH_LINKS; default Assets/advice-links.json).")
    var links: String?

    @Option(help: "Folder of Levels/*.lua served as level packs (env KASHDASH_LEVELS; default Levels).")
    var levels: String?

    @Option(help: "PostgreSQL URL for the metrics store instead of SQLite (env KASHDASH_POSTGRES_URL).")
    var postgres: String?

    @Option(help: "Days raw events are kept before only aggregates remain (env KASHDASH_RAW_RETENTION_DAYS; default 35).")
    var rawRetentionDays: Int?

    @Flag(help: "Mark dashboard cookies Secure (when a TLS proxy serves the dashboard; env KASHDASH_SECURE_COOKIES=1).")
    var secureCookies = false

    @Option(help: "Log level: trace, debug, info, notice, warning, error (env KASHDASH_LOG_LEVEL; default info).")
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
            configuration.rawRetentionDays = try ServerConfiguration.days(String(rawRetentionDays), name: "--raw-retention-days")
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
        } catch let error as CatalogueError {
            throw ValidationError(error.description)  // a usage problem: says which flag to pass
        }
        try await server.run(logger: logger)
    }
}
