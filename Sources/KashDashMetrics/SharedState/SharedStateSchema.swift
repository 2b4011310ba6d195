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
        // Staff notes on the weekly chart: a day, the words, who wrote them.
        "annotations": ["id", "day", "text", "author"],
        // Read-only links for the panel: only the hash of the token, the fixed period,
        // when it stops working, who made it, and whether it was revoked.
        "panel_links": ["id", "token_hash", "first_day", "last_day", "expires_ms", "created_by", "revoked"],
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

    static let sqliteNotesAndLinks = """
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY, day TEXT NOT NULL, text TEXT NOT NULL, author TEXT NOT NULL
        );
        CREATE INDEX annotations_by_day ON annotations(day);
        CREATE TABLE panel_links (
            id INTEGER PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, first_day TEXT NOT NULL, last_day TEXT NOT NULL,
            expires_ms INTEGER NOT NULL, created_by TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0
        );
        """

    /// PostgreSQL (created with the rest of the schema, under its advisory lock).
    static let postgresNotesAndLinks = [
        """
        CREATE TABLE IF NOT EXISTS annotations (
            id BIGSERIAL PRIMARY KEY, day TEXT NOT NULL, text TEXT NOT NULL, author TEXT NOT NULL
        )
        """,
        "CREATE INDEX IF NOT EXISTS annotations_by_day ON annotations(day)",
        """
        CREATE TABLE IF NOT EXISTS panel_links (
            id BIGSERIAL PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, first_day TEXT NOT NULL, last_day TEXT NOT NULL,
            expires_ms BIGINT NOT NULL, created_by TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0
        )
        """,
    ]
    static let postgresNotesAndLinksObjects = ["annotations", "annotations_by_day", "panel_links"]
}
