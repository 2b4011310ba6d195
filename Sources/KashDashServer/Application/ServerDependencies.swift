import KashDashContract
import KashDashMetrics

/// What the routes need, passed in whole so tests can swap any part.
public struct ServerDependencies: Sendable {
    public var store: any MetricsStore
    public var catalogue: AdviceLinkCatalogue
    public var levels: LevelPack
    /// Signs the level manifest and scripts; `nil` serves them unsigned.
    public var levelSigningKey: LevelSigningKey?
    public var clock: any DayClock
    public var visitors: DailyVisitorHasher
    public var bots: BotDetector
    /// The OPCC dashboard; `nil` serves no dashboard routes.
    public var dashboard: DashboardDependencies?

    public init(
        store: any MetricsStore, catalogue: AdviceLinkCatalogue, levels: LevelPack,
        clock: any DayClock = SystemDayClock(), visitors: DailyVisitorHasher? = nil, bots: BotDetector = BotDetector(),
        dashboard: DashboardDependencies? = nil, levelSigningKey: LevelSigningKey? = nil
    ) {
        self.levelSigningKey = levelSigningKey
        self.dashboard = dashboard
        self.store = store
        self.catalogue = catalogue
        self.levels = levels
        self.clock = clock
        self.visitors = visitors ?? DailyVisitorHasher(clock: clock)
        self.bots = bots
    }

    /// Resolves `/go` requests; shared by the route and the event-loop fast path.
    var adviceClicks: AdviceClickResolver {
        AdviceClickResolver(catalogue: catalogue, levels: levels, bots: bots, clock: clock)
    }
}
