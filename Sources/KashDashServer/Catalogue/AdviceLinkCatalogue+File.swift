import KashDashContract

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension AdviceLinkCatalogue {
    /// Reads the catalogue file the server redirects by; the rules are the contract's.
    static func load(serverFile path: String) throws(CatalogueError) -> AdviceLinkCatalogue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CatalogueError(
                .unreadable,
                "cannot read the advice-link catalogue at \(path) (missing or unreadable); pass --links FILE or run from the repository root"
            )
        }
        do {
            return try AdviceLinkCatalogue(json: [UInt8](data))
        } catch {
            throw CatalogueError(error.code, "advice-link catalogue \(path): \(error.message)")
        }
    }
}
