import KashDashContract

/// A staff note pinned to a day ("Safer Internet Day assembly in 12 schools"), shown on the
/// weekly chart and in exports so a bump in the figures carries its explanation.
public struct Annotation: Equatable, Sendable {
    public var id: Int
    public var day: Day
    public var text: String
    /// The staff account that added it.
    public var author: String

    public init(id: Int, day: Day, text: String, author: String) {
        self.id = id
        self.day = day
        self.text = text
        self.author = author
    }

    /// The longest note kept: a line on a chart, not a report.
    public static let maxLength = 140
}

/// Where notes live: shared state, so every server instance shows the same ones. Adding and
/// removing write their audit record in the same transaction.
public protocol AnnotationStorage: Sendable {
    /// Stores a note and its audit record; returns the note with its id.
    func addAnnotation(day: Day, text: String, author: String, audit: AuditRecord) async throws -> Annotation
    /// Deletes a note and records it; `nil` if there was none (nothing is recorded then).
    func removeAnnotation(id: Int, audit: @escaping @Sendable (Annotation) -> AuditRecord) async throws -> Annotation?
    /// Notes on days in `range`, by day then id.
    func annotations(in range: DayRange) async throws -> [Annotation]
}
