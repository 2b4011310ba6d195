import Hummingbird
import KashDashMetrics
import Logging

/// Builds the content server's router: every route, no socket. Tests drive it directly.
public func buildRouter(
    configuration: ServerConfiguration, dependencies: ServerDependencies
) -> Router<KashDashRequestContext> {
    // HEAD is answered wherever GET is (RFC 9110, 9.3.2): Hummingbird runs the GET route
    // and NIO's encoder leaves the body out. Routes that must not count a HEAD (`/go`,
    // downloads) register their own.
    let base = Router(context: KashDashRequestContext.self, options: .autoGenerateHeadEndpoints)
    let router = RouteRecorder(router: base)
    router.add(middleware: URLLengthLimitMiddleware(maxLength: configuration.maxURLLength))
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: StoreUnavailableMiddleware())
    HealthController(store: dependencies.store).register(on: router)
    DownloadController(
        folder: DownloadFolder(directory: configuration.downloadsDirectory), store: dependencies.store,
        visitors: dependencies.visitors, bots: dependencies.bots, clock: dependencies.clock
    ).register(on: router)
    AdviceLinkController(resolver: dependencies.adviceClicks, store: dependencies.store).register(on: router)
    EventIngestionController(
        validator: EventBatchValidator(
            catalogue: dependencies.catalogue, maxEvents: configuration.maxEventsPerBatch,
            maxAgeDays: configuration.maxEventAgeDays),
        store: dependencies.store, clock: dependencies.clock, maxBodyBytes: configuration.maxEventBodyBytes
    ).register(on: router)
    LevelController(pack: dependencies.levels, signingKey: dependencies.levelSigningKey).register(on: router)
    if let dashboard = dependencies.dashboard {
        DashboardController(
            store: dependencies.store, accounts: dashboard.accounts, views: dashboard.views, sessions: dashboard.sessions,
            throttle: dashboard.throttle, clock: dependencies.clock, secureCookies: configuration.secureCookies
        ).register(on: router)
    }
    // Last, so it wraps only the not-found responder: 405 or OPTIONS for known paths.
    router.add(middleware: MethodNotAllowedMiddleware(routes: router.table))
    return base
}

/// Builds the whole application: router, the HTTP/1.1 server with the `/go` fast path,
/// listening address and the maintenance service (salt rotation, raw-row expiry).
/// `runService()` on the result serves until SIGTERM or SIGINT, then shuts down
/// gracefully (in-flight requests finish first).
public func buildApplication(
    configuration: ServerConfiguration, dependencies: ServerDependencies, logger: Logger
) -> some ApplicationProtocol {
    let router = buildRouter(configuration: configuration, dependencies: dependencies)
    let maintenance = MaintenanceService(
        store: dependencies.store, visitors: dependencies.visitors, clock: dependencies.clock,
        rawRetentionDays: configuration.rawRetentionDays, batchMemoryDays: configuration.batchMemoryDays, logger: logger)
    let serverName = "kashdash"
    let redirects = AdviceRedirectChannelHandler.Configuration(
        resolver: dependencies.adviceClicks,
        responses: AdviceRedirectResponses(catalogue: dependencies.catalogue, serverName: serverName),
        clicks: EventLoopClickBatches(store: dependencies.store), maxURLLength: configuration.maxURLLength,
        keepAliveTimeout: .seconds(Int64(configuration.keepAliveSeconds)), dates: HTTPDateCache(), logger: logger)
    var app = Application(
        router: router,
        server: .kashDash(redirects: redirects),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: serverName),
        logger: logger)
    app.addServices(maintenance)
    return app
}
