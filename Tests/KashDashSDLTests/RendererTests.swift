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
