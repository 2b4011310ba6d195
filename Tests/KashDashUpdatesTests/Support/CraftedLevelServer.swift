import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import KashDashContract

/// A level server whose every answer a test writes by hand, over a real loopback socket,
/// to play the part of a broken or hostile content server.
struct CraftedLevelServer {
    struct Answer: Sendable {
        var status: HTTPResponse.Status = .ok
        var body: [UInt8]
        var contentType = "application/octet-stream"
        /// Seconds to wait before answering (a server that stalls).
        var delay: Double = 0
    }

    var answers: [String: Answer] = [:]

    /// Serves a signed manifest of `levels` (id -> bytes), as a correct server would;
    /// `entry` may spoil an entry after signing its level and before signing the manifest.
    static func publishing(_ levels: [(id: String, bytes: Data)], key: Curve25519.Signing.PrivateKey,
                           manifestKey: Curve25519.Signing.PrivateKey? = nil,
                           entry: (inout LevelManifest.Entry) -> Void = { _ in }) -> CraftedLevelServer {
        var server = CraftedLevelServer()
        var entries: [LevelManifest.Entry] = []
        for level in levels {
            var item = LevelManifest.Entry(
                id: level.id, version: LevelVersion.declared(in: level.bytes),
                sha256: SHA256.hash(data: level.bytes).map { String(format: "%02x", $0) }.joined(),
                size: level.bytes.count, url: LevelsEndpoint.levelPath(id: level.id),
                signature: try! key.signature(for: level.bytes).base64EncodedString())
            entry(&item)
            entries.append(item)
            server.answers[LevelsEndpoint.levelPath(id: level.id)] = Answer(body: Array(level.bytes))
        }
        let manifest = try! JSONEncoder().encode(LevelManifest(levels: entries))
        server.answers[LevelsEndpoint.manifestPath] = Answer(body: Array(manifest), contentType: "application/json")
        let signature = try! (manifestKey ?? key).signature(for: manifest).base64EncodedString()
        server.answers[LevelsEndpoint.signaturePath] = Answer(body: Array(signature.utf8), contentType: "text/plain")
        return server
    }

    /// Runs the server on a free loopback port for the length of `body`, which gets its base
    /// URL; returns the paths that were asked for.
    @discardableResult
    func serve(_ body: @escaping @Sendable (URL) async throws -> Void) async throws -> [String] {
        let answers = answers
        let asked = AskedPaths()
        let router = Router()
        router.get("**") { request, _ -> Response in
            let path = request.uri.path
            asked.add(path)
            guard let answer = answers[path] else { return Response(status: .notFound) }
            if answer.delay > 0 { try await Task.sleep(nanoseconds: UInt64(answer.delay * 1_000_000_000)) }
            return Response(
                status: answer.status, headers: [.contentType: answer.contentType],
                body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
        }
        try await serveOnLoopback(router, body)
        return asked.paths
    }
}

/// The request paths a crafted server saw, from its handler tasks.
final class AskedPaths: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ path: String) { lock.withLock { list.append(path) } }
    var paths: [String] { lock.withLock { list } }
}
