import KashDashContract
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The art scripts read the vocabulary from `scripts/art/vocabulary.json`; it must be what
/// the Swift side checks levels against. `KASHDASH_WRITE_VOCABULARY=1` rewrites the file.
@Suite struct ArtVocabularyTests {
    static let path = String(#filePath.split(separator: "/Tests/").first!) + "/scripts/art/vocabulary.json"

    @Test func theArtScriptsFileMatchesTheContract() throws {
        if let flag = getenv("KASHDASH_WRITE_VOCABULARY"), String(cString: flag) == "1" {
            let file = try #require(fopen(Self.path, "w"))
            fputs(ArtVocabulary.json, file)
            fclose(file)
        }
        let file = try #require(fopen(Self.path, "r"), "missing \(Self.path); run with KASHDASH_WRITE_VOCABULARY=1")
        defer { fclose(file) }
        var bytes: [UInt8] = []
        while case let byte = fgetc(file), byte != EOF { bytes.append(UInt8(byte)) }
        #expect(String(decoding: bytes, as: UTF8.self) == ArtVocabulary.json, "run with KASHDASH_WRITE_VOCABULARY=1")
        let document = try JSONReader.parse(bytes)
        #expect(document["themes"]?.arrayValue?.compactMap(\.stringValue) == ArtVocabulary.themes)
        #expect(document["pickups"]?.arrayValue?.compactMap(\.stringValue) == ArtVocabulary.pickups)
    }

    @Test func namesAreUniqueAndTheFallbacksComeFirst() {
        #expect(Set(ArtVocabulary.themes).count == ArtVocabulary.themes.count)
        #expect(Set(ArtVocabulary.pickups).count == ArtVocabulary.pickups.count)
        #expect(ArtVocabulary.defaultTheme == "default")
        #expect(ArtVocabulary.defaultPickup == "star")
    }
}
