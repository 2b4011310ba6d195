import GRDB

/// The metrics schema and its migrations.
///
/// Privacy by construction: no table has a column for an address, a user agent, a device
/// or install id, or a time finer than the day (a test reads the schema to prove it).
/// Missing ids are "" rather than NULL so the aggregate key is a plain primary key.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: events, daily aggregates, client batches") { db in
            try db.execute(sql: """
                CREATE TABLE events (
                    id INTEGER PRIMARY KEY,
                    day TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    source TEXT NOT NULL DEFAULT '',
                    app_version TEXT NOT NULL DEFAULT '',
                    level TEXT NOT NULL DEFAULT '',
                    link TEXT NOT NULL DEFAULT '',
                    message TEXT NOT NULL DEFAULT '',
                    file TEXT NOT NULL DEFAULT '',
                    is_bot INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX events_by_day ON events(day);

                CREATE TABLE daily_counts (
                    day TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    source TEXT NOT NULL,
                    app_version TEXT NOT NULL,
                    level TEXT NOT NULL,
                    link TEXT NOT NULL,
                    message TEXT NOT NULL,
                    file TEXT NOT NULL,
                    is_bot INTEGER NOT NULL,
                    count INTEGER NOT NULL,
                    PRIMARY KEY (day, kind, source, app_version, level, link, message, file, is_bot)
                ) WITHOUT ROWID;
                CREATE INDEX daily_counts_by_kind_day ON daily_counts(kind, day);

                CREATE TABLE client_batches (
                    batch_id TEXT PRIMARY KEY,
                    day TEXT NOT NULL,
                    event_count INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX client_batches_by_day ON client_batches(day);
                """)
        }
        ReportSchema.register(in: &migrator)  // the dashboard's roll-ups (Reports/ReportSchema.swift)
        migrator.registerMigration("v3: event journal folds") { db in
            // The last event-journal generation folded in (see `EventJournal`): one row.
            try db.execute(sql: """
                CREATE TABLE journal_folds (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    generation INTEGER NOT NULL
                );
                """)
        }
        SQLiteLearningSchema.register(in: &migrator)  // answers by encounter bucket (Learning/)
        SQLiteLanguageSchema.register(in: &migrator)  // day x kind x language (Languages/)
        return migrator
    }
}
