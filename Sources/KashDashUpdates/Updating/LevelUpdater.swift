import Crypto
import Foundation
import KashDashContract
import KashDashLevels

/// Fetches the server's signed manifest and installs each new or newer level that passes
/// every check: signature, size, SHA-256, version (never a downgrade), then the same checks
/// as `kashdash levels check`. Anything else is refused with one reason; installed levels
/// are never touched unless replaced by a better one.
public struct LevelUpdater: Sendable {
    public let configuration: LevelUpdateConfiguration
    /// The levels that came with the game (their versions count: no update goes below them).
    public let shippedFolder: String?
    /// The advice-link catalogue levels are checked against; with none, nothing new is accepted.
    public let catalogue: AdviceLinkCatalogue?
    public var checkOptions = LevelCheckOptions()

    public init(configuration: LevelUpdateConfiguration, shippedFolder: String?, catalogue: AdviceLinkCatalogue?) {
        self.configuration = configuration
        self.shippedFolder = shippedFolder
        self.catalogue = catalogue
    }

    private var installed: InstalledLevels { InstalledLevels(directory: configuration.installDirectory) }
    private var fetcher: BoundedFetcher { BoundedFetcher(timeout: configuration.timeout) }

    /// One check: never throws; what went wrong is in the report.
    public func run() async -> LevelUpdateReport {
        let manifest: LevelManifest
        do { manifest = try await fetchManifest() } catch {
            return LevelUpdateReport(failure: error.description)
        }
        var report = LevelUpdateReport()
        let staging: URL
        do { staging = try installed.makeStaging() } catch {
            return LevelUpdateReport(failure: "cannot write to \(configuration.installDirectory.path) (\(error.localizedDescription))")
        }
        defer { try? FileManager.default.removeItem(at: staging) }
        var seen: Set<String> = []
        for entry in manifest.levels.prefix(configuration.limits.levelCount) {
            let outcome: LevelUpdateReport.Outcome
            if !LevelsEndpoint.isSafeLevelID(entry.id) {
                outcome = .refused(reason: "the id is not a level id (lower-case letters, digits and hyphens only)")
            } else if !seen.insert(entry.id).inserted {
                outcome = .refused(reason: "listed twice in the manifest")
            } else {
                outcome = await update(entry, staging: staging)
            }
            report.levels.append(.init(id: Self.printable(entry.id), outcome: outcome))
        }
        if manifest.levels.count > configuration.limits.levelCount {
            report.levels.append(.init(id: "(\(manifest.levels.count - configuration.limits.levelCount) more)",
                                       outcome: .refused(reason: "the manifest lists more than \(configuration.limits.levelCount) levels")))
        }
        return report
    }

    // MARK: The manifest

    func fetchManifest() async throws(FetchFailure) -> LevelManifest {
        let base = configuration.serverURL
        let bytes: Data
        do { bytes = try await fetcher.get(url(base, LevelsEndpoint.manifestPath), limit: configuration.limits.manifestBytes) } catch {
            throw FetchFailure(description: "manifest: \(error.description)")
        }
        // Before asking for the signature: a proxy's login page is the likelier story.
        try Self.refuseWebPage(bytes)
        let signatureText: Data
        do { signatureText = try await fetcher.get(url(base, LevelsEndpoint.signaturePath), limit: configuration.limits.signatureBytes) } catch {
            throw FetchFailure(description: "manifest signature: \(error.description)")
        }
        return try Self.readManifest(bytes, signatureText: signatureText, publicKey: configuration.publicKey)
    }

    /// The manifest in the server's exact bytes, once its signature file shows the configured
    /// key signed them. No network and no state, so the fuzzer (issue 17) reaches it directly.
    static func readManifest(
        _ bytes: Data, signatureText: Data, publicKey: Curve25519.Signing.PublicKey
    ) throws(FetchFailure) -> LevelManifest {
        try refuseWebPage(bytes)
        guard let signature = signature(signatureText) else {
            throw FetchFailure(description: "manifest signature: not base64 of a 64-byte Ed25519 signature")
        }
        guard publicKey.isValidSignature(signature, for: bytes) else {
            throw FetchFailure(description: "manifest: the signature does not match the configured levels key")
        }
        do { return try JSONDecoder().decode(LevelManifest.self, from: bytes) } catch {
            throw FetchFailure(description: "manifest: signed, but not a level manifest (\(decodingReason(error)))")
        }
    }

    private static func refuseWebPage(_ bytes: Data) throws(FetchFailure) {
        if bytes.first(where: { !Character(UnicodeScalar($0)).isWhitespace }) == UInt8(ascii: "<") {
            throw FetchFailure(description: "manifest: the server answered with a web page (HTML), not a level manifest")
        }
    }

    // MARK: One level

    private func update(_ entry: LevelManifest.Entry, staging: URL) async -> LevelUpdateReport.Outcome {
        let signature: Data
        switch Self.precheck(entry, currentVersion: currentVersion(of: entry.id), levelByteLimit: configuration.limits.levelBytes) {
        case .decided(let outcome): return outcome
        case .download(let expectedSignature): signature = expectedSignature
        }
        let bytes: Data
        // Never the manifest's `url` (the path is ours), never past the declared size.
        do { bytes = try await fetcher.get(url(configuration.serverURL, LevelsEndpoint.levelPath(id: entry.id)), limit: entry.size) } catch {
            return .refused(reason: "download: \(error.description)")
        }
        guard bytes.count == entry.size else {
            return .refused(reason: "received \(bytes.count) bytes, the manifest says \(entry.size)")
        }
        guard Self.hex(SHA256.hash(data: bytes)) == entry.sha256.lowercased() else {
            return .refused(reason: "its SHA-256 does not match the manifest")
        }
        guard configuration.publicKey.isValidSignature(signature, for: bytes) else {
            return .refused(reason: "its signature does not match the configured levels key")
        }
        let declared = LevelVersion.declared(in: bytes)
        guard declared == entry.version else {
            return .refused(reason: "the script declares version \(declared), the manifest says \(entry.version)")
        }
        guard let catalogue else {
            return .refused(reason: "no advice-link catalogue to check its links against")
        }
        do {
            let staged = try installed.stage(bytes, id: entry.id, in: staging)
            let options = checkOptions
            let check = await Self.offThePool { LevelChecker.check(file: staged.path, catalogue: catalogue, options: options) }
            if let first = check.problems.first {
                let more = check.problems.count > 1 ? " (and \(check.problems.count - 1) more)" : ""
                let line = first.line.map { "line \($0): " } ?? ""
                return .refused(reason: "fails the level checks: \(line)\(first.message)\(more)")
            }
            try installed.install(staged: staged, id: entry.id)
        } catch {
            return .refused(reason: "cannot install it in \(configuration.installDirectory.path) (\(error.localizedDescription))")
        }
        return .installed(version: entry.version)
    }

    /// What a manifest entry's own fields settle before anything is downloaded.
    enum Precheck: Equatable {
        /// Unchanged, or refused for a reason the manifest alone shows.
        case decided(LevelUpdateReport.Outcome)
        /// Worth fetching; the bytes must carry this signature.
        case download(signature: Data)
    }

    /// Version (never a downgrade), size within the limit, a well-formed signature: the
    /// checks that need no download, pure so the fuzzer (issue 17) reaches them directly.
    static func precheck(_ entry: LevelManifest.Entry, currentVersion current: Int?, levelByteLimit limit: Int) -> Precheck {
        if let current, entry.version <= current {
            return .decided(entry.version == current
                ? .unchanged(version: current)
                : .refused(reason: "version \(entry.version) is older than the version \(current) the game has"))
        }
        guard entry.size > 0, entry.size <= limit else {
            return .decided(.refused(reason: "size \(entry.size) bytes is outside the limit of 1-\(limit) bytes"))
        }
        guard let signatureText = entry.signature, let signature = Data(base64Encoded: signatureText), signature.count == 64 else {
            return .decided(.refused(reason: "the manifest gives no valid signature for it"))
        }
        return .download(signature: signature)
    }

    /// The best version the game has now: installed or shipped, whichever is higher.
    private func currentVersion(of id: String) -> Int? {
        let shipped = shippedFolder.flatMap { folder in
            FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(id + ".lua"))
        }.map { LevelVersion.declared(in: $0) }
        let versions = [shipped, installed.version(of: id)].compactMap { $0 }
        return versions.max()
    }

    // MARK: Helpers

    /// Runs seconds of CPU work (the bot's runs) on a dispatch thread, so it never holds one
    /// of Swift's few cooperative threads that the game's other tasks and servers need.
    private static func offThePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .utility).async { continuation.resume(returning: work()) }
        }
    }

    private func url(_ base: URL, _ path: String) -> URL {
        // The base may carry a path prefix (a server behind a proxy at /kashdash).
        var text = base.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return URL(string: text + path)!
    }

    static func signature(_ text: Data) -> Data? {
        let trimmed = String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let raw = Data(base64Encoded: trimmed), raw.count == 64 else { return nil }
        return raw
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    /// An id fit for one log line: quoted, cut to 60 scalars, and everything but printable
    /// ASCII escaped as `\u{...}`. Not `String(reflecting:)`, which leaves U+2028 (a line
    /// break to some log viewers) and bidi overrides such as U+202E (which reverse the rest of
    /// the line on screen) as they are.
    static func printable(_ id: String) -> String {
        if LevelsEndpoint.isSafeLevelID(id) { return id }
        var text = "\""
        for scalar in id.unicodeScalars.prefix(60) {
            switch scalar {
            case "\"", "\\": text += "\\\(scalar)"
            case " "..."~": text.unicodeScalars.append(scalar)
            default: text += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return text + "\""
    }

    private static func decodingReason(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _): "no \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            context.codingPath.isEmpty ? "not valid JSON" : "bad \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "not valid JSON"
        }
    }
}
