import Logging

/// Everything `kashdash-server` can be told, each setting with its one default.
///
/// `kashdash-server` builds this from the environment (`init(environment:)`) and then maps
/// its flags onto it; `OpenedServer.open` reads nothing else. Tests start from `init()`.
public struct ServerConfiguration: Sendable {
    /// Address to listen on. Loopback by default: put a TLS proxy in front to publish it.
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    /// Folder holding `metrics.sqlite` and `accounts.sqlite`; created readable by its owner only.
    public var dataDirectory: String = ServerConfiguration.dataDirectory(environment: [:])
    /// Folder whose files `/download/<file>` serves.
    public var downloadsDirectory: String = "downloads"
    /// Folder of `*.lua` level scripts for the level-pack endpoints.
    public var levelsDirectory: String = "Levels"
    /// JSON advice-link catalogue (the redirect allow-list).
    public var linksFile: String = "Assets/advice-links.json"
    /// PostgreSQL URL; when set, metrics go there instead of SQLite.
    public var postgresURL: String? = nil
    /// The server's log level.
    public var logLevel: Logger.Level = .info

    /// Largest accepted `POST /api/v1/events` body.
    public var maxEventBodyBytes: Int = 256 * 1024
    /// Most events in one batch.
    public var maxEventsPerBatch: Int = 1000
    /// Oldest event day accepted, in days before today: a year and a day, so a kiosk or
    /// laptop offline for a whole term (or a summer) still has every count taken.
    public var maxEventAgeDays: Int = 366
    /// Raw rows are deleted this many days after their day; aggregates are kept.
    public var rawRetentionDays: Int = 35
    /// Longest accepted request path + query; longer gets 414.
    public var maxURLLength: Int = 2048
    /// A keep-alive connection idle for this long is closed (nginx's default is 75 s).
    public var keepAliveSeconds: Int = 75
    /// Mark dashboard cookies `Secure`: set this when a TLS proxy serves the dashboard.
    public var secureCookies: Bool = false

    public init() {}

    /// How long a batch id is remembered after its newest event day: one day past the
    /// acceptance window, so a batch resent at any time it could still be accepted is
    /// recognised as a duplicate.
    public var batchMemoryDays: Int { maxEventAgeDays + 1 }

    /// The default data folder: `$KASHDASH_DATA`, else `$XDG_DATA_HOME/kashdash`, else
    /// `$HOME/.local/share/kashdash`, else `./kashdash-data`.
    public static func dataDirectory(environment: [String: String]) -> String {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let data = value("KASHDASH_DATA") { return data }
        if let xdg = value("XDG_DATA_HOME") { return xdg + "/kashdash" }
        if let home = value("HOME") { return home + "/.local/share/kashdash" }
        return "./kashdash-data"
    }
}
