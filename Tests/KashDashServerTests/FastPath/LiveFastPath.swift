import Dispatch
import Hummingbird
import HummingbirdTesting
import KashDashContract
import KashDashMetrics
import Logging
import Synchronization
import Testing

@testable import KashDashServer

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The test server's store, counting which door each write came in by: the `/go` fast
/// path records through the callback form, the router's route through the async form.
/// That is how a test tells which path answered a request.
final class CountingStore: MetricsStore {
    let base: SQLiteMetricsStore

    struct Counts: Equatable {
        /// Events recorded through `record(_:completion:)` (the fast path).
        var fastPathEvents = 0
        /// Events recorded through `record(_:) async` (the router).
        var routerEvents = 0
    }

    private let tally = Mutex(Counts())
    /// With `holdsFastPath`, the fast path's acknowledgements wait (a slow disk) until the
    /// test calls `releaseFastPath()`, so an answer stays pending for as long as it needs.
    let holdsFastPath: Bool
    private let held = Mutex<(isReleased: Bool, completions: [@Sendable () -> Void])>((false, []))

    init(base: SQLiteMetricsStore, holdsFastPath: Bool = false) {
        self.base = base
        self.holdsFastPath = holdsFastPath
    }

    var counts: Counts { tally.withLock { $0 } }

    func record(_ batch: EventBatch) async throws -> BatchOutcome { try await base.record(batch) }

    func record(_ events: [MetricEvent]) async throws {
        tally.withLock { $0.routerEvents += events.count }
        try await base.record(events)
    }

    func record(_ events: [MetricEvent], completion: @escaping @Sendable (Result<Void, any Error>) -> Void) {
        tally.withLock { $0.fastPathEvents += events.count }
        guard holdsFastPath else { return base.record(events, completion: completion) }
        base.record(events) { result in
            let runNow = self.held.withLock { held -> Bool in
                if held.isReleased { return true }
                held.completions.append { completion(result) }
                return false
            }
            if runNow { completion(result) }
        }
    }

    /// Lets every held acknowledgement (and all later ones) through.
    func releaseFastPath() {
        let completions = held.withLock { held in
            held.isReleased = true
            defer { held.completions = [] }
            return held.completions
        }
        for completion in completions { completion() }
    }

    func flush() async throws { try await base.flush() }
    func expireRawEvents(before day: Day, forgetBatchesBefore batchDay: Day) async throws -> Int {
        try await base.expireRawEvents(before: day, forgetBatchesBefore: batchDay)
    }
    func totals(in range: DayRange) async throws -> HeadlineTotals { try await base.totals(in: range) }
    func dailyCounts(of kind: EventKind, in range: DayRange) async throws -> [Day: Int] {
        try await base.dailyCounts(of: kind, in: range)
    }
    func breakdown(_ dimension: BreakdownDimension, in range: DayRange) async throws -> [BreakdownRow] {
        try await base.breakdown(dimension, in: range)
    }
    func checkHealth() async throws { try await base.checkHealth() }
    func rawEventCount() async throws -> Int { try await base.rawEventCount() }
}

/// Which SQLite store backs a live test server.
enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    /// A database file with its event journal: what `kashdash-server serve` runs. Clicks
    /// are acknowledged once journaled and folded in before every read.
    case journaled
    /// The in-memory store of `TestServer`: every click is committed through the group
    /// committer before it is acknowledged.
    case committed

    var description: String { rawValue }
}

/// A running server on a loopback port, for one test.
struct LiveServer: Sendable {
    let server: TestServer
    let store: CountingStore
    let port: Int

    func connect() async throws -> RawHTTPConnection { try await RawHTTPConnection.connect(port: port) }

    /// Read through the store's API, which must show every acknowledged click.
    func totals() async throws -> HeadlineTotals { try await store.totals(in: server.week) }

    /// Clicks stored so far, people and bots together.
    func allClicks() async throws -> Int {
        let totals = try await totals()
        return totals.adviceClicks + totals.botAdviceClicks
    }

    func breakdown(_ dimension: BreakdownDimension) async throws -> [BreakdownRow] {
        try await store.breakdown(dimension, in: server.week)
    }

    /// Runs `test` against `buildApplication` (the real server, `/go` fast path included).
    static func run(
        store kind: StoreKind = .journaled, configure: (inout ServerConfiguration) -> Void = { _ in },
        _ test: @Sendable (LiveServer) async throws -> Void
    ) async throws {
        try await run(routerOnly: false, kind: kind, configure: configure, test)
    }

    /// Runs `test` against the router alone behind Hummingbird's stock HTTP/1.1 server:
    /// what every request got before the fast path existed.
    static func runRouterOnly(
        store kind: StoreKind = .journaled, configure: (inout ServerConfiguration) -> Void = { _ in },
        _ test: @Sendable (LiveServer) async throws -> Void
    ) async throws {
        try await run(routerOnly: true, kind: kind, configure: configure, test)
    }

    private static func run(
        routerOnly: Bool, kind: StoreKind, configure: (inout ServerConfiguration) -> Void,
        _ test: @Sendable (LiveServer) async throws -> Void
    ) async throws {
        let server = try TestServer(configure: configure)
        defer { server.cleanUp() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-fastpath-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base: SQLiteMetricsStore
        switch kind {
        case .committed: base = server.store
        case .journaled: base = try SQLiteMetricsStore(path: folder.appendingPathComponent("metrics.sqlite").path)
        }
        let store = CountingStore(base: base)
        var dependencies = server.dependencies
        dependencies.store = store
        let logger = Logger(label: "fast-path-test")
        if routerOnly {
            let app = Application(
                router: buildRouter(configuration: server.configuration, dependencies: dependencies),
                configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: "kashdash"), logger: logger)
            try await app.test(.live) { client in
                try await test(LiveServer(server: server, store: store, port: try #require(client.port)))
            }
        } else {
            let app = buildApplication(configuration: server.configuration, dependencies: dependencies, logger: logger)
            try await app.test(.live) { client in
                try await test(LiveServer(server: server, store: store, port: try #require(client.port)))
            }
        }
    }
}

/// Raw request text.
enum RawRequest {
    static let browser = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"

    static func get(
        _ target: String, version: String = "HTTP/1.1", userAgent: String? = browser, headers: [String] = [], body: String = ""
    ) -> String {
        var lines = ["GET \(target) \(version)", "Host: localhost"]
        if let userAgent { lines.append("User-Agent: \(userAgent)") }
        lines += headers
        return lines.joined(separator: "\r\n") + "\r\n\r\n" + body
    }
}

/// Checks on a `Date` header value.
enum HTTPDateCheck {
    /// An IMF-fixdate within a few seconds of now (both paths must send one).
    static func isCurrent(_ value: String?) -> Bool {
        guard let value else { return false }
        let now = Int(time(nil))
        return (now - 5 * TestTiming.scale...now + 1).map(HTTPDateCache.format).contains(value)
    }
}
