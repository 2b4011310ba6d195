/// What the player did, already translated from keys, buttons, taps and switches by the backend.
///
/// Suggested mapping (the backend owns it): Space/Enter/gamepad A/one switch/left click or
/// tap outside any button → `primary`; arrows/d-pad → directions; 0-9 → `choice`;
/// Escape/Backspace/gamepad B or Start → `back`; window close → `quitRequested`;
/// Ctrl+Alt+Q in a kiosk → `teacherExit`; R → `readAgain`. F11 (full screen) stays in the backend.
public enum PlayerAction: Hashable, Sendable {
    /// Flap, select, confirm: the one-switch button.
    case primary
    case up
    case down
    case left
    case right
    /// A number key, 0...9 (1...3 answer a safety message; on menus 1... picks an item and 0
    /// nothing; the kiosk's PIN pad takes every digit).
    case choice(Int)
    /// Back out of a screen; pauses play.
    case back
    /// A mouse click or touch, in logical 1280x720 coordinates (after letterboxing).
    case pointerDown(x: Double, y: Double)
    /// The pointer moved (for hover highlights), in logical coordinates.
    case pointerMoved(x: Double, y: Double)
    /// The window's close button or the desktop asked the game to end.
    case quitRequested
    /// Kiosk: the teacher's exit chord (Ctrl+Alt+Q). With a PIN set it opens the PIN pad.
    case teacherExit
    /// Read the screen aloud again (the R key).
    case readAgain
}
