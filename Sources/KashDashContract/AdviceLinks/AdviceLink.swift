/// One allow-listed advice website (Childline, CEOP/Thinkuknow, ...): the one type the
/// levels, the game and the server's `/go` redirect share.
public struct AdviceLink: Hashable, Sendable {
    /// Catalogue id, e.g. "childline" (see `Identifier.isCatalogueID`).
    public var id: String
    public var title: String
    /// Where `/go/<id>` redirects: https (plain http only to loopback, for tests and benchmarks).
    public var url: String
    /// One line a child can read: what the site helps with.
    public var description: String
    /// Who it is for, e.g. "children 7-11", "parents".
    public var audience: String?
    /// Lesson topic words, e.g. "reporting".
    public var topics: [String]
    /// Who the page is for (JSON `"for"` and `"ages"`); `levels check` requires it of every
    /// link a level names.
    public var reader: AdviceAudience?

    public init(
        id: String, title: String, url: String, description: String, audience: String? = nil, topics: [String] = [],
        reader: AdviceAudience? = nil
    ) {
        self.reader = reader
        self.id = id
        self.title = title
        self.url = url
        self.description = description
        self.audience = audience
        self.topics = topics
    }
}
