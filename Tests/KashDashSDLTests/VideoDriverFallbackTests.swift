import KashDashSDL
import XCTest

/// Which driver the window tries after SDL's own choice gave no renderer (a kiosk under
/// `cage` with no GPU); the real fallback under a compositor is scripts/ci/kiosk-compositor-test.
final class VideoDriverFallbackTests: XCTestCase {
    private let sdlOrder = ["x11", "wayland", "KMSDRM", "offscreen", "dummy", "evdev"]
    private let underCage = ["WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"]

    func testWaylandWithoutARendererFallsBackToXwayland() {
        XCTAssertEqual(VideoDriverFallback.next(after: ["wayland"], available: sdlOrder, environment: underCage), "x11")
    }

    func testX11WithoutARendererFallsBackToWayland() {
        XCTAssertEqual(VideoDriverFallback.next(after: ["x11"], available: sdlOrder, environment: underCage), "wayland")
    }

    func testNothingIsTriedTwice() {
        XCTAssertNil(VideoDriverFallback.next(after: ["wayland", "x11"], available: sdlOrder, environment: underCage))
    }

    func testOnlyADisplayServerThatIsThereIsTried() {
        // Wayland alone (no Xwayland): no X display to fall back to, and never the offscreen driver.
        XCTAssertNil(VideoDriverFallback.next(after: ["wayland"], available: sdlOrder, environment: ["WAYLAND_DISPLAY": "wayland-0"]))
        XCTAssertNil(VideoDriverFallback.next(after: ["wayland"], available: sdlOrder, environment: ["WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ""]))
    }

    func testADriverThisSDLLacksIsNotTried() {
        XCTAssertNil(VideoDriverFallback.next(after: ["wayland"], available: ["wayland", "offscreen"], environment: underCage))
    }

    func testAnExplicitDriverIsRespected() {
        var chosen = underCage
        chosen["SDL_VIDEODRIVER"] = "wayland"
        XCTAssertNil(VideoDriverFallback.next(after: ["wayland"], available: sdlOrder, environment: chosen))
        chosen["SDL_VIDEODRIVER"] = ""
        XCTAssertEqual(VideoDriverFallback.next(after: ["wayland"], available: sdlOrder, environment: chosen), "x11",
                       "an empty SDL_VIDEODRIVER chooses nothing")
    }
}

/// The driver asked for first: Wayland for a kiosk under a compositor, SDL's own choice on a
/// desktop, X11 when that is the only display, and always what the user set.
final class VideoDriverFirstChoiceTests: XCTestCase {
    private let underCage = ["WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"]

    func testAKioskUnderAWaylandCompositorAsksForWayland() {
        XCTAssertEqual(VideoDriverFallback.firstChoice(kiosk: true, environment: underCage), "wayland")
        XCTAssertEqual(VideoDriverFallback.firstChoice(kiosk: true, environment: ["WAYLAND_DISPLAY": "wayland-0"]), "wayland")
    }

    func testADesktopWindowKeepsSDLsChoice() {
        XCTAssertNil(VideoDriverFallback.firstChoice(kiosk: false, environment: underCage))
    }

    func testAnXDisplayAloneIsX11() {
        XCTAssertEqual(VideoDriverFallback.firstChoice(kiosk: false, environment: ["DISPLAY": ":0"]), "x11")
        XCTAssertEqual(VideoDriverFallback.firstChoice(kiosk: true, environment: ["DISPLAY": ":0", "WAYLAND_DISPLAY": ""]), "x11")
    }

    func testTheUsersDriverWins() {
        var chosen = underCage
        chosen["SDL_VIDEODRIVER"] = "x11"
        XCTAssertNil(VideoDriverFallback.firstChoice(kiosk: true, environment: chosen))
    }
}
