import Hummingbird
import HummingbirdTesting
import KashDashMetrics
import Testing

import Foundation  // Process, to mount the tiny file system
#if canImport(Glibc)
import Glibc
#endif

@testable import KashDashServer

/// The server's data folder on a real, tiny file system (a 1 MiB tmpfs): when the disk
/// fills, ingestion is answered 503 with `Retry-After` and a reason (never a bare 500),
/// `/health` says why, nothing acknowledged is lost, nothing refused is half-stored, and
/// when space returns the same server accepts again without a restart.
@Suite(.serialized, .enabled(if: TinyDisk.canMount, "mounting a tmpfs needs root; skipping the full-disk test"))
struct DiskFullTests {
    static func batch(_ number: Int) -> String {
        let events = Array(repeating: #"{"kind": "level_finished", "day": "2026-11-27", "level": "tell-an-adult"}"#, count: 200)
        return #"{"batch_id": "disk-full-\#(number)", "source": "kiosk", "app_version": "1.0.0", "events": [\#(events.joined(separator: ","))]}"#
    }

    @Test func aFullDiskIs503UntilSpaceReturnsAndLosesNothingAcknowledged() async throws {
        let disk = try TinyDisk(bytes: 1 << 20)
        defer { disk.remove() }
        let store = try SQLiteMetricsStore(path: disk.folder + "/metrics.sqlite")
        let server = try TestServer(store: store)
        defer { server.cleanUp() }
        try await server.app.test(.live) { client in
            func post(_ number: Int) async throws -> TestResponse {
                try await client.execute(uri: "/api/v1/events", method: .post, headers: [.contentType: "application/json"],
                                         body: ByteBuffer(string: Self.batch(number)))
            }
            var acknowledged = 0
            var refused: (number: Int, response: TestResponse)?
            for number in 0..<2_000 {
                let response = try await post(number)
                if response.status == .created { acknowledged += 1; continue }
                refused = (number, response)
                break
            }
            let (refusedNumber, response) = try #require(refused, "1 MiB never filled")
            #expect(acknowledged > 0, "some batches fit before the disk filled")
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.retryAfter] == "60")
            #expect(response.text.contains("storage_full"))
            #expect(response.text.contains("disk is full"))

            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .serviceUnavailable)
            #expect(health.text.contains("storage_full"))
            // Advice links still work on a full disk: a child must still reach the help.
            let redirect = try await client.execute(uri: "/go/childline", method: .get)
            #expect(redirect.status == .found)

            try disk.resize(bytes: 32 << 20)
            let again = try await post(refusedNumber)
            #expect(again.status == .created, "the refused batch was not stored, so it is accepted, not a duplicate")
            #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
            // Every acknowledged batch is there, and the refused one exactly once now.
            #expect(try await store.rawEventCount() == (acknowledged + 1) * 200)
        }
    }
}

/// A tmpfs of a given size mounted on a fresh temporary folder (root only).
struct TinyDisk {
    let folder: String

    static var canMount: Bool { getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount") }

    init(bytes: Int) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-tiny-\(UInt64.random(in: 0...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", folder])
    }

    func resize(bytes: Int) throws { try Self.run("/bin/mount", ["-o", "remount,size=\(bytes)", folder]) }

    func remove() {
        try? Self.run("/bin/umount", ["-l", folder])
        try? FileManager.default.removeItem(atPath: folder)
    }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw MetricsStoreError(.unavailable, "\(tool) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
    }
}
