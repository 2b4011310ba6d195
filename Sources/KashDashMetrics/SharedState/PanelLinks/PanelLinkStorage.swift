import KashDashContract

/// A read-only link for the Police and Crime Panel: it opens the overview and learning pages
/// for one fixed period, without an account, until it expires or is revoked.
///
/// Only the SHA-256 of the link's token is stored, like a session's, so a copy of the
/// database cannot be turned into working links.
public struct PanelLink: Equatable, Sendable {
    public var id: Int
    /// The fixed period the link shows.
    public var days: DayRange
    /// Unix milliseconds after which the link is refused.
    public var expiresMillis: Int64
    public var createdBy: String
    public var revoked: Bool

    public init(id: Int, days: DayRange, expiresMillis: Int64, createdBy: String, revoked: Bool) {
        self.id = id
        self.days = days
        self.expiresMillis = expiresMillis
        self.createdBy = createdBy
        self.revoked = revoked
    }

    /// The longest a link may live.
    public static let maxLifetimeDays = 30

    public func isUsable(nowMillis: Int64) -> Bool { !revoked && nowMillis < expiresMillis }
}

/// Where panel links live: shared state, so a link made on one instance opens on all.
/// Creating, revoking and using write their audit record in the same transaction.
public protocol PanelLinkStorage: Sendable {
    func createPanelLink(
        tokenHash: String, days: DayRange, expiresMillis: Int64, createdBy: String, audit: AuditRecord
    ) async throws -> PanelLink
    /// The link for `tokenHash` if it is usable now, its use recorded; `nil` (and nothing
    /// recorded) for an unknown, expired or revoked one.
    func usePanelLink(
        tokenHash: String, nowMillis: Int64, audit: @escaping @Sendable (PanelLink) -> AuditRecord
    ) async throws -> PanelLink?
    /// Revokes a link and records it; `nil` if there was no such unrevoked link.
    func revokePanelLink(id: Int, audit: @escaping @Sendable (PanelLink) -> AuditRecord) async throws -> PanelLink?
    /// Links not revoked and not yet expired, newest first.
    func livePanelLinks(nowMillis: Int64) async throws -> [PanelLink]
}
