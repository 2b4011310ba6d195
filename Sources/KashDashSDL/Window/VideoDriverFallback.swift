import CSDL2

/// Which SDL video driver to try when the one SDL chose opened but gave the game no window or
/// no renderer.
///
/// The case that needs it: a kiosk under `cage` on a machine with no GPU. SDL picks Wayland,
/// but with no GPU device there is no EGL, and SDL 2.26's software renderer has no Wayland
/// framebuffer, so no renderer can be made; the same compositor also runs Xwayland, where
/// SDL's software renderer blits through X11. With a GPU the Wayland renderer opens and
/// nothing falls back. An explicit `SDL_VIDEODRIVER` is never second-guessed.
public enum VideoDriverFallback {
    /// The drivers that talk to a display server, and the variable that says one is there.
    /// Others (offscreen, dummy, KMS/DRM under a compositor) cannot show a kiosk anything.
    static let displayVariables = ["wayland": "WAYLAND_DISPLAY", "x11": "DISPLAY"]

    /// The next driver to try after `tried` failed: the first of SDL's own drivers, in SDL's
    /// order, that talks to a display server whose variable is set and was not tried yet.
    /// Nil when the user chose a driver (`SDL_VIDEODRIVER`) or none is left.
    public static func next(after tried: [String], available: [String], environment: [String: String]) -> String? {
        if let chosen = environment["SDL_VIDEODRIVER"], !chosen.isEmpty { return nil }
        return available.first { driver in
            guard !tried.contains(driver), let variable = displayVariables[driver] else { return false }
            return !(environment[variable] ?? "").isEmpty
        }
    }

    /// The video drivers this SDL was built with, in the order SDL tries them.
    static func compiledDrivers() -> [String] {
        (0..<max(0, SDL_GetNumVideoDrivers())).compactMap { SDL_GetVideoDriver($0).map { String(cString: $0) } }
    }
}
