import KashDashContract
import PostgresNIO

extension PostgresSharedState: PanelLinkStorage {
    public func createPanelLink(
        tokenHash: String, days: DayRange, expiresMillis: Int64, createdBy: String, audit: AuditRecord
    ) async throws -> PanelLink {
        try await transaction { connection in
            let rows = try await connection.query("""
                INSERT INTO panel_links(token_hash, first_day, last_day, expires_ms, created_by)
                VALUES (\(tokenHash), \(days.first.iso), \(days.last.iso), \(expiresMillis), \(createdBy)) RETURNING id
                """, logger: self.logger)
            var id = 0
            for try await value in rows.decode(Int.self) { id = value }
            try await self.append(audit, on: connection)
            return PanelLink(id: id, days: days, expiresMillis: expiresMillis, createdBy: createdBy, revoked: false)
        }
    }

    public func usePanelLink(
        tokenHash: String, nowMillis: Int64, audit: @escaping @Sendable (PanelLink) -> AuditRecord
    ) async throws -> PanelLink? {
        try await transaction { connection in
            let rows = try await connection.query(
                "SELECT id, first_day, last_day, expires_ms, created_by, revoked FROM panel_links WHERE token_hash = \(tokenHash)",
                logger: self.logger)
            guard let link = try await Self.links(rows).first, link.isUsable(nowMillis: nowMillis) else { return nil }
            try await self.append(audit(link), on: connection)
            return link
        }
    }

    public func revokePanelLink(id: Int, audit: @escaping @Sendable (PanelLink) -> AuditRecord) async throws -> PanelLink? {
        try await transaction { connection in
            let rows = try await connection.query("""
                UPDATE panel_links SET revoked = 1 WHERE id = \(id) AND revoked = 0
                RETURNING id, first_day, last_day, expires_ms, created_by, revoked
                """, logger: self.logger)
            guard let link = try await Self.links(rows).first else { return nil }
            try await self.append(audit(link), on: connection)
            return link
        }
    }

    public func livePanelLinks(nowMillis: Int64) async throws -> [PanelLink] {
        try await guarded { [client, logger] in
            let rows = try await client.query("""
                SELECT id, first_day, last_day, expires_ms, created_by, revoked FROM panel_links
                WHERE revoked = 0 AND expires_ms > \(nowMillis) ORDER BY id DESC
                """, logger: logger)
            return try await Self.links(rows)
        }
    }

    private static func links(_ rows: PostgresRowSequence) async throws -> [PanelLink] {
        var links: [PanelLink] = []
        for try await (id, first, last, expires, createdBy, revoked) in rows.decode((Int, String, String, Int64, String, Int).self) {
            guard let first = Day(iso: first), let last = Day(iso: last), let days = DayRange(first: first, last: last) else { continue }
            links.append(PanelLink(id: id, days: days, expiresMillis: expires, createdBy: createdBy, revoked: revoked != 0))
        }
        return links
    }
}
