import Foundation
import KashDashContract

extension AdviceLinkCatalogue {
    /// Reads the catalogue file at `path` and checks it by the contract's one set of rules.
    /// Errors name the file, so `levels check` and the game's log say which one to fix.
    public static func load(path: String) throws(CatalogueError) -> AdviceLinkCatalogue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CatalogueError(.unreadable, "\(path): cannot read the advice-link catalogue (missing or unreadable)")
        }
        do {
            return try AdviceLinkCatalogue(json: [UInt8](data))
        } catch {
            throw CatalogueError(error.code, "\(path): \(error.message)")
        }
    }
}
