import Hummingbird
import KashDashContract
import KashDashMetrics

/// The learning page and its exports, behind the same session, period parsing and export
/// audit as the overview.
extension DashboardController {
    func registerLearning(on router: some RouterMethods<KashDashRequestContext>) {
        router.get("/dashboard/learning") { request, _ in try await learningPage(request) }
        router.get("/dashboard/learning/export.csv") { request, _ in try await learningExport(request, format: "csv") }
        router.get("/dashboard/learning/export.json") { request, _ in try await learningExport(request, format: "json") }
    }

    private func learningPage(_ request: Request) async throws -> Response {
        guard let session = try await currentSession(request) else { return redirectToLogin() }
        let range: ReportRange
        do { range = try parseRange(request) } catch {
            return messagePage(.badRequest, "That period can't be shown", error.reason, back: "/dashboard/learning")
        }
        let report = try await LearningReport.build(range: range, store: store)
        return HTMLPage.response(
            status: .ok,
            html: views.render("learning", DashboardViews.Learning(report: report, username: session.username, csrf: session.csrfToken)))
    }

    private func learningExport(_ request: Request, format: String) async throws -> Response {
        guard let session = try await currentSession(request) else { return redirectToLogin() }
        let range: ReportRange
        do { range = try parseRange(request) } catch {
            return messagePage(.badRequest, "That period can't be exported", error.reason, back: "/dashboard/learning")
        }
        let report = try await LearningReport.build(range: range, store: store)
        try await accounts.audit(
            username: session.username, action: "export_learning_\(format)", detail: "\(range.days.first.iso)..\(range.days.last.iso)")
        let name = "kashdash-learning-\(range.days.first.iso)-to-\(range.days.last.iso).\(format)"
        let bytes = format == "csv" ? Array(LearningExport.csv(report).utf8) : try LearningExport.json(report)
        return Self.download(bytes, name: name, format: format)
    }
}
