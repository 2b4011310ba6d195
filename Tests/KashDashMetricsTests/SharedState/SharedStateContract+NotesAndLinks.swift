import KashDashContract
import KashDashMetrics
import Testing

/// Annotations and panel links: shared by every instance, audit-logged in the same
/// transaction as the change.
extension SharedStateContract {
    static func record(_ action: String, _ detail: String = "") -> AuditRecord {
        AuditRecord(at: "2026-11-27T10:00:00Z", username: "analyst", action: action, detail: detail)
    }

    static func annotationsAreSharedAndAudited(_ first: any Storage, _ second: any Storage) async throws {
        let note = try await first.addAnnotation(
            day: day, text: "Safer Internet Day assembly in 12 schools", author: "analyst", audit: record("annotation_added"))
        _ = try await first.addAnnotation(
            day: day.adding(days: -40), text: "Older", author: "analyst", audit: record("annotation_added"))
        let week = DayRange(first: day.adding(days: -6), last: day)!
        #expect(try await second.annotations(in: week) == [note])
        let removed = try await second.removeAnnotation(id: note.id) { record("annotation_removed", $0.text) }
        #expect(removed == note)
        #expect(try await first.annotations(in: week).isEmpty)
        // A second removal finds nothing and records nothing.
        #expect(try await second.removeAnnotation(id: note.id) { record("annotation_removed", $0.text) } == nil)
        #expect(try await first.auditLog(limit: 10).map(\.action) == ["annotation_removed", "annotation_added", "annotation_added"])
        #expect(try await first.auditLog(limit: 1).first?.detail == "Safer Internet Day assembly in 12 schools")
    }

    static func panelLinksAreSharedExpireAndRevoke(_ first: any Storage, _ second: any Storage) async throws {
        let days = DayRange(first: day.adding(days: -29), last: day)!
        let link = try await first.createPanelLink(
            tokenHash: "hash-one", days: days, expiresMillis: 10_000, createdBy: "analyst", audit: record("panel_link_created"))
        // Used on the other instance, before it expires: found, and the use recorded.
        #expect(try await second.usePanelLink(tokenHash: "hash-one", nowMillis: 9_999) { record("panel_link_used", "\($0.id)") } == link)
        // Expired, unknown: nothing, and nothing recorded.
        #expect(try await second.usePanelLink(tokenHash: "hash-one", nowMillis: 10_000) { record("panel_link_used", "\($0.id)") } == nil)
        #expect(try await second.usePanelLink(tokenHash: "forged", nowMillis: 1) { record("panel_link_used", "\($0.id)") } == nil)
        #expect(try await first.livePanelLinks(nowMillis: 5_000).map(\.id) == [link.id])
        #expect(try await first.livePanelLinks(nowMillis: 10_000).isEmpty)
        // Revoked: refused at once everywhere; revoking twice finds nothing.
        let revoked = try await second.revokePanelLink(id: link.id) { record("panel_link_revoked", "\($0.id)") }
        #expect(revoked?.revoked == true)
        #expect(try await first.usePanelLink(tokenHash: "hash-one", nowMillis: 1) { record("panel_link_used", "\($0.id)") } == nil)
        #expect(try await first.revokePanelLink(id: link.id) { record("panel_link_revoked", "\($0.id)") } == nil)
        #expect(try await first.livePanelLinks(nowMillis: 1).isEmpty)
        #expect(try await first.auditLog(limit: 10).map(\.action) == ["panel_link_revoked", "panel_link_used", "panel_link_created"])
    }

    /// Removing an account revokes the panel links it made, on every instance.
    static func removingAnAccountRevokesItsPanelLinks(_ first: any Storage, _ second: any Storage) async throws {
        let days = DayRange(first: day.adding(days: -6), last: day)!
        #expect(try await first.addAccount(username: "leaver", passwordHash: "x", audit: record("user_added")))
        let theirs = try await first.createPanelLink(
            tokenHash: "hash-leaver", days: days, expiresMillis: 10_000, createdBy: "leaver", audit: record("panel_link_created"))
        let others = try await first.createPanelLink(
            tokenHash: "hash-stayer", days: days, expiresMillis: 10_000, createdBy: "stayer", audit: record("panel_link_created"))
        #expect(try await second.removeAccount(username: "leaver", audit: record("user_removed")))
        #expect(try await first.usePanelLink(tokenHash: "hash-leaver", nowMillis: 1) { record("panel_link_used", "\($0.id)") } == nil)
        #expect(try await first.usePanelLink(tokenHash: "hash-stayer", nowMillis: 1) { record("panel_link_used", "\($0.id)") } == others)
        #expect(try await second.livePanelLinks(nowMillis: 1).map(\.id) == [others.id])
        _ = theirs
    }
}
