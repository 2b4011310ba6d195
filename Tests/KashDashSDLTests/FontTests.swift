import Foundation
import KashDashCore
import KashDashGame
import Testing

@testable import KashDashSDL

extension SDLBackendTests {
    /// Fonts the settings offer really draw differently.
    @Suite struct FontTests {
        @Test func dyslexiaFontDrawsDifferentGlyphsFromAndika() throws {
            let offscreen = try OffscreenRenderer(libraries: try SDLLibraries(), assets: nil, width: 400, height: 80,
                                                  log: BackendLog { _ in })
            func picture(_ font: FontFamily) throws -> RGBAImage {
                var list = DrawList()
                list.clear(.white)
                list.text(TextCommand("Tell a trusted adult", box: Rect(x: 0, y: 0, width: 400, height: 80), size: 32,
                                      color: .black, font: font))
                offscreen.render(list)
                return try offscreen.image()
            }
            let andika = try picture(.andika)
            let dyslexic = try picture(.openDyslexic)
            #expect(andika.pixels.contains { $0 < 128 }, "text was drawn")
            #expect(andika != dyslexic)
        }
    }
}
