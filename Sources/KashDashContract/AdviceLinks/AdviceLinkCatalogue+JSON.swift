extension AdviceLinkCatalogue {
    /// Reads the catalogue from the JSON file's bytes (the caller reads the file: the contract
    /// has no file system). The document is a JSON array of links, or an object whose `links`
    /// member is that array (other members, such as a version, are ignored).
    ///
    /// A link has `id`, `title`, `url` and `description` strings, and may have an `audience`
    /// string, a `topics` array of strings, and who it is for: `"for": "child"` with
    /// `"ages": [youngest, oldest]`, or `"for": "grown-up"`; any other member is refused, so a typo in the
    /// allow-list is found when it is loaded, not when a child clicks.
    public init(json bytes: [UInt8]) throws(CatalogueError) {
        let document: JSONValue
        do { document = try JSONReader.parse(bytes) } catch {
            throw CatalogueError(.malformedJSON, "the advice-link catalogue is not valid JSON: \(error)")
        }
        guard let items = document.arrayValue ?? document["links"]?.arrayValue else {
            throw CatalogueError(
                .notALinkList,
                "the advice-link catalogue must be a JSON array of links (or an object with a \"links\" array)")
        }
        var links: [AdviceLink] = []
        links.reserveCapacity(items.count)
        for (position, item) in items.enumerated() {
            links.append(try Self.link(from: item, position: position + 1))
        }
        try self.init(links: links)
    }

    private static let fields = ["id", "title", "url", "description", "audience", "topics", "for", "ages"]

    private static func link(from item: JSONValue, position: Int) throws(CatalogueError) -> AdviceLink {
        let place = "link \(position)" + (item["id"]?.stringValue.map { " (\"\($0)\")" } ?? "")
        guard case .object = item else { throw CatalogueError(.notALinkList, "\(place) is not a JSON object") }
        if let unknown = item.keys.first(where: { !fields.contains($0) }) {
            throw CatalogueError(
                .notALinkList, "\(place) has an unknown field \"\(unknown)\" (known: \(fields.joined(separator: ", ")))"
            )
        }
        func text(_ key: String) throws(CatalogueError) -> String {
            guard let value = item[key]?.stringValue, !value.isEmpty else {
                throw CatalogueError(.notALinkList, "\(place) needs a non-empty \"\(key)\" string")
            }
            return value
        }
        var audience: String?
        if let value = item["audience"], value != .null {
            guard let text = value.stringValue else {
                throw CatalogueError(.notALinkList, "\(place): \"audience\" must be a string")
            }
            audience = text
        }
        var topics: [String] = []
        if let value = item["topics"], value != .null {
            guard let list = value.arrayValue?.compactMap(\.stringValue), list.count == value.arrayValue?.count else {
                throw CatalogueError(.notALinkList, "\(place): \"topics\" must be an array of strings")
            }
            topics = list
        }
        return AdviceLink(
            id: try text("id"), title: try text("title"), url: try text("url"), description: try text("description"),
            audience: audience, topics: topics, reader: try reader(of: item, place: place))
    }

    private static func reader(of item: JSONValue, place: String) throws(CatalogueError) -> AdviceAudience? {
        let ages = item["ages"]?.arrayValue
        switch item["for"]?.stringValue {
        case nil:
            if item["for"] != nil, item["for"] != .null {
                throw CatalogueError(.notALinkList, "\(place): \"for\" must be \"child\" or \"grown-up\"")
            }
            if ages != nil { throw CatalogueError(.notALinkList, "\(place): \"ages\" needs \"for\": \"child\"") }
            return nil
        case "grown-up":
            if ages != nil { throw CatalogueError(.notALinkList, "\(place): a grown-up page has no \"ages\"") }
            return .grownUp
        case "child":
            guard let ages, ages.count == 2, case .number(let first) = ages[0], case .number(let second) = ages[1],
                  let low = Int(first), let high = Int(second),
                  0 < low, low <= high, high < 100
            else {
                throw CatalogueError(.notALinkList, "\(place): a child page needs \"ages\": [youngest, oldest]")
            }
            return .child(ages: low...high)
        case let other?:
            throw CatalogueError(.notALinkList, "\(place): \"for\" must be \"child\" or \"grown-up\", not \"\(other)\"")
        }
    }
}
