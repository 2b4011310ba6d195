import Foundation
import KashDashCore
import Testing

@testable import KashDashGame

@Suite struct KioskConfigurationTests {
    static let key = Data((0..<32).map { UInt8($0) }).base64EncodedString()

    @Test func readsEveryKeyOfTheTeachersFile() throws {
        let json = """
            {"speedPercent": 80, "largeText": true, "idleSeconds": 45, "server": "https://safety.example.org",
             "levelsPublicKey": "\(Self.key)",
             "teacherPin": {"algorithm": "pbkdf2-sha256", "iterations": 1000, "salt": "c2FsdHNhbHRzYWx0c2FsdA==",
                            "hash": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="},
             "language": "cy"}
            """
        let configuration = try KioskConfiguration(json: Array(json.utf8))
        #expect(configuration.settings.speedPercent == 80)
        #expect(configuration.settings.largeText)
        #expect(configuration.idleSeconds == 45)
        #expect(configuration.server == "https://safety.example.org")
        #expect(configuration.levelsPublicKey == (0..<32).map { UInt8($0) })
        #expect(configuration.teacherPin?.iterations == 1000)
        #expect(configuration.teacherPin?.salt == Array("saltsaltsaltsalt".utf8))
        #expect(configuration.teacherPin?.hash.count == 32)
    }

    @Test func absentAndNullKeysMeanTheDefaults() throws {
        let empty = try KioskConfiguration(json: Array("{}".utf8))
        #expect(empty == KioskConfiguration())
        #expect(empty.idleSeconds == 90)
        let nulls = try KioskConfiguration(
            json: Array(#"{"idleSeconds": null, "server": null, "levelsPublicKey": null, "teacherPin": null}"#.utf8))
        #expect(nulls == KioskConfiguration())
    }

    @Test(arguments: [
        ("speed: fast", "not JSON"),
        ("[1, 2]", "not a JSON object"),
        (#"{"speedPercent": "fast"}"#, "speedPercent must be a whole number"),
        (#"{"muted": 1}"#, "muted must be true or false"),
        (#"{"idleSeconds": 2}"#, "idleSeconds must be a whole number of seconds from 10 to 3600"),
        (#"{"idleSeconds": 90.5}"#, "idleSeconds must be"),
        (#"{"server": "safety.example.org"}"#, "server must be an http:// or https:// address"),
        (#"{"server": 8080}"#, "server must be"),
        (#"{"levelsPublicKey": "c2hvcnQ="}"#, "levelsPublicKey must be base64 of a 32-byte Ed25519 public key"),
        (#"{"teacherPin": "1234"}"#, "teacherPin must be"),
        (#"{"teacherPin": {"algorithm": "md5", "iterations": 1, "salt": "AA==", "hash": "AA=="}}"#, "teacherPin must be"),
        (#"{"idleSeconds": 30, "idleSeconds": 40}"#, "not JSON"),
    ])
    func brokenFilesNameTheProblem(json: String, problem: String) {
        #expect {
            _ = try KioskConfiguration(json: Array(json.utf8))
        } throws: { error in
            "\(error)".contains(problem)
        }
    }

    @Test func aBrokenFileBootsWithDefaultsAndLogsOneLineNamingIt() throws {
        let file = temporaryDirectory().appendingPathComponent("kiosk.json")
        try Data(#"{"largeText": true, "idleSeconds": "soon"}"#.utf8).write(to: file)
        var notes: [String] = []
        let configuration = KioskSettingsFile.loadConfiguration(environment: ["KASHDASH_KIOSK_CONFIG": file.path]) {
            notes.append($0)
        }
        #expect(configuration == KioskConfiguration())
        #expect(notes.count == 1)
        #expect(notes.first?.contains(file.path) == true)
        #expect(notes.first?.contains("idleSeconds") == true)
        #expect(!(notes.first?.contains("\n") ?? true), "one line")
    }

    @Test func aMissingFileIsSkippedForTheNext() throws {
        let directory = temporaryDirectory()
        var notes: [String] = []
        let xdg = directory.appendingPathComponent("kashdash/kiosk.json")
        try FileManager.default.createDirectory(at: xdg.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"idleSeconds": 120}"#.utf8).write(to: xdg)
        let found = KioskSettingsFile.loadConfiguration(
            environment: ["KASHDASH_KIOSK_CONFIG": directory.appendingPathComponent("absent.json").path,
                          "XDG_CONFIG_HOME": directory.path]) { notes.append($0) }
        #expect(found.idleSeconds == 120)
        #expect(notes.isEmpty)
    }

    @Test func idleSecondsFromTheFileDriveTheReset() throws {
        let configuration = try KioskConfiguration(json: Array(#"{"idleSeconds": 10}"#.utf8))
        let app = GameApp(
            content: .builtIn, store: MemoryProgressStore(), mode: .kiosk,
            configuration: GameConfiguration(fixedSeed: 7, kioskIdleSeconds: configuration.idleSeconds),
            kioskSettings: configuration.settings)
        app.handle(.primary)
        #expect(app.screenID == .characterSelect)
        for _ in 0..<(10 * 60 - 1) { app.update() }
        #expect(!app.attract)
        app.update()
        #expect(app.attract, "reset after exactly idleSeconds")
    }
}

@Suite struct KioskSettingsFileWritingTests {
    static let pin = TeacherPin(iterations: 1000, salt: Array(repeating: 7, count: 16), hash: Array(repeating: 9, count: 32))

    @Test func settingThePinKeepsEveryOtherKeyAndTheFileMode() throws {
        let file = temporaryDirectory().appendingPathComponent("kiosk.json")
        let original = #"{"server": "https://safety.example.org", "language": "cy", "idleSeconds": 60, "teacherPin": null}"#
        try Data(original.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        try KioskSettingsFile.writeTeacherPin(Self.pin, to: file.path)
        let written = try KioskConfiguration(json: Array(Data(contentsOf: file)))
        #expect(written.teacherPin == Self.pin)
        #expect(written.server == "https://safety.example.org")
        #expect(written.idleSeconds == 60)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(#""language": "cy""#), "keys this version does not know are kept")
        #expect(text.components(separatedBy: "teacherPin").count == 2, "one teacherPin key")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(siblings == ["kiosk.json"], "no temporary file left behind")

        try KioskSettingsFile.writeTeacherPin(nil, to: file.path)
        let cleared = try KioskConfiguration(json: Array(Data(contentsOf: file)))
        #expect(cleared.teacherPin == nil)
        #expect(cleared.server == "https://safety.example.org")
        #expect(try !String(contentsOf: file, encoding: .utf8).contains("teacherPin"))
    }

    @Test func aMissingFileIsCreated() throws {
        let file = temporaryDirectory().appendingPathComponent("etc/kashdash/kiosk.json")
        try KioskSettingsFile.writeTeacherPin(Self.pin, to: file.path)
        #expect(try KioskConfiguration(json: Array(Data(contentsOf: file))).teacherPin == Self.pin)
    }

    @Test func aBrokenFileIsRefusedAndLeftAsItWas() throws {
        let file = temporaryDirectory().appendingPathComponent("kiosk.json")
        let broken = #"{"idleSeconds": "soon", "server": "https://safety.example.org"}"#
        try Data(broken.utf8).write(to: file)
        #expect(throws: KioskSettingsFileError.self) { try KioskSettingsFile.writeTeacherPin(Self.pin, to: file.path) }
        #expect(try String(contentsOf: file, encoding: .utf8) == broken)
    }
}
