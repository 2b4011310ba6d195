import Foundation
import Testing

@testable import KashDashSDL

/// The start-up check finds a family only by a font file of its own.
@Suite struct InstalledFontsTests {
    @Test func findsOnlyTheFamiliesWhoseFilesArePresent() throws {
        let folder = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("OpenDyslexic-Regular.otf"))
        let availability = InstalledFonts.check(in: [folder])
        #expect(availability.isInstalled(.openDyslexic))
        #expect(!availability.isInstalled(.andika))
    }

    @Test func anEmptyFolderHasNoneOfThem() {
        let folder = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(InstalledFonts.check(in: [folder]).missing == [.andika, .openDyslexic])
    }

    private static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-fonts-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
