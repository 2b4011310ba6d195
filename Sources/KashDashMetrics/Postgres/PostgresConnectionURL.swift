import Logging
import PostgresNIO

/// Parses `postgres://user:password@host:port/database` into a client configuration.
enum PostgresConnectionURL {
    static func configuration(from url: String) throws -> PostgresClient.Configuration {
        var rest = Substring(url)
        for scheme in ["postgres://", "postgresql://"] where rest.hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
        }
        guard rest.count < url.count else {
            throw MetricsStoreError(.invalidConfiguration, "a PostgreSQL URL starts with postgres://")
        }
        var username = "postgres"
        var password: String?
        if let at = rest.lastIndex(of: "@") {
            let credentials = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if let colon = credentials.firstIndex(of: ":") {
                username = String(credentials[..<colon]).removingPercentEncoding ?? String(credentials[..<colon])
                let secret = credentials[credentials.index(after: colon)...]
                password = String(secret).removingPercentEncoding ?? String(secret)
            } else {
                username = String(credentials)
            }
        }
        var database: String?
        if let slash = rest.firstIndex(of: "/") {
            database = String(rest[rest.index(after: slash)...].prefix(while: { $0 != "?" }))
            rest = rest[..<slash]
        }
        var host = String(rest)
        var port = 5432
        if let colon = rest.lastIndex(of: ":") {
            host = String(rest[..<colon])
            guard let parsed = Int(rest[rest.index(after: colon)...]) else {
                throw MetricsStoreError(.invalidConfiguration, "the PostgreSQL URL's port is not a number")
            }
            port = parsed
        }
        guard !host.isEmpty else { throw MetricsStoreError(.invalidConfiguration, "the PostgreSQL URL has no host") }
        return PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: .disable)
    }

    /// The same address for one direct connection (the start-up probe).
    static func connectionConfiguration(from url: String) throws -> PostgresConnection.Configuration {
        let pool = try configuration(from: url)
        return PostgresConnection.Configuration(
            host: pool.host ?? "", port: pool.port ?? 5432, username: pool.username, password: pool.password,
            database: pool.database, tls: .disable)
    }

    /// Opens and closes one connection, so a wrong, unreachable or refused database is
    /// one clear line at start-up rather than a pool retrying in the background.
    static func probe(_ url: String, logger: Logger) async throws {
        let configuration = try connectionConfiguration(from: url)
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            try await connection.close()
        } catch {
            throw MetricsStoreError(.unavailable, "cannot connect to PostgreSQL at \(url.redactingPassword): \(PostgresFailure.describe(error))")
        }
    }
}

extension String {
    /// Minimal percent-decoding for credentials in URLs (no Foundation needed).
    var removingPercentEncoding: String? {
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                    let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
                else { return nil }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
