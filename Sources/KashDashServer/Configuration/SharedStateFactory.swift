import KashDashMetrics
import Logging

/// Opens where the server keeps what every instance must share (accounts, audit log,
/// sessions, the login pause, the visitor salt and seen set): PostgreSQL when the
/// configuration names one, else `<data>/accounts.sqlite`.
public enum SharedStateFactory {
    public struct Opened: Sendable {
        public let accounts: any AccountStorage
        public let visitors: any VisitorDayStorage
    }

    public static func open(configuration: ServerConfiguration, logger: Logger) async throws -> Opened {
        if let url = configuration.postgresURL {
            let state = try await PostgresSharedState.connect(url: url, logger: logger)
            return Opened(accounts: state, visitors: state)
        }
        let state = try SQLiteSharedState(dataDirectory: configuration.dataDirectory)
        return Opened(accounts: state, visitors: state)
    }
}
