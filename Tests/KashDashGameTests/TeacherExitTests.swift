import KashDashCore
import Testing

@testable import KashDashGame

/// Ctrl+Alt+Q in a kiosk: the teacher's PIN pad, its lock, and that nothing but the right
/// PIN ever ends the game.
@Suite struct TeacherExitTests {
    /// Few rounds, so the tests are quick; the cost does not change the flow.
    static let pin = try! TeacherPin(hashing: "4821", iterations: 1000)

    func kiosk(pin: TeacherPin? = TeacherExitTests.pin, idleSeconds: Int = 600) -> GameApp {
        GameApp(
            content: .builtIn, store: MemoryProgressStore(), mode: .kiosk,
            configuration: GameConfiguration(fixedSeed: 7, kioskIdleSeconds: idleSeconds, teacherPin: pin))
    }

    func type(_ digits: String, on app: GameApp) {
        for digit in digits { app.handle(.choice(Int(String(digit))!)) }
    }

    func submit(_ digits: String, on app: GameApp) {
        type(digits, on: app)
        app.handle(.primary)  // Enter, with the highlight on OK
    }

    @Test func withoutAPinTheChordLeavesAsBefore() {
        let app = kiosk(pin: nil)
        app.handle(.teacherExit)
        #expect(app.wantsQuit)
        let desktop = GameApp(content: .builtIn, store: MemoryProgressStore(), mode: .desktop,
                              configuration: GameConfiguration(teacherPin: Self.pin))
        desktop.handle(.teacherExit)
        #expect(desktop.wantsQuit, "a desktop never asks for a PIN")
    }

    @Test func theRightPinLeaves() {
        let app = kiosk()
        app.handle(.primary)
        app.handle(.teacherExit)
        #expect(app.screenID == .pinPad)
        #expect(app.drawnText.contains("Teacher exit"))
        #expect(app.focusedLabel == "OK")
        #expect(!app.wantsQuit)
        submit("4821", on: app)
        #expect(app.wantsQuit)
    }

    @Test func typedDigitsShowAsDotsNeverAsNumbers() {
        let app = kiosk()
        app.handle(.teacherExit)
        let before = app.draw(alpha: 0)
        type("4821", on: app)
        let after = app.draw(alpha: 0)
        #expect(before.texts == after.texts, "no digit appears on screen")
        #expect(after.commands.count == before.commands.count, "dots take the place of the empty slots")
    }

    @Test func wrongPinsNeverLeaveAndThreeLockThePadForExactlyAMinute() {
        let app = kiosk()
        app.handle(.teacherExit)
        submit("1111", on: app)
        #expect(!app.wantsQuit)
        #expect(app.screenID == .pinPad)
        #expect(app.drawnText.contains("That PIN is not right. Please try again."))
        submit("2222", on: app)
        submit("48210", on: app)
        #expect(!app.wantsQuit)
        #expect(app.drawnText.contains("Too many tries. The pad opens again in 60 seconds."))
        let lockedAt = app.tick
        // Locked: even the right PIN does nothing.
        submit("4821", on: app)
        #expect(!app.wantsQuit)
        for step in 0..<(TeacherExitLock.lockTicks - 1) {
            // The teacher waits at the pad (a mouse nudge now and then keeps it open).
            if step % 600 == 0 { app.handle(.pointerMoved(x: 5, y: 5)) }
            app.update()
            if app.tick == lockedAt + 30 * 60 { #expect(app.drawnText.contains { $0.contains("in 30 seconds") }) }
        }
        #expect(app.tick == lockedAt + TeacherExitLock.lockTicks - 1)
        submit("4821", on: app)
        #expect(!app.wantsQuit, "one tick before the minute is up the pad is still locked")
        app.update()
        submit("4821", on: app)
        #expect(app.wantsQuit, "at the minute it opens again")
    }

    @Test func aHundredWrongTriesNeverLeave() {
        let app = kiosk(idleSeconds: 3600)
        app.handle(.teacherExit)
        for attempt in 0..<100 {
            submit(String(1000 + attempt * 37), on: app)
            for _ in 0..<(attempt % 7) * 600 { app.update() }
            if app.screenID != .pinPad { app.handle(.teacherExit) }
        }
        #expect(!app.wantsQuit)
    }

    @Test func closingAndReopeningThePadKeepsTheLock() {
        let app = kiosk()
        app.handle(.teacherExit)
        for wrong in ["1111", "2222", "3333"] { submit(wrong, on: app) }
        app.handle(.back)  // an empty pad closes
        #expect(app.screenID == .title)
        app.handle(.teacherExit)
        #expect(app.screenID == .pinPad)
        submit("4821", on: app)
        #expect(!app.wantsQuit)
        #expect(app.drawnText.contains { $0.contains("Too many tries") })
    }

    @Test func twoWrongTriesThenTheRightOneLeaves() {
        let app = kiosk()
        app.handle(.teacherExit)
        submit("1111", on: app)
        submit("2222", on: app)
        submit("4821", on: app)
        #expect(app.wantsQuit)
    }

    @Test func shortPinsAreNotCountedAsTries() {
        let app = kiosk()
        app.handle(.teacherExit)
        for _ in 0..<5 { submit("12", on: app) }
        #expect(app.drawnText.contains("The PIN has 4 to 8 digits."))
        submit("4821", on: app)
        #expect(app.wantsQuit)
    }

    @Test func bigButtonsWorkWithMouseAndTouch() throws {
        let app = kiosk()
        app.handle(.teacherExit)
        func tap(_ label: String) throws {
            let rect = try #require(app.currentItems().first { $0.label == label }?.rect)
            app.handle(.pointerDown(x: rect.midX, y: rect.midY))
        }
        for key in ["4", "8", "2", "2", "Delete", "1", "OK"] { try tap(key) }
        #expect(app.wantsQuit)
        for item in app.currentItems() where item.label.count == 1 {
            #expect(item.rect.width >= 120 && item.rect.height >= 100, "keys big enough for a finger")
        }
    }

    @Test func keypadZeroAndBackspaceWork() {
        let app = GameApp(
            content: .builtIn, store: MemoryProgressStore(), mode: .kiosk,
            configuration: GameConfiguration(teacherPin: try! TeacherPin(hashing: "1000", iterations: 1000)))
        app.handle(.teacherExit)
        type("109", on: app)
        app.handle(.back)  // Backspace takes the 9 back
        #expect(app.screenID == .pinPad)
        submit("00", on: app)
        #expect(app.wantsQuit)
    }

    @Test func thePadClosesByItselfWhenLeftAlone() {
        let app = kiosk()
        app.handle(.primary)
        #expect(app.screenID == .characterSelect)
        app.handle(.teacherExit)
        type("48", on: app)
        for _ in 0..<(PinPadScreen.idleCloseTicks - 1) { app.update() }
        #expect(app.screenID == .pinPad)
        app.update()
        #expect(app.screenID == .characterSelect, "back where the child was")
        #expect(!app.wantsQuit)
    }

    @Test func scanningPausesOnThePadSoEnterStaysOnOK() {
        var settings = GameSettings()
        settings.scanTenths = 10
        let app = GameApp(
            content: .builtIn, store: MemoryProgressStore(), mode: .kiosk,
            configuration: GameConfiguration(fixedSeed: 7, teacherPin: Self.pin), kioskSettings: settings)
        app.handle(.teacherExit)
        type("4821", on: app)
        for _ in 0..<600 { app.update() }
        #expect(app.focusedLabel == "OK")
        app.handle(.primary)
        #expect(app.wantsQuit)
    }

    @Test func fromAttractModeAndMidFlightTheChordOpensThePad() {
        let app = kiosk(idleSeconds: 2)
        for _ in 0..<(3 * 60) { app.update() }
        #expect(app.attract)
        app.handle(.teacherExit)
        #expect(!app.attract)
        #expect(app.screenID == .pinPad)
        app.handle(.back)
        #expect(app.screenID == .title)

        let playing = kiosk()
        playing.handle(.primary)
        playing.handle(.primary)
        playing.handle(.primary)
        playing.handle(.primary)
        #expect(playing.screenID == .play)
        let distance = playing.simulation?.state.distance
        playing.handle(.teacherExit)
        for _ in 0..<60 { playing.update() }
        #expect(playing.simulation?.state.distance == distance, "the level waits behind the pad")
        playing.handle(.back)
        #expect(playing.screenID == .pause, "the child comes back to the pause menu")
    }

    @Test func otherWaysOutDoNothingInAKiosk() {
        let app = kiosk()
        app.handle(.quitRequested)
        app.handle(.back)
        app.handle(.back)
        #expect(!app.wantsQuit)
        #expect(app.screenID == .title)
    }
}
