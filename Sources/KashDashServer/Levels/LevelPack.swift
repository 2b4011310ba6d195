import Crypto
import KashDashContract
import KashDashMetrics

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One level script as served to clients.
public struct LevelScript: Sendable {
    /// The file name without `.lua`.
    public let id: String
    /// `version = N` declared in the script, or 1.
    public let version: Int
    /// Lower-case hex SHA-256 of the file, so a client can verify what it received.
    public let sha256: String
    public let source: [UInt8]
}

/// The level scripts of a folder, read once at start-up (a restart picks up new levels).
public struct LevelPack: Sendable {
    public let scripts: [LevelScript]
    private let byID: [String: LevelScript]

    public init(scripts: [LevelScript]) {
        let sorted = scripts.sorted { $0.id < $1.id }
        self.scripts = sorted
        self.byID = Dictionary(sorted.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads every `*.lua` in `directory` whose name is a catalogue id. A missing folder
    /// gives an empty pack (the server still runs; the manifest is empty).
    public init(directory: String) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var scripts: [LevelScript] = []
        for name in names where name.hasSuffix(".lua") {
            let id = String(name.dropLast(4))
            guard Identifier.isCatalogueID(id) else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(name))
            scripts.append(Self.script(id: id, bytes: Array(data)))
        }
        self.init(scripts: scripts)
    }

    public func script(id: String) -> LevelScript? { byID[id] }
    public func contains(id: String) -> Bool { byID[id] != nil }

    static func script(id: String, bytes: [UInt8]) -> LevelScript {
        let hex = SHA256.hash(data: bytes).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
        return LevelScript(id: id, version: declaredVersion(in: bytes), sha256: hex, source: bytes)
    }

    /// The script's `version = N` line, else 1 (the contract's rule, shared with the game).
    static func declaredVersion(in bytes: [UInt8]) -> Int { LevelVersion.declared(in: bytes) }
}
