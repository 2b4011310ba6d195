import PostgresNIO

/// One clear line for a PostgreSQL failure: the error code, the server's message and the
/// cause of a connection failure, never the query or its bound values (which may be a
/// salt or a password hash).
enum PostgresFailure {
    static func describe(_ error: any Error) -> String {
        if let failed = error as? PostgresTransactionError,
            let cause = failed.beginError ?? failed.closureError ?? failed.commitError
        {
            return describe(cause)
        }
        guard let error = error as? PSQLError else { return "\(error)" }
        var parts = ["\(error.code)"]
        if let message = error.serverInfo?[.message] { parts.append(message) }
        if let sqlState = error.serverInfo?[.sqlState] { parts.append("SQLSTATE \(sqlState)") }
        if let underlying = error.underlying { parts.append("\(underlying)") }
        return parts.joined(separator: ": ")
    }

    /// The store's error for a failed call: the database is unavailable to this instance.
    static func unavailable(_ error: any Error) -> MetricsStoreError {
        if let error = error as? MetricsStoreError { return error }
        return MetricsStoreError(.unavailable, "PostgreSQL: \(describe(error))")
    }
}
