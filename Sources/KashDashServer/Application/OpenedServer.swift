import Hummingbird
import KashDashContract
import KashDashMetrics
import Logging

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The content server opened from its configuration: catalogue and level pack loaded, data
/// folder made, store and dashboard accounts open. `kashdash-server serve` is this plus flags.
public struct OpenedServer: Sendable {
    public let configuration: ServerConfiguration
    public let dependencies: ServerDependencies

    /// A folder or file the server cannot start without, described in one line naming it.
    public struct StartupError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Loads and opens everything `configuration` names; errors say which setting to fix.
    public static func open(_ configuration: ServerConfiguration, logger: Logger) async throws -> OpenedServer {
        let catalogue = try AdviceLinkCatalogue.load(serverFile: configuration.linksFile)
        let levelsPath = configuration.levelsDirectory
        let levelsType = (try? FileManager.default.attributesOfItem(atPath: levelsPath))?[.type] as? FileAttributeType
        guard levelsType == .typeDirectory else {
            throw StartupError(description: "levels folder \(levelsPath) is missing (pass --levels DIR or set KASHDASH_LEVELS)")
        }
        let levels: LevelPack
        do { levels = try LevelPack(directory: levelsPath) } catch {
            throw StartupError(description: "cannot read the levels in \(levelsPath): \(error)")
        }
        // Before any store opens, so the folder SQLite creates files in is the owner's only.
        do {
            try FileManager.default.createDirectory(
                atPath: configuration.dataDirectory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw StartupError(description: "cannot create the data folder \(configuration.dataDirectory): \(error.localizedDescription)")
        }
        if !FileManager.default.fileExists(atPath: configuration.downloadsDirectory) {
            logger.warning("downloads folder \(configuration.downloadsDirectory) is missing; /download/<file> answers 404 until it exists")
        }
        let signingKey: LevelSigningKey?
        do { signingKey = try LevelSigningKey.load(dataDirectory: configuration.dataDirectory) } catch {
            throw StartupError(description: error.description)
        }
        if signingKey == nil {
            logger.notice("no level signing key in \(configuration.dataDirectory); levels are served unsigned, so games will not install them (kashdash-server keys init)")
        }
        let store = try await MetricsStoreFactory.open(configuration: configuration, logger: logger)
        // Accounts, sessions, the login pause and the visitor salt live beside the metrics:
        // in PostgreSQL when instances share it, else in the data folder's accounts.sqlite.
        let shared = try await SharedStateFactory.open(configuration: configuration, logger: logger)
        let dashboard = try await DashboardDependencies.load(accounts: AccountStore(storage: shared.accounts))
        let clock = SystemDayClock()
        logger.info(
            "opened",
            metadata: [
                "address": "\(configuration.host):\(configuration.port)", "links": "\(catalogue.links.count)",
                "levels": "\(levels.scripts.count)", "levels_signed": "\(signingKey != nil)",
            ])
        return OpenedServer(
            configuration: configuration,
            dependencies: ServerDependencies(
                store: store, catalogue: catalogue, levels: levels, clock: clock,
                visitors: DailyVisitorHasher(clock: clock, storage: shared.visitors), dashboard: dashboard,
                levelSigningKey: signingKey))
    }

    /// Serves until SIGTERM or SIGINT, then folds the event journal in, so tools reading
    /// `metrics.sqlite` directly see every event.
    public func run(logger: Logger) async throws {
        let app = buildApplication(configuration: configuration, dependencies: dependencies, logger: logger)
        try await app.runService()
        try await dependencies.store.flush()
        logger.info("stopped")
    }
}
