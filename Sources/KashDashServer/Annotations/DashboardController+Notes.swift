import Hummingbird
import KashDashContract
import KashDashMetrics

/// Staff notes on the weekly chart: added and removed from the overview by a signed-in
/// account, with the session's CSRF token; each change is audit-logged with the note.
extension DashboardController {
    struct NoteForm: Decodable {
        let csrf: String?
        let day: String?
        let text: String?
        /// The overview's query, to go back to the same period.
        let back: String?
    }

    func registerNotes(on router: some RouterMethods<KashDashRequestContext>) {
        router.post("/dashboard/notes") { request, _ in try await addNote(request) }
        router.post("/dashboard/notes/:id/delete") { request, context in try await removeNote(request, context) }
    }

    private func addNote(_ request: Request) async throws -> Response {
        guard let session = try await currentSession(request) else { return redirectToLogin() }
        let form = try await decodeForm(NoteForm.self, request)
        guard let sent = form.csrf, Self.same(session.csrfToken, sent) else {
            return messagePage(.forbidden, "Form expired", "The note form was not sent from this site.", back: "/dashboard")
        }
        let back = Self.overview(form.back)
        guard let day = form.day.flatMap(Day.init(iso:)) else {
            return messagePage(.badRequest, "That note can't be added", "Choose the day the note is about.", back: back)
        }
        let text = (form.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= Annotation.maxLength, !text.contains(where: \.isNewline) else {
            return messagePage(
                .badRequest, "That note can't be added", "A note is one line of at most \(Annotation.maxLength) characters.",
                back: back)
        }
        _ = try await accounts.storage.addAnnotation(
            day: day, text: text, author: session.username,
            audit: AccountStore.record(username: session.username, action: "annotation_added", detail: "\(day.iso): \(text)"))
        return Response(status: .seeOther, headers: [.location: back, .cacheControl: "no-store"])
    }

    private func removeNote(_ request: Request, _ context: KashDashRequestContext) async throws -> Response {
        guard let session = try await currentSession(request) else { return redirectToLogin() }
        let form = try await decodeForm(NoteForm.self, request)
        guard let sent = form.csrf, Self.same(session.csrfToken, sent) else {
            return messagePage(.forbidden, "Form expired", "The note form was not sent from this site.", back: "/dashboard")
        }
        let back = Self.overview(form.back)
        guard let id = context.parameters.get("id").flatMap({ Int($0) }),
            try await accounts.storage.removeAnnotation(id: id, audit: { note in
                AccountStore.record(username: session.username, action: "annotation_removed", detail: "\(note.day.iso): \(note.text)")
            }) != nil
        else {
            return messagePage(.notFound, "No such note", "That note was already removed.", back: back)
        }
        return Response(status: .seeOther, headers: [.location: back, .cacheControl: "no-store"])
    }

    /// The overview for a query the form carried, only ever on this site's own dashboard
    /// (a `back` value cannot send the browser elsewhere).
    static func overview(_ query: String?) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-=&".unicodeScalars)
        guard let query, query.count <= 80, query.unicodeScalars.allSatisfy(allowed.contains) else { return "/dashboard" }
        return "/dashboard?" + query
    }
}
