import GRDB
import GRDBSQLite
import KashDashContract

/// Inserts raw event rows through SQLite's C binding calls on GRDB's cached statement.
///
/// Why not `statement.execute(arguments:)`: that boxes nine values into `DatabaseValue`s
/// and an array per row, which measured as much CPU as SQLite's own insert on the `/go`
/// benchmark. Binding directly keeps the per-row cost to SQLite's. Everything still runs
/// inside GRDB's write transaction, on its connection (GRDB documents raw statement use).
struct RawEventInserter {
    private let statement: Statement
    /// The ISO text of the last day bound: a group's events nearly always share one day.
    private var lastDay: (day: Day, iso: String)?
    /// The event whose values are bound now.
    private var lastEvent: MetricEvent?

    init(in db: Database) throws {
        statement = try db.cachedStatement(sql: """
            INSERT INTO events(day, kind, source, app_version, level, link, message, file, is_bot)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    mutating func insert(_ event: MetricEvent) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        // Bindings survive a reset: a run of equal events (common in a journal fold) binds once.
        if event != lastEvent {
            if lastDay?.day != event.day { lastDay = (event.day, event.day.iso) }
            bind(lastDay?.iso ?? "", at: 1)
            bind(event.kind.rawValue, at: 2)
            bind(event.source?.rawValue ?? "", at: 3)
            bind(event.appVersion ?? "", at: 4)
            bind(event.level ?? "", at: 5)
            bind(event.link ?? "", at: 6)
            bind(event.message ?? "", at: 7)
            bind(event.file ?? "", at: 8)
            sqlite3_bind_int(handle, 9, event.isBot ? 1 : 0)
            lastEvent = event
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = sqlite3_errmsg(sqlite3_db_handle(handle)).map { String(cString: $0) }
            sqlite3_reset(handle)
            lastEvent = nil
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// Binds text (never NULL: an empty id is stored as "", like the aggregates).
    private func bind(_ text: String, at index: Int32) {
        text.withCString { pointer in
            // SQLITE_TRANSIENT: SQLite copies the bytes before this call returns.
            _ = sqlite3_bind_text(
                statement.sqliteStatement, index, pointer, Int32(text.utf8.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
    }
}
