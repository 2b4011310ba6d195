import KashDashContract
import PostgresNIO

extension PostgresSharedState: AnnotationStorage {
    public func addAnnotation(day: Day, text: String, author: String, audit: AuditRecord) async throws -> Annotation {
        try await transaction { connection in
            let rows = try await connection.query(
                "INSERT INTO annotations(day, text, author) VALUES (\(day.iso), \(text), \(author)) RETURNING id",
                logger: self.logger)
            var id = 0
            for try await value in rows.decode(Int.self) { id = value }
            try await self.append(audit, on: connection)
            return Annotation(id: id, day: day, text: text, author: author)
        }
    }

    public func removeAnnotation(id: Int, audit: @escaping @Sendable (Annotation) -> AuditRecord) async throws -> Annotation? {
        try await transaction { connection in
            let rows = try await connection.query(
                "DELETE FROM annotations WHERE id = \(id) RETURNING id, day, text, author", logger: self.logger)
            var removed: Annotation?
            for try await (id, day, text, author) in rows.decode((Int, String, String, String).self) {
                if let day = Day(iso: day) { removed = Annotation(id: id, day: day, text: text, author: author) }
            }
            if let removed { try await self.append(audit(removed), on: connection) }
            return removed
        }
    }

    public func annotations(in range: DayRange) async throws -> [Annotation] {
        try await guarded { [client, logger] in
            let rows = try await client.query(
                "SELECT id, day, text, author FROM annotations WHERE day BETWEEN \(range.first.iso) AND \(range.last.iso) ORDER BY day, id",
                logger: logger)
            var notes: [Annotation] = []
            for try await (id, day, text, author) in rows.decode((Int, String, String, String).self) {
                if let day = Day(iso: day) { notes.append(Annotation(id: id, day: day, text: text, author: author)) }
            }
            return notes
        }
    }
}
