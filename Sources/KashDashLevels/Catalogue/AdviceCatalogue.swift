import Foundation

/// One allow-listed advice website a level can point children to.
public struct AdviceLink: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    public var url: String
    /// Who it is for, e.g. "children 7-11", "parents".
    public var audience: String
    public var topics: [String]
    public var description: String

    public init(id: String, title: String, url: String, audience: String, topics: [String], description: String) {
        self.id = id
        self.title = title
        self.url = url
        self.audience = audience
        self.topics = topics
        self.description = description
    }
}

/// The advice-link catalogue (`Assets/advice-links.json`), shared with the server's redirects.
///
/// The file is either a JSON array of links or an object with a `links` array (other keys,
/// such as a version, are ignored). Ids must be unique and URLs must be https.
public struct AdviceCatalogue: Sendable {
    public var links: [AdviceLink]

    public init(links: [AdviceLink]) {
        self.links = links
    }

    /// A problem with the catalogue file itself.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    private struct Wrapped: Decodable {
        var links: [AdviceLink]
    }

    /// Reads and checks the catalogue at `path`.
    public static func load(path: String) throws -> AdviceCatalogue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(path: path, message: "cannot read the advice-link catalogue (missing or unreadable)")
        }
        let decoder = JSONDecoder()
        let links: [AdviceLink]
        do {
            if let array = try? decoder.decode([AdviceLink].self, from: data) {
                links = array
            } else {
                links = try decoder.decode(Wrapped.self, from: data).links
            }
        } catch {
            throw LoadError(path: path, message: "not a valid advice-link catalogue: \(error)")
        }
        var seen: Set<String> = []
        for link in links {
            guard seen.insert(link.id).inserted else {
                throw LoadError(path: path, message: "link id \"\(link.id)\" appears twice")
            }
            guard link.url.hasPrefix("https://") else {
                throw LoadError(path: path, message: "link \"\(link.id)\": URLs must start with https://")
            }
        }
        return AdviceCatalogue(links: links)
    }

    /// The link with `id`, if the catalogue has one.
    public func link(id: String) -> AdviceLink? {
        links.first { $0.id == id }
    }
}
