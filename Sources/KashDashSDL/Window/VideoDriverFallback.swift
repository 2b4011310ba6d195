import CSDL2

/// Which SDL video driver the window starts with, and which it tries when one opened but gave
/// the game no window or no renderer.
///
/// The case that needs it: a kiosk under `cage`, which offers both Wayland and Xwayland. SDL 2
/// would take X11 first; a kiosk asks for Wayland, which draws directly when there is a GPU.
/// With no GPU device there is no EGL, and SDL 2.26's software renderer has no Wayland
/// framebuffer, so no renderer can be made; then the window falls back to Xwayland, where
/// SDL's software renderer blits through X11. An explicit `SDL_VIDEODRIVER` is never
/// second-guessed.
public enum VideoDriverFallback {
    /// The drivers that talk to a display server, and the variable that says one is there.
    /// Others (offscreen, dummy, KMS/DRM under a compositor) cannot show a kiosk anything.
    static let displayVariables = ["wayland": "WAYLAND_DISPLAY", "x11": "DISPLAY"]

    /// The driver to ask SDL for first, or nil to let SDL choose. A kiosk on a Wayland
    /// compositor asks for Wayland (a desktop keeps SDL's choice: SDL 2 draws no window
    /// decorations of its own on some Wayland desktops); with only an X display, X11, so an
    /// unreachable X server fails at once instead of SDL trying others.
    public static func firstChoice(kiosk: Bool, environment: [String: String]) -> String? {
        if let chosen = environment["SDL_VIDEODRIVER"], !chosen.isEmpty { return nil }
        let wayland = !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty
        let x11 = !(environment["DISPLAY"] ?? "").isEmpty
        if kiosk && wayland { return "wayland" }
        if x11 && !wayland { return "x11" }
        return nil
    }

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
