import KashDashMetrics

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One allow-listed advice site.
public struct AdviceLink: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var url: String
    public var audience: String?
    public var topics: [String]?
    public var description: String?
}

/// The allow-list of advice sites `/go/<id>` may redirect to. Loaded once at start-up.
public struct AdviceLinkCatalogue: Sendable {
    public let links: [AdviceLink]
    private let byID: [String: AdviceLink]

    /// Validates every entry: a catalogue id and an absolute `https` URL (plain `http`
    /// only for loopback, used by tests and local benchmarks).
    public init(links: [AdviceLink]) throws(CatalogueError) {
        var byID: [String: AdviceLink] = [:]
        for link in links {
            guard Identifier.isCatalogueID(link.id) else { throw CatalogueError("link id \"\(link.id)\" is not a lower-case id") }
            guard Self.isAllowedTarget(link.url) else {
                throw CatalogueError("link \"\(link.id)\" has URL \"\(link.url)\"; only https:// URLs may be redirected to")
            }
            guard byID.updateValue(link, forKey: link.id) == nil else { throw CatalogueError("link id \"\(link.id)\" appears twice") }
        }
        self.links = links
        self.byID = byID
    }

    /// Reads the JSON catalogue file.
    public init(contentsOf path: String) throws(CatalogueError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CatalogueError("cannot read the advice-link catalogue at \(path) (missing or unreadable); pass --links FILE or run from the repository root")
        }
        let links: [AdviceLink]
        do {
            links = try JSONDecoder().decode([AdviceLink].self, from: data)
        } catch {
            throw CatalogueError("advice-link catalogue \(path) is not a JSON array of links: \(error)")
        }
        try self.init(links: links)
    }

    public func link(id: String) -> AdviceLink? { byID[id] }
    public func contains(id: String) -> Bool { byID[id] != nil }

    static func isAllowedTarget(_ url: String) -> Bool {
        guard !url.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) else { return false }
        if url.hasPrefix("https://"), url.count > 8 { return true }
        return url.hasPrefix("http://127.0.0.1") || url.hasPrefix("http://localhost")
    }
}

/// A catalogue that cannot be used, with a message that says how to fix it.
public struct CatalogueError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
