import KashDashContract
import Testing

@Suite struct IdentifierTests {
    @Test func catalogueIDsAreShortLowerCaseWords() {
        #expect(Identifier.isCatalogueID("thinkuknow"))
        #expect(Identifier.isCatalogueID("level-01_b"))
        #expect(!Identifier.isCatalogueID("Thinkuknow"))
        #expect(!Identifier.isCatalogueID("-leading"))
        #expect(!Identifier.isCatalogueID("has space"))
        #expect(!Identifier.isCatalogueID("emma@example.com"))
        #expect(!Identifier.isCatalogueID(String(repeating: "a", count: 65)))
    }

    @Test func plainFileNamesCannotLeaveTheirFolder() {
        #expect(Identifier.isPlainFileName("KashDash-1.0.0-x86_64.AppImage"))
        #expect(!Identifier.isPlainFileName(".."))
        #expect(!Identifier.isPlainFileName("../etc/passwd"))
        #expect(!Identifier.isPlainFileName("/etc/passwd"))
        #expect(!Identifier.isPlainFileName(".hidden"))
        #expect(!Identifier.isPlainFileName("a..b"))
        #expect(!Identifier.isPlainFileName("dir\\file"))
    }

    @Test func batchIDsAndVersions() {
        #expect(Identifier.isBatchID("6f1c2a3e-8d4b-4c1a-9e2f-0a1b2c3d4e5f"))
        #expect(!Identifier.isBatchID("short"))
        #expect(!Identifier.isBatchID("has.dots.in.it"))
        #expect(Identifier.isAppVersion("1.2.0-beta.1+linux"))
        #expect(!Identifier.isAppVersion("1.0 (my name is Sam)"))
    }
}
