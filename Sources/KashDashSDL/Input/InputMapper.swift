import CSDL2
import KashDashGame

/// What an SDL event means: something for the game, or something the backend handles itself.
public enum BackendCommand: Hashable, Sendable {
    case player(PlayerAction)
    /// F11 (never in kiosk mode).
    case toggleFullscreen
    /// Kiosk teacher exit (Ctrl+Alt+Q), or the window closed outside kiosk mode after the
    /// game agreed. Leaves the loop at once.
    case exitNow
    /// The window changed size; text is re-rasterised at the new scale.
    case resized
}

/// Translates keyboard, mouse, touch and gamepad events into `PlayerAction`s.
///
/// Keyboard: Space/Enter = primary, arrows = directions, 1-9 = choices, Escape/P/Backspace
/// = back (pause). The one-switch key (Space unless configured) is always primary, so that
/// single key can drive everything while the game scans menus. Pointer positions arrive in
/// logical 1280x720 coordinates because SDL's logical size converts them.
final class InputMapper {
    private let kiosk: Bool
    private let switchKey: SDL_Keycode
    private let log: BackendLog
    private var controllers: [SDL_JoystickID: OpaquePointer] = [:]

    init(kiosk: Bool, switchKey: SDL_Keycode, log: BackendLog) {
        self.kiosk = kiosk
        self.switchKey = switchKey
        self.log = log
    }

    deinit { closeControllers() }

    /// Closes every open game controller (before the subsystem quits).
    func closeControllers() {
        for controller in controllers.values { SDL_GameControllerClose(controller) }
        controllers.removeAll()
    }

    func translate(_ event: inout SDL_Event) -> BackendCommand? {
        switch SDL_EventType(event.type) {
        case SDL_QUIT:
            return kiosk ? nil : .player(.quitRequested)
        case SDL_WINDOWEVENT:
            let kind = SDL_WindowEventID(UInt32(event.window.event))
            return kind == SDL_WINDOWEVENT_SIZE_CHANGED ? .resized : nil
        case SDL_KEYDOWN:
            return key(event.key)
        case SDL_MOUSEBUTTONDOWN:
            guard event.button.which != UInt32.max else { return nil }  // touch, handled as a finger
            guard event.button.button == UInt8(SDL_BUTTON_LEFT) else { return nil }
            return .player(.pointerDown(x: Double(event.button.x), y: Double(event.button.y)))
        case SDL_MOUSEMOTION:
            guard event.motion.which != UInt32.max else { return nil }
            return .player(.pointerMoved(x: Double(event.motion.x), y: Double(event.motion.y)))
        case SDL_FINGERDOWN:
            // Normalised to the logical area by SDL's renderer.
            return .player(.pointerDown(x: Double(event.tfinger.x) * 1280, y: Double(event.tfinger.y) * 720))
        case SDL_CONTROLLERDEVICEADDED:
            if let controller = SDL_GameControllerOpen(event.cdevice.which) {
                let id = SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(controller))
                if let previous = controllers[id] { SDL_GameControllerClose(previous) }
                controllers[id] = controller
            }
            return nil
        case SDL_CONTROLLERDEVICEREMOVED:
            if let controller = controllers.removeValue(forKey: event.cdevice.which) { SDL_GameControllerClose(controller) }
            return nil
        case SDL_CONTROLLERBUTTONDOWN:
            return button(SDL_GameControllerButton(Int32(event.cbutton.button)))
        default:
            return nil
        }
    }

    private func key(_ key: SDL_KeyboardEvent) -> BackendCommand? {
        let code = key.keysym.sym
        let modifiers = UInt32(key.keysym.mod)
        let control = modifiers & KMOD_CTRL.rawValue != 0
        let alt = modifiers & KMOD_ALT.rawValue != 0
        if control && alt && code == keycode(SDLK_q) { return .exitNow }
        if code == keycode(SDLK_F11) { return kiosk || key.repeat != 0 ? nil : .toggleFullscreen }
        if code == switchKey { return key.repeat != 0 ? nil : .player(.primary) }
        switch code {
        case keycode(SDLK_SPACE), keycode(SDLK_RETURN), keycode(SDLK_KP_ENTER):
            return key.repeat != 0 ? nil : .player(.primary)
        case keycode(SDLK_UP): return .player(.up)
        case keycode(SDLK_DOWN): return .player(.down)
        case keycode(SDLK_LEFT): return .player(.left)
        case keycode(SDLK_RIGHT): return .player(.right)
        case keycode(SDLK_ESCAPE), keycode(SDLK_p), keycode(SDLK_BACKSPACE):
            return key.repeat != 0 ? nil : .player(.back)
        case keycode(SDLK_1)...keycode(SDLK_9):
            return key.repeat != 0 ? nil : .player(.choice(Int(code - keycode(SDLK_1)) + 1))
        case keycode(SDLK_KP_1)...keycode(SDLK_KP_9):
            return key.repeat != 0 ? nil : .player(.choice(Int(code - keycode(SDLK_KP_1)) + 1))
        default:
            return nil
        }
    }

    private func button(_ button: SDL_GameControllerButton) -> BackendCommand? {
        switch button {
        case SDL_CONTROLLER_BUTTON_A: .player(.primary)
        case SDL_CONTROLLER_BUTTON_B, SDL_CONTROLLER_BUTTON_START: .player(.back)
        case SDL_CONTROLLER_BUTTON_DPAD_UP: .player(.up)
        case SDL_CONTROLLER_BUTTON_DPAD_DOWN: .player(.down)
        case SDL_CONTROLLER_BUTTON_DPAD_LEFT: .player(.left)
        case SDL_CONTROLLER_BUTTON_DPAD_RIGHT: .player(.right)
        default: nil
        }
    }
}

/// An SDL key constant as the `sym` field's type.
func keycode(_ key: SDL_KeyCode) -> SDL_Keycode { SDL_Keycode(truncatingIfNeeded: Int(key.rawValue)) }

/// The keycode for a key name such as "Space", "Return" or "F5", or nil if SDL does not know it.
public func switchKeycode(named name: String) -> Int32? {
    let code = SDL_GetKeyFromName(name)
    return code == 0 ? nil : code
}
