import CSDL2
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
            #expect(
                kiosk.key(code: try code("Q"), control: true, alt: true, isRepeat: false) == .player(.teacherExit),
                "the teacher's exit goes to the game, which asks for the PIN")
        }

        @Test func digitsIncludingZeroAndTheKeypadAreChoices() throws {
            let kiosk = InputMapper(kiosk: true, switchKey: try code("Space"), log: BackendLog { _ in })
            for digit in 0...9 {
                #expect(kiosk.key(code: try code("\(digit)"), control: false, alt: false, isRepeat: false) == .player(.choice(digit)))
                #expect(kiosk.key(code: try code("Keypad \(digit)"), control: false, alt: false, isRepeat: false) == .player(.choice(digit)))
            }
        }

        /// Nothing a child can press or click leaves a kiosk: only Ctrl+Alt+Q reaches the game.
        @Test func kioskIgnoresEveryWayOut() throws {
            let kiosk = InputMapper(kiosk: true, switchKey: try code("Space"), log: BackendLog { _ in })
            func press(_ name: String, control: Bool = false, alt: Bool = false) throws -> BackendCommand? {
                kiosk.key(code: try code(name), control: control, alt: alt, isRepeat: false)
            }
            #expect(try press("F4", alt: true) == nil, "Alt+F4")
            #expect(try press("Tab", alt: true) == nil, "Alt+Tab")
            #expect(try press("Left GUI") == nil, "Super")
            #expect(try press("Right GUI") == nil, "Super")
            for number in 1...12 {
                #expect(try press("F\(number)", control: true, alt: true) == nil, "Ctrl+Alt+F\(number)")
            }
            #expect(try press("Escape") == .player(.back), "Escape only steps back inside the game")
            var quit = SDL_Event()
            quit.type = SDL_QUIT.rawValue
            #expect(kiosk.translate(&quit) == nil, "a request to quit (window manager, Alt+F4)")
            var close = SDL_Event()
            close.type = SDL_WINDOWEVENT.rawValue
            close.window.event = UInt8(SDL_WINDOWEVENT_CLOSE.rawValue)
            #expect(kiosk.translate(&close) == nil, "the window's close button")

            let desktop = InputMapper(kiosk: false, switchKey: try code("Space"), log: BackendLog { _ in })
            #expect(desktop.translate(&quit) == .player(.quitRequested), "a desktop window still closes")
        }
    }
}
