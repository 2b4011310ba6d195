import Foundation
import KashDashCore
import KashDashGame
import Testing

@testable import KashDashSDL

extension SDLBackendTests {
    /// Keys to player actions, desktop and kiosk (no window needed).
    @Suite struct InputMapperTests {
        private func code(_ name: String) throws -> Int32 { try #require(switchKeycode(named: name), "SDL knows \(name)") }

        @Test func keysMapToPlayerActions() throws {
            let desktop = InputMapper(kiosk: false, switchKey: try code("Space"), log: BackendLog { _ in })
            func press(_ name: String, control: Bool = false, alt: Bool = false, repeating: Bool = false) throws -> BackendCommand? {
                desktop.key(code: try code(name), control: control, alt: alt, isRepeat: repeating)
            }
            #expect(try press("Space") == .player(.primary))
            #expect(try press("Return") == .player(.primary))
            #expect(try press("Space", repeating: true) == nil, "holding Space does not flap sixty times a second")
            #expect(try press("Up") == .player(.up))
            #expect(try press("Escape") == .player(.back))
            #expect(try press("P") == .player(.back))
            #expect(try press("2") == .player(.choice(2)))
            #expect(try press("F11") == .toggleFullscreen)
            #expect(try press("Q", control: true, alt: true) == .exitNow)
        }

        @Test func kioskIgnoresFullScreenToggleAndOneSwitchKeyIsPrimary() throws {
            let kiosk = InputMapper(kiosk: true, switchKey: try code("F5"), log: BackendLog { _ in })
            #expect(kiosk.key(code: try code("F11"), control: false, alt: false, isRepeat: false) == nil)
            #expect(kiosk.key(code: try code("F5"), control: false, alt: false, isRepeat: false) == .player(.primary))
            #expect(kiosk.key(code: try code("Q"), control: true, alt: true, isRepeat: false) == .exitNow, "the teacher's exit")
        }
    }
}
