import ArgumentParser
import Foundation
import KashDashGame

/// `kashdash kiosk set-pin`: stores the teacher's exit PIN (a salted slow hash, never the
/// digits) in the kiosk settings file, keeping its other keys.
struct KioskSetPinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-pin", abstract: "Set (or with --clear remove) the teacher's exit PIN.",
        discussion: """
            On a terminal, asks for the PIN twice without showing it; otherwise reads two lines from \
            standard input. A PIN is 4 to 8 digits. It is stored as PBKDF2-HMAC-SHA256 with a random salt \
            under "teacherPin"; the file is replaced in one step and its other keys are kept. With a PIN \
            set, Ctrl+Alt+Q on the kiosk opens a PIN pad; with none it leaves at once.
            """)

    @Option(help: "The kiosk settings file.")
    var config: String = KioskSettingsFile.systemPath

    @Flag(help: "Remove the PIN (Ctrl+Alt+Q then leaves without asking).")
    var clear = false

    func run() throws {
        let pin: TeacherPin?
        if clear {
            pin = nil
        } else {
            let first = PinPrompt.readLine("New teacher PIN (4 to 8 digits): ")
            let second = PinPrompt.readLine("The same PIN again: ")
            guard let first, let second else {
                printError("set-pin needs the PIN twice (two lines on standard input); nothing was changed")
                throw ExitStatus.usage
            }
            do {
                try TeacherPin.checkFormat(first)
                guard first == second else { throw TeacherPinError.mismatch }
                pin = try TeacherPin(hashing: first)
            } catch {
                printError("\(error); nothing was changed")
                throw ExitStatus.usage
            }
        }
        do { try KioskSettingsFile.writeTeacherPin(pin, to: config) } catch {
            printError("\(error)")
            throw ExitStatus.checkFailed
        }
        print(pin == nil ? "Teacher PIN removed from \(config)." : "Teacher PIN set in \(config).")
    }
}

/// Reads one line for a PIN: without echo on a terminal, plainly from a pipe.
enum PinPrompt {
    static func readLine(_ prompt: String) -> String? {
        guard isatty(STDIN_FILENO) == 1 else {
            return Swift.readLine(strippingNewline: true).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return Swift.readLine(strippingNewline: true)
    }
}
