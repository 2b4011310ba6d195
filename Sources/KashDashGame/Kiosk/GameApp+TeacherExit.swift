/// The kiosk's teacher exit (Ctrl+Alt+Q): straight out with no PIN set, otherwise the PIN pad.
extension GameApp {
    func requestTeacherExit() {
        guard mode == .kiosk, configuration.teacherPin != nil else {
            emit(.quit)
            return
        }
        if screen is PinPadScreen { return }
        if attract { leaveAttract() }
        // A level in flight waits paused behind the pad, so a child comes back to the pause menu.
        let flying = screen is PlayScreen && session.map { $0.phase == .ready || $0.phase == .flying } == true
        enter(PinPadScreen(returnTo: flying ? PauseScreen() : screen))
    }

    /// Checks a PIN typed on the pad; only the right one while unlocked ends the game.
    /// Returns what the pad should say.
    func submitTeacherPin(_ pin: String) -> PinPadScreen.Outcome {
        teacherExitLock.expire(at: tick)
        guard !teacherExitLock.isLocked(at: tick) else { return .locked }
        guard let expected = configuration.teacherPin else { return .wrong }
        if expected.matches(pin) {
            emit(.quit)
            return .accepted
        }
        teacherExitLock.noteWrong(at: tick)
        return teacherExitLock.isLocked(at: tick) ? .locked : .wrong
    }
}
