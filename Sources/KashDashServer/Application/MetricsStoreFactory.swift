import KashDashMetrics
import Logging

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Opens the metrics store the configuration asks for.
public enum MetricsStoreFactory {
    /// SQLite at `<data>/metrics.sqlite` (creating the folder), unless a PostgreSQL URL is set.
    public static func open(configuration: ServerConfiguration, logger: Logger) async throws -> any MetricsStore {
        if let url = configuration.postgresURL {
            return try await PostgresMetricsStore.connect(url: url, logger: logger)
        }
        try FileManager.default.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
        let path = configuration.dataDirectory + "/metrics.sqlite"
        logger.info("metrics store: SQLite", metadata: ["path": "\(path)"])
        return try SQLiteMetricsStore(path: path)
    }
}
