/// Everything `kashdash-server serve` can be told. Every field has a safe default.
public struct ServerConfiguration: Sendable {
    /// Address to listen on. Loopback by default: put a TLS proxy in front to publish it.
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    /// Folder holding `metrics.sqlite` (and the dashboard's accounts).
    public var dataDirectory: String = "./kashdash-data"
    /// Folder whose files `/download/<file>` serves.
    public var downloadsDirectory: String = "./downloads"
    /// Folder of `*.lua` level scripts for the level-pack endpoints.
    public var levelsDirectory: String = "Levels"
    /// JSON advice-link catalogue (the redirect allow-list).
    public var linksFile: String = "Assets/advice-links.json"
    /// PostgreSQL URL; when set, metrics go there instead of SQLite.
    public var postgresURL: String? = nil

    /// Largest accepted `POST /api/v1/events` body.
    public var maxEventBodyBytes: Int = 256 * 1024
    /// Most events in one batch.
    public var maxEventsPerBatch: Int = 1000
    /// Oldest event day accepted, in days before today (an offline kiosk may sync late).
    public var maxEventAgeDays: Int = 30
    /// Raw rows are deleted this many days after their day; aggregates are kept.
    /// Never below `maxEventAgeDays`, so a batch id is remembered for as long as its
    /// events could be accepted.
    public var rawRetentionDays: Int = 35
    /// Longest accepted request path + query; longer gets 414.
    public var maxURLLength: Int = 2048
    /// A keep-alive connection idle for this long is closed (nginx's default is 75 s).
    public var keepAliveSeconds: Int = 75
    /// Mark dashboard cookies `Secure`: set this when a TLS proxy serves the dashboard.
    public var secureCookies: Bool = false

    public init() {}

    /// The effective raw retention (at least as long as the accepted event age).
    public var effectiveRawRetentionDays: Int { max(rawRetentionDays, maxEventAgeDays + 1) }
}
