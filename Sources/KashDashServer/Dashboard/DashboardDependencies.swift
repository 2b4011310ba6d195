import KashDashMetrics

/// What the dashboard needs beyond the metrics store: accounts, templates, sessions.
public struct DashboardDependencies: Sendable {
    let accounts: AccountStore
    let views: DashboardViews
    let sessions: SessionStore
    let throttle: LoginThrottle

    /// Loads the templates. Session and throttle timings have production defaults;
    /// tests shorten them.
    public static func load(
        accounts: AccountStore, sessionIdleTimeout: Duration = .seconds(30 * 60),
        failedLoginsBeforePause: Int = 5, loginPause: Duration = .seconds(30)
    ) async throws -> DashboardDependencies {
        DashboardDependencies(
            accounts: accounts, views: try await DashboardViews.load(),
            sessions: SessionStore(idleTimeout: sessionIdleTimeout),
            throttle: LoginThrottle(freeAttempts: failedLoginsBeforePause, basePause: loginPause))
    }
}
