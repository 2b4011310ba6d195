/// The allow-list of advice websites (`Assets/advice-links.json`): what levels may name,
/// what the game shows at the end of a round, and the only places `/go/<id>` redirects to.
///
/// One set of rules, checked when the catalogue is made, wherever it is made: every id is a
/// catalogue id and appears once; every URL is an absolute https URL (plain http only to
/// loopback) with nothing in it that could break out of a header or an attribute.
public struct AdviceLinkCatalogue: Sendable {
    /// In catalogue order.
    public let links: [AdviceLink]
    private let byID: [String: AdviceLink]

    public init(links: [AdviceLink]) throws(CatalogueError) {
        var byID: [String: AdviceLink] = [:]
        for link in links {
            guard Identifier.isCatalogueID(link.id) else {
                throw CatalogueError(.badID, "link id \"\(link.id)\" is not a lower-case id")
            }
            guard Self.isAllowedTarget(link.url) else {
                throw CatalogueError(
                    .badURL, "link \"\(link.id)\" has URL \"\(link.url)\"; only https:// URLs may be linked to")
            }
            guard byID.updateValue(link, forKey: link.id) == nil else {
                throw CatalogueError(.duplicateID, "link id \"\(link.id)\" appears twice")
            }
        }
        self.links = links
        self.byID = byID
    }

    public func link(id: String) -> AdviceLink? { byID[id] }
    public func contains(id: String) -> Bool { byID[id] != nil }

    /// An https URL, or http to this machine (tests and local benchmarks redirect there).
    static func isAllowedTarget(_ url: String) -> Bool {
        guard
            !url.unicodeScalars.contains(where: {
                $0.value <= 0x20 || $0 == "\"" || $0 == "<" || $0 == ">" || $0.value == 0x7F
            })
        else { return false }
        if url.hasPrefix("https://"), url.utf8.count > 8 { return true }
        return url.hasPrefix("http://127.0.0.1") || url.hasPrefix("http://localhost")
    }
}

/// A catalogue that cannot be used, with a message that says how to fix it.
public struct CatalogueError: Error, Equatable, CustomStringConvertible, Sendable {
    public enum Code: Equatable, Sendable {
        /// The file could not be read (reported by the edge that reads it).
        case unreadable
        case malformedJSON
        /// Valid JSON, but not a list of links with the fields a link needs.
        case notALinkList
        case badID
        case badURL
        case duplicateID
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
