import GRDB
import KashDashContract

extension SQLiteSharedState: PanelLinkStorage {
    public func createPanelLink(
        tokenHash: String, days: DayRange, expiresMillis: Int64, createdBy: String, audit: AuditRecord
    ) async throws -> PanelLink {
        try await writer.write { db in
            try db.execute(
                sql: "INSERT INTO panel_links(token_hash, first_day, last_day, expires_ms, created_by) VALUES (?, ?, ?, ?, ?)",
                arguments: [tokenHash, days.first.iso, days.last.iso, expiresMillis, createdBy])
            let link = PanelLink(
                id: Int(db.lastInsertedRowID), days: days, expiresMillis: expiresMillis, createdBy: createdBy, revoked: false)
            try Self.append(audit, db)
            return link
        }
    }

    public func usePanelLink(
        tokenHash: String, nowMillis: Int64, audit: @escaping @Sendable (PanelLink) -> AuditRecord
    ) async throws -> PanelLink? {
        try await writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "\(Self.linkColumns) WHERE token_hash = ?", arguments: [tokenHash]),
                let link = Self.link(row), link.isUsable(nowMillis: nowMillis)
            else { return nil }
            try Self.append(audit(link), db)
            return link
        }
    }

    public func revokePanelLink(id: Int, audit: @escaping @Sendable (PanelLink) -> AuditRecord) async throws -> PanelLink? {
        try await writer.write { db in
            try db.execute(sql: "UPDATE panel_links SET revoked = 1 WHERE id = ? AND revoked = 0", arguments: [id])
            guard db.changesCount == 1,
                let row = try Row.fetchOne(db, sql: "\(Self.linkColumns) WHERE id = ?", arguments: [id]),
                let link = Self.link(row)
            else { return nil }
            try Self.append(audit(link), db)
            return link
        }
    }

    public func livePanelLinks(nowMillis: Int64) async throws -> [PanelLink] {
        try await writer.read { db in
            try Row.fetchAll(
                db, sql: "\(Self.linkColumns) WHERE revoked = 0 AND expires_ms > ? ORDER BY id DESC", arguments: [nowMillis]
            ).compactMap(Self.link)
        }
    }

    private static let linkColumns = "SELECT id, first_day, last_day, expires_ms, created_by, revoked FROM panel_links"

    private static func link(_ row: Row) -> PanelLink? {
        guard let first = Day(iso: row["first_day"] as String), let last = Day(iso: row["last_day"] as String),
            let days = DayRange(first: first, last: last)
        else { return nil }
        return PanelLink(
            id: row["id"], days: days, expiresMillis: row["expires_ms"], createdBy: row["created_by"],
            revoked: (row["revoked"] as Int) != 0)
    }
}
