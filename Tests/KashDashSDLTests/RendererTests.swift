import Foundation
import KashDashCore
import KashDashGame
import Testing

@testable import KashDashSDL

extension SDLBackendTests {
    /// The offscreen renderer's behaviour beyond pictures: placeholders and bounded caches.
    @Suite struct RendererTests {
        @Test func missingSpriteDrawsAMagentaPlaceholderAndLogsOnce() throws {
            var messages: [String] = []
            let log = BackendLog { messages.append($0) }
            let offscreen = try OffscreenRenderer(libraries: try SDLLibraries(), assets: nil, width: 64, height: 64, log: log)
            var list = DrawList()
            list.clear(.white)
            list.sprite(SpriteCommand(name: "dog-nobody", dest: Rect(x: 8, y: 8, width: 48, height: 48)))
            offscreen.render(list)
            offscreen.render(list)
            let image = try offscreen.image()
            let inside = image[20, 12]
            #expect(inside.r == 255 && inside.g == 0 && inside.b == 255, "placeholder is magenta")
            #expect(image[2, 2].r == 255 && image[2, 2].g == 255, "outside untouched")
            #expect(messages.count == 1, "logged once: \(messages)")
        }

        @Test func textCacheStaysBounded() throws {
            let offscreen = try OffscreenRenderer(libraries: try SDLLibraries(), assets: nil, width: 320, height: 180)
            for index in 0..<600 {
                var list = DrawList()
                list.text(TextCommand("line \(index)", box: Rect(x: 0, y: 0, width: 320, height: 60), size: 20, color: .black))
                offscreen.render(list)
            }
            #expect(offscreen.drawing.cachedTextLines <= 256)
            #expect(offscreen.drawing.cachedTextLines > 0)
        }
    }
}

extension SDLBackendTests.RendererTests {
    @Test func translucentAndRoundedShapesAreCachedAndBlendLikeDirectOnes() throws {
        let offscreen = try OffscreenRenderer(libraries: try SDLLibraries(), assets: nil, width: 320, height: 180)
        var list = DrawList()
        list.clear(.black)
        list.fillRect(Rect(x: 0, y: 0, width: 160, height: 180), Color(r: 255, g: 255, b: 255, a: 60))
        list.fillRect(Rect(x: 180, y: 20, width: 120, height: 120), Color(hex: 0x2A9D8F), cornerRadius: 40)
        list.fillRect(Rect(x: 0, y: 170, width: 40, height: 10), Color(hex: 0xFFB703))  // opaque, square: direct
        offscreen.render(list)
        offscreen.render(list)
        #expect(offscreen.drawing.cachedShapes == 2, "the veil and the rounded panel, once each")
        let image = try offscreen.image()
        let veiled = image[80, 90]
        #expect(abs(Int(veiled.r) - 60) <= 2 && veiled.r == veiled.g && veiled.g == veiled.b, "white at 60/255 over black: \(veiled)")
        #expect(image[240, 80].g == 0x9D, "inside the rounded panel")
        #expect(image[181, 21].g == 0, "its corner is cut off")
        #expect(image[20, 175].r == 0xFF, "the opaque bar drawn directly")
    }

    @Test func shapeCacheStaysWithinItsPixelBudget() throws {
        let offscreen = try OffscreenRenderer(libraries: try SDLLibraries(), assets: nil, width: 320, height: 180)
        for size in 1...300 {
            var list = DrawList()
            list.fillRect(Rect(x: 0, y: 0, width: Double(size), height: 180), Color(hex: 0x1D3557, alpha: 128), cornerRadius: 8)
            offscreen.render(list)
        }
        // 300 shapes of up to 54,000 pixels each, 8.1 Mpx in all: the 4 Mpx budget holds fewer.
        #expect(offscreen.drawing.cachedShapes < 300)
        #expect(offscreen.drawing.cachedShapes > 0)
    }
}
