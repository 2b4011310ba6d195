import GRDB
import KashDashContract

extension SQLiteSharedState: AnnotationStorage {
    public func addAnnotation(day: Day, text: String, author: String, audit: AuditRecord) async throws -> Annotation {
        try await writer.write { db in
            try db.execute(
                sql: "INSERT INTO annotations(day, text, author) VALUES (?, ?, ?)", arguments: [day.iso, text, author])
            let id = Int(db.lastInsertedRowID)
            try Self.append(audit, db)
            return Annotation(id: id, day: day, text: text, author: author)
        }
    }

    public func removeAnnotation(id: Int, audit: @escaping @Sendable (Annotation) -> AuditRecord) async throws -> Annotation? {
        try await writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, day, text, author FROM annotations WHERE id = ?", arguments: [id]),
                let note = Self.annotation(row)
            else { return nil }
            try db.execute(sql: "DELETE FROM annotations WHERE id = ?", arguments: [id])
            try Self.append(audit(note), db)
            return note
        }
    }

    public func annotations(in range: DayRange) async throws -> [Annotation] {
        try await writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, day, text, author FROM annotations WHERE day BETWEEN ? AND ? ORDER BY day, id",
                arguments: [range.first.iso, range.last.iso]
            ).compactMap(Self.annotation)
        }
    }

    private static func annotation(_ row: Row) -> Annotation? {
        guard let day = Day(iso: row["day"] as String) else { return nil }
        return Annotation(id: row["id"], day: day, text: row["text"], author: row["author"])
    }
}
