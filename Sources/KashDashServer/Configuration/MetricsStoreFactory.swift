import KashDashMetrics
import Logging

/// Opens the metrics store the configuration asks for.
public enum MetricsStoreFactory {
    /// SQLite at `<data>/metrics.sqlite` (the folder must exist), unless a PostgreSQL URL is set.
    public static func open(configuration: ServerConfiguration, logger: Logger) async throws -> any MetricsStore {
        if let url = configuration.postgresURL {
            return try await PostgresMetricsStore.connect(url: url, logger: logger)
        }
        let path = configuration.dataDirectory + "/metrics.sqlite"
        logger.info("metrics store: SQLite", metadata: ["path": "\(path)"])
        return try SQLiteMetricsStore(path: path)
    }
}
