/// The dimensions of one daily aggregate row. Missing ids are stored as "" so the key is
/// a plain composite primary key in both SQLite and PostgreSQL.
struct AggregateKey: Hashable, Sendable {
    var day: String
    var kind: String
    var source: String
    var appVersion: String
    var level: String
    var link: String
    var message: String
    var file: String
    var isBot: Int

    init(_ event: MetricEvent) {
        day = event.day.iso
        kind = event.kind.rawValue
        source = event.source?.rawValue ?? ""
        appVersion = event.appVersion ?? ""
        level = event.level ?? ""
        link = event.link ?? ""
        message = event.message ?? ""
        file = event.file ?? ""
        isBot = event.isBot ? 1 : 0
    }

    init(day: String, kind: String, source: String, appVersion: String, level: String, link: String,
         message: String, file: String, isBot: Int) {
        self.day = day
        self.kind = kind
        self.source = source
        self.appVersion = appVersion
        self.level = level
        self.link = link
        self.message = message
        self.file = file
        self.isBot = isBot
    }
}
