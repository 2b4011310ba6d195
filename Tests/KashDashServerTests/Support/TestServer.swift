import GRDB
import Hummingbird
import HummingbirdTesting
import KashDashContract
import KashDashMetrics
import Logging
@testable import KashDashServer

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A content server wired to an in-memory SQLite store, a fixture catalogue, two fixture
/// levels and a temporary downloads folder. Everything a test needs to look at is here.
struct TestServer {
    static let today = Day(iso: "2026-11-27")!
    static let downloadBytes: [UInt8] = (0..<5000).map { UInt8($0 % 251) }

    let store: SQLiteMetricsStore
    let configuration: ServerConfiguration
    let dependencies: ServerDependencies
    let downloads: URL

    /// `store`: another store (a file on a tiny disk, say); an in-memory one by default.
    init(store: SQLiteMetricsStore? = nil, configure: (inout ServerConfiguration) -> Void = { _ in }) throws {
        let store = try store ?? SQLiteMetricsStore(writer: DatabaseQueue())
        self.store = store
        downloads = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-downloads-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        try Data(Self.downloadBytes).write(to: downloads.appendingPathComponent("KashDash-1.0.0.AppImage"))
        try Data("tiny".utf8).write(to: downloads.appendingPathComponent("SHA256SUMS.txt"))
        var configuration = ServerConfiguration()
        configuration.downloadsDirectory = downloads.path
        configure(&configuration)
        self.configuration = configuration
        let catalogue = try AdviceLinkCatalogue(links: [
            AdviceLink(id: "thinkuknow", title: "Thinkuknow (CEOP)", url: "https://www.thinkuknow.co.uk/", description: "Advice.", audience: "8-10", topics: ["reporting"]),
            AdviceLink(id: "childline", title: "Childline", url: "https://www.childline.org.uk/", description: "Advice."),
        ])
        let levels = LevelPack(scripts: [
            LevelPack.script(id: "tell-an-adult", bytes: Array("-- lesson one\nversion = 3\nreturn {}\n".utf8)),
            LevelPack.script(id: "passwords", bytes: Array("return {}\n".utf8)),
        ])
        dependencies = ServerDependencies(store: store, catalogue: catalogue, levels: levels, clock: FixedDayClock(Self.today))
    }

    var app: some ApplicationProtocol {
        Application(router: buildRouter(configuration: configuration, dependencies: dependencies), logger: Logger(label: "test"))
    }

    var week: DayRange { DayRange(first: Self.today.adding(days: -6), last: Self.today)! }

    func totals() async throws -> HeadlineTotals { try await store.totals(in: week) }

    func cleanUp() { try? FileManager.default.removeItem(at: downloads) }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

extension ByteBuffer {
    init(json: String) { self.init(string: json) }
}
