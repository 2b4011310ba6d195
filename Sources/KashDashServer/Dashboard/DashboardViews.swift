import Foundation  // Bundle.module lives in full Foundation
import KashDashMetrics
import Mustache

/// A dashboard template the installed server lacks (a packaging fault, found at start-up).
struct MissingTemplate: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// The dashboard's Mustache templates, loaded once from the module's resources.
struct DashboardViews: Sendable {
    let library: MustacheLibrary

    static func load() async throws -> DashboardViews {
        guard
            let directory = Bundle.module.url(forResource: "templates", withExtension: nil, subdirectory: "Resources")?
                .path
        else {
            throw MissingTemplate(message: "dashboard templates are missing from \(Bundle.module.bundlePath)")
        }
        let library = try await MustacheLibrary(directory: directory)
        for name in ["login", "dashboard", "learning", "panel-links", "message", "style", "masthead"] where library.getTemplate(named: name) == nil
        {
            throw MissingTemplate(message: "dashboard template \(name).mustache is missing from \(directory)")
        }
        return DashboardViews(library: library)
    }

    func render(_ name: String, _ object: Any) -> String {
        library.render(object, withTemplate: name) ?? "template \(name) is missing"
    }

    // MARK: View models (Mustache reads them by reflection)

    struct Login {
        let csrf: String
        let username: String
        let message: String?
    }

    struct Message {
        let title: String
        let message: String
        let back: String
    }
}
