import Foundation
import KashDashContract
import KashDashCore
import KashDashGame
import Testing

@testable import KashDashSDL

extension SDLBackendTests {
    /// The kiosk's advice screen shows each link as a QR code; a real scanner (zbarimg) reads
    /// each back from the offscreen PNG as the exact address.
    @Suite struct KioskQRCodeTests {
        static let links = AdviceLink.childAndGrownUpSample

        static func kioskAdviceScreen(server: String?) -> GameApp {
            var content = LessonScreens.content(
                BuiltInLevels.training(seed: 1).messages[0], links: links.map(\.id))
            content = GameContent(levels: content.levels, links: links)
            let configuration = GameConfiguration(
                serverBaseURL: server, kioskIdleSeconds: 3600, makeQRCode: QRCodeEncoder.matrix(for:))
            return GameApp.scenario(
                .adviceLinks(levelID: GoldenImageTests.level), content: content, mode: .kiosk,
                configuration: configuration)
        }

        /// Every code zbarimg finds in the screen's PNG.
        static func scan(_ app: GameApp) throws -> [String] {
            let offscreen = try OffscreenRenderer(libraries: try SDLLibraries(), assets: GoldenImageTests.assetsFolder)
            offscreen.render(app.draw(alpha: 1))
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-qr-\(UUID().uuidString).png")
            defer { try? FileManager.default.removeItem(at: file) }
            try offscreen.savePNG(to: file.path)
            let zbarimg = try #require(
                ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) },
                "zbarimg is missing: scripts/install-deps test installs zbar-tools")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: zbarimg)
            // One symbol per line, no "QR-Code:" prefix; only QR codes.
            process.arguments = ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", file.path]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        }

        @Test func eachCodeIsTheServersCountingRedirect() throws {
            let app = Self.kioskAdviceScreen(server: "https://safety.example.org")
            #expect(app.screenID == .adviceLinks)
            let found = try Self.scan(app)
            let expected = Self.links.map { "https://safety.example.org/go/\($0.id)?src=kiosk-qr&level=training&lang=en" }
            #expect(found.sorted() == expected.sorted())
            #expect(app.drawnTexts.contains("Scan a code with a phone to open the website later."))
            #expect(app.drawnTexts.contains("www.childline.org.uk"), "the address is still written out")
        }

        @Test func withoutAServerEachCodeIsTheSitesOwnAddress() throws {
            let found = try Self.scan(Self.kioskAdviceScreen(server: nil))
            #expect(found.sorted() == Self.links.map(\.url).sorted())
        }

        @Test func theKioskAdviceScreenLooksRight() throws {
            let app = Self.kioskAdviceScreen(server: "https://safety.example.org")
            try GoldenImageTests.check(app.draw(alpha: 1), named: "screen-advice-links-kiosk")
        }

        @Test func theEncoderMakesStandardSymbols() throws {
            let code = try #require(QRCodeEncoder.matrix(for: "https://safety.example.org/go/childline?src=kiosk-qr&level=training"))
            #expect((code.size - 21) % 4 == 0 && code.size >= 21 && code.size <= 177)
            // The three finder patterns: dark 7x7 rings in three corners.
            for (x, y) in [(0, 0), (code.size - 7, 0), (0, code.size - 7)] {
                #expect(code.isDark(x: x, y: y) && code.isDark(x: x + 6, y: y + 6) && !code.isDark(x: x + 1, y: y + 1))
            }
        }
    }
}

extension GameApp {
    fileprivate var drawnTexts: [String] { draw(alpha: 0).texts }
}

extension SDLBackendTests.KioskQRCodeTests {
    /// The teacher's PIN pad just after a wrong PIN.
    @Test func thePinPadLooksRight() throws {
        let pin = try TeacherPin(hashing: "4821", iterations: 1000)
        let app = GameApp(
            content: .builtIn, store: MemoryProgressStore(), mode: .kiosk,
            configuration: GameConfiguration(fixedSeed: 1, teacherPin: pin))
        app.handle(.teacherExit)
        for digit in [1, 1, 1, 1] { app.handle(.choice(digit)) }
        app.handle(.primary)
        #expect(app.screenID == .pinPad)
        try SDLBackendTests.GoldenImageTests.check(app.draw(alpha: 1), named: "screen-pin-pad")
    }
}
