/// The shared-state tables, beside `accounts` and `audit_log`. Each column is here for a
/// reason the privacy test spells out: no address, agent or device ever, and the only
/// hashes are a session token's (adults' dashboard logins) and a visitor's daily key.
enum SharedStateSchema {
    /// Every shared-state table and its exact columns (the privacy test compares with the
    /// live schema, so a new column has to be added here, in review).
    static let columns: [String: [String]] = [
        "accounts": ["username", "password_hash"],
        "audit_log": ["id", "at", "username", "action", "detail"],
        "sessions": ["token_hash", "username", "created_ms", "last_seen_ms"],
        "login_failures": ["username", "failures", "paused_until_ms"],
        "visitor_salts": ["day", "salt"],
        "visitor_seen": ["day", "key"],
    ]
    static var tables: [String] { columns.keys.sorted() }

    /// SQLite (the accounts tables come from the first migration).
    static let sqlite = """
        CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY, username TEXT NOT NULL,
            created_ms INTEGER NOT NULL, last_seen_ms INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE login_failures (
            username TEXT PRIMARY KEY, failures INTEGER NOT NULL, paused_until_ms INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE visitor_salts (day TEXT PRIMARY KEY, salt BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE visitor_seen (day TEXT NOT NULL, key BLOB NOT NULL, PRIMARY KEY (day, key)) WITHOUT ROWID;
        """
}
