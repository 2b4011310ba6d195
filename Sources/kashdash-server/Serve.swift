import ArgumentParser
import KashDashMetrics
import KashDashServer
import Logging

/// `kashdash-server serve`. Every flag also reads a `KASHDASH_*` environment variable.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the content server.")

    @Option(help: "Address to listen on (env KASHDASH_HOST).")
    var host: String = environment("KASHDASH_HOST") ?? "127.0.0.1"

    @Option(help: "Port to listen on (env KASHDASH_PORT).")
    var port: Int = environment("KASHDASH_PORT").flatMap(Int.init) ?? 8080

    @Option(help: "Folder for metrics.sqlite (env KASHDASH_DATA; default $XDG_DATA_HOME/kashdash).")
    var data: String = defaultDataDirectory()

    @Option(help: "Folder of files served at /download/<file> (env KASHDASH_DOWNLOADS).")
    var downloads: String = environment("KASHDASH_DOWNLOADS") ?? "downloads"

    @Option(help: "Advice-link catalogue JSON (env KASHDASH_LINKS; default ./Assets/advice-links.json, else the installed one).")
    var links: String = environment("KASHDASH_LINKS") ?? ContentPaths.defaultLinks

    @Option(help: "Folder of Levels/*.lua served as level packs (env KASHDASH_LEVELS; default ./Levels, else the installed one).")
    var levels: String = environment("KASHDASH_LEVELS") ?? ContentPaths.defaultLevels

    @Option(help: "PostgreSQL URL for the metrics store instead of SQLite (env KASHDASH_POSTGRES_URL).")
    var postgres: String?

    @Option(help: "Days raw events are kept before only aggregates remain (env KASHDASH_RAW_RETENTION_DAYS).")
    var rawRetentionDays: Int = environment("KASHDASH_RAW_RETENTION_DAYS").flatMap(Int.init) ?? 35

    @Flag(help: "Mark dashboard cookies Secure (when a TLS proxy serves the dashboard; env KASHDASH_SECURE_COOKIES=1).")
    var secureCookies: Bool = environment("KASHDASH_SECURE_COOKIES") == "1"

    @Option(help: "Log level: trace, debug, info, notice, warning, error (env KASHDASH_LOG_LEVEL).")
    var logLevel: String = environment("KASHDASH_LOG_LEVEL") ?? "info"

    func run() async throws {
        var logger = Logger(label: "kashdash-server")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info

        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.dataDirectory = data
        configuration.downloadsDirectory = downloads
        configuration.linksFile = links
        configuration.levelsDirectory = levels
        configuration.postgresURL = postgres ?? environment("KASHDASH_POSTGRES_URL")
        configuration.rawRetentionDays = rawRetentionDays
        configuration.secureCookies = secureCookies

        // Missing or broken content is one line naming the path, not a trace or a usage screen.
        let catalogue: AdviceLinkCatalogue
        do {
            catalogue = try AdviceLinkCatalogue(contentsOf: links)
        } catch {
            throw startupFailure("\(error)")
        }
        guard ContentPaths.isDirectory(levels) else {
            throw startupFailure("levels folder \(levels) is missing (pass --levels DIR or set KASHDASH_LEVELS)")
        }
        let levelPack: LevelPack
        do { levelPack = try LevelPack(directory: levels) } catch {
            throw startupFailure("cannot read the levels in \(levels): \(error.localizedDescription)")
        }
        // Before the store opens, so the folder SQLite creates files in is the owner's only.
        do { try makeDirectory(data) } catch {
            throw startupFailure("cannot create the data folder \(data): \(error.localizedDescription)")
        }
        if !ContentPaths.isDirectory(downloads) {
            logger.warning("downloads folder \(downloads) is missing; /download/<file> answers 404 until it exists")
        }
        let store = try await MetricsStoreFactory.open(configuration: configuration, logger: logger)
        let dashboard = try await DashboardDependencies.load(accounts: try AccountStore(dataDirectory: data))
        logger.info("starting", metadata: [
            "address": "\(host):\(port)", "links": "\(catalogue.links.count)", "levels": "\(levelPack.scripts.count)",
        ])
        let app = buildApplication(
            configuration: configuration,
            dependencies: ServerDependencies(store: store, catalogue: catalogue, levels: levelPack, dashboard: dashboard),
            logger: logger)
        try await app.runService()
        // Fold the event journal in, so tools reading metrics.sqlite directly see every event.
        try await store.flush()
        logger.info("stopped")
    }
}
