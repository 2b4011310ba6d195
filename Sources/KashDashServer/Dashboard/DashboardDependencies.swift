import KashDashMetrics

/// What the dashboard needs beyond the metrics store: accounts, templates, sessions.
public struct DashboardDependencies: Sendable {
    let accounts: AccountStore
    let views: DashboardViews
    let sessions: SessionStore
    let throttle: LoginThrottle

    /// Loads the templates. Sessions and the login pause live in the accounts' storage,
    /// shared by every instance using it. Timings have production defaults; tests shorten them.
    public static func load(
        accounts: AccountStore, sessionIdleTimeout: Duration = .seconds(30 * 60),
        failedLoginsBeforePause: Int = 5, loginPause: Duration = .seconds(30)
    ) async throws -> DashboardDependencies {
        DashboardDependencies(
            accounts: accounts, views: try await DashboardViews.load(),
            sessions: SessionStore(storage: accounts.storage, idleTimeout: sessionIdleTimeout),
            throttle: LoginThrottle(storage: accounts.storage, freeAttempts: failedLoginsBeforePause, basePause: loginPause))
    }
}
