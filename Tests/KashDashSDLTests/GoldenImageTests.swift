import Foundation
import KashDashContract
import KashDashCore
import KashDashGame
@testable import KashDashSDL
import Testing

extension SDLBackendTests {
    /// Reference pictures of key screens, rendered offscreen (no display) and compared per channel.
    ///
    /// A pixel counts as different when any channel differs by more than `channelTolerance`;
    /// a screen fails when more than `pixelFraction` of its pixels differ. On failure the actual
    /// picture and a diff (differences in red over a faded reference) are written to a temporary
    /// folder whose path is printed. Regenerate references with
    /// `KASHDASH_UPDATE_GOLDEN=1 swift test --filter GoldenImageTests`.
    @Suite struct GoldenImageTests {
        static let channelTolerance = 8
        static let pixelFraction = 0.005

        // MARK: Renderer

        @Test func rendererPrimitives() throws {
            var list = DrawList()
            list.clear(Color(hex: 0x8FD3FF))
            list.fillRect(Rect(x: 40, y: 40, width: 300, height: 160), Color(hex: 0xFFB703), cornerRadius: 0)
            list.fillRect(Rect(x: 380, y: 40, width: 300, height: 160), Color(hex: 0x2A9D8F), cornerRadius: 40)
            list.fillRect(Rect(x: 720, y: 40, width: 160, height: 160), Color(hex: 0xE63946, alpha: 160), cornerRadius: 80)
            list.strokeRect(Rect(x: 920, y: 40, width: 300, height: 160), Color(hex: 0x1D3557), lineWidth: 8, cornerRadius: 24)
            list.strokeRect(Rect(x: 40, y: 240, width: 300, height: 120), Color(hex: 0x1D3557), lineWidth: 4)
            list.sprite(SpriteCommand(name: "no-such-sprite", dest: Rect(x: 380, y: 240, width: 120, height: 120)))
            list.clip(Rect(x: 560, y: 240, width: 200, height: 60))
            list.fillRect(Rect(x: 520, y: 200, width: 300, height: 200), Color(hex: 0x6A4C93), cornerRadius: 30)
            list.clip(nil)
            list.text(TextCommand("Kash Dash", box: Rect(x: 800, y: 240, width: 440, height: 120), size: 72,
                                  color: .white, bold: true, outline: Color(hex: 0x1D3557)))
            list.text(TextCommand(
                "Someone you don't know sends you a friend request and asks which school you go to. What do you do?",
                box: Rect(x: 40, y: 400, width: 600, height: 280), size: 34, color: Color(hex: 0x1D3557),
                alignment: .leading, verticalAlignment: .top))
            list.text(TextCommand("Tell a trusted adult", box: Rect(x: 680, y: 420, width: 560, height: 80), size: 40,
                                  color: Color(hex: 0x1D3557), alignment: .trailing, wraps: false))
            list.fillRect(Rect(x: 680, y: 540, width: 560, height: 140), Color(hex: 0x000000, alpha: 90), cornerRadius: 16)
            try GoldenImageTests.check(list, named: "renderer-primitives")
        }

        // MARK: Comparison

        /// Renders `list` and compares it with `Golden/<name>.png`.
        static func check(_ list: DrawList, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let offscreen = try OffscreenRenderer(libraries: try SDLLibraries(), assets: assetsFolder)
            offscreen.render(list)
            let actual = try offscreen.image()
            try compare(actual, named: name, sourceLocation: sourceLocation)
        }

        static func compare(_ actual: RGBAImage, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let environment = ProcessInfo.processInfo.environment
            if environment["KASHDASH_UPDATE_GOLDEN"] == "1" {
                let path = sourceGoldenFolder.appendingPathComponent("\(name).png").path
                try actual.writePNG(to: path)
                print("golden: wrote \(path)")
                return
            }
            guard let referencePath = referenceURL(name) else {
                let written = try writeFailure(actual, diff: nil, name: name)
                Issue.record("no reference Golden/\(name).png; \(written); run with KASHDASH_UPDATE_GOLDEN=1 to create it",
                             sourceLocation: sourceLocation)
                return
            }
            let reference = try RGBAImage(contentsOf: referencePath.path)
            guard reference.width == actual.width, reference.height == actual.height else {
                let written = try writeFailure(actual, diff: nil, name: name)
                Issue.record("\(name): size \(actual.width)x\(actual.height), reference \(reference.width)x\(reference.height); actual at \(written)",
                             sourceLocation: sourceLocation)
                return
            }
            let (differing, maxDelta, diff) = difference(actual, reference)
            let allowed = Int(Double(actual.width * actual.height) * pixelFraction)
            if differing > allowed {
                let written = try writeFailure(actual, diff: diff, name: name)
                let message = "\(name): \(differing) pixels differ by more than \(channelTolerance) (allowed \(allowed)), largest difference \(maxDelta); \(written)"
                print("golden: \(message)")
                Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            }
        }

        /// Pixels differing by more than the tolerance, the largest channel difference, and a
        /// picture of the differences (red) over the faded reference.
        static func difference(_ actual: RGBAImage, _ reference: RGBAImage) -> (Int, Int, RGBAImage) {
            var differing = 0
            var maxDelta = 0
            var diff = [UInt8](repeating: 255, count: actual.pixels.count)
            actual.pixels.withUnsafeBufferPointer { a in
                reference.pixels.withUnsafeBufferPointer { r in
                    var index = 0
                    while index < a.count {
                        var delta = 0
                        for channel in 0..<4 { delta = max(delta, abs(Int(a[index + channel]) - Int(r[index + channel]))) }
                        maxDelta = max(maxDelta, delta)
                        if delta > channelTolerance {
                            differing += 1
                            diff[index] = 255
                            diff[index + 1] = 0
                            diff[index + 2] = 0
                        } else {
                            let sum: Int = Int(r[index]) + Int(r[index + 1]) + Int(r[index + 2])
                            let grey = UInt8(sum / 12 + 191)
                            diff[index] = grey
                            diff[index + 1] = grey
                            diff[index + 2] = grey
                        }
                        index += 4
                    }
                }
            }
            return (differing, maxDelta, RGBAImage(width: actual.width, height: actual.height, pixels: diff))
        }

        static func writeFailure(_ actual: RGBAImage, diff: RGBAImage?, name: String) throws -> String {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-golden", isDirectory: true)
            let actualPath = folder.appendingPathComponent("\(name)-actual.png").path
            try actual.writePNG(to: actualPath)
            guard let diff else { return "actual: \(actualPath)" }
            let diffPath = folder.appendingPathComponent("\(name)-diff.png").path
            try diff.writePNG(to: diffPath)
            return "actual: \(actualPath), diff: \(diffPath)"
        }

        // MARK: Locations

        static var packageRoot: URL {
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        }

        static var sourceGoldenFolder: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden") }

        static var assetsFolder: URL? {
            if let explicit = ProcessInfo.processInfo.environment[AssetLocator.environmentKey], !explicit.isEmpty {
                return URL(fileURLWithPath: explicit, isDirectory: true)
            }
            return packageRoot.appendingPathComponent("Assets", isDirectory: true)
        }

        /// The reference in the test bundle's copied `Golden` folder, else in the source tree.
        static func referenceURL(_ name: String) -> URL? {
            let candidates = [
                Bundle.module.url(forResource: "Golden", withExtension: nil)?.appendingPathComponent("\(name).png"),
                sourceGoldenFolder.appendingPathComponent("\(name).png"),
            ]
            return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.path) }
        }
    }
}

// MARK: Screens

extension SDLBackendTests.GoldenImageTests {
    /// The level every screen golden uses: built in, so it needs no Lua.
    static let level = "training"

    @Test(arguments: [
        ("title", Scenario.title),
        ("character-select", Scenario.characterSelect),
        ("play", Scenario.playing(levelID: level, ticks: 240)),
        ("message", Scenario.message(levelID: level)),
        ("feedback", Scenario.feedback(levelID: level, safe: true)),
        ("round-end", Scenario.roundEnd(levelID: level)),
        ("advice-links", Scenario.adviceLinks(levelID: level)),
        ("pause", Scenario.pause(levelID: level)),
        ("get-help", Scenario.getHelp),
    ])
    func screen(name: String, scenario: Scenario) throws {
        let game = GameApp.scenario(scenario)
        try Self.check(game.draw(alpha: 1), named: "screen-\(name)")
    }

    /// Issue 12's message screens, on the easy level with its message swapped for one quoted
    /// from the lessons: a reflection (a heart, warm words, no cross) and an unsafe answer to
    /// a question with two safe choices (both shown, each with why).
    @Test(arguments: [
        ("feedback-reflection", LessonScreens.reflection, true),
        ("feedback-unsafe-two-safe", LessonScreens.twoSafeChoices, false),
    ])
    func lessonScreen(name: String, message: SafetyMessage, safe: Bool) throws {
        let game = GameApp.scenario(.feedback(levelID: Self.level, safe: safe), content: LessonScreens.content(message))
        try Self.check(game.draw(alpha: 1), named: "screen-\(name)")
    }

    /// The advice screen with three links, one of them for grown-ups (labelled so), and the
    /// help box still under them.
    @Test func adviceLinksWithAGrownUpLink() throws {
        let links = AdviceLink.childAndGrownUpSample
        var content = LessonScreens.content(BuiltInLevels.training(seed: 1).messages[0], links: links.map(\.id))
        content = GameContent(levels: content.levels, links: links)
        let game = GameApp.scenario(.adviceLinks(levelID: Self.level), content: content)
        try Self.check(game.draw(alpha: 1), named: "screen-advice-links-grown-up")
    }
}

/// Messages for the lesson screens, quoted from Levels/*.lua.
enum LessonScreens {
    static let reflection = SafetyMessage(
        id: "not-your-fault", atX: .zero,
        prompt: "Someone is mean to you online every day. How would you feel?",
        choices: [
            Choice(text: "Sad", isSafe: true, feedback: "It's OK to feel sad. Bullying is never your fault. Tell a trusted adult. You can call Childline free on 0800 1111 too."),
            Choice(text: "Angry", isSafe: true, feedback: "It's OK to feel angry. Bullying is never your fault. Don't reply. Tell a trusted adult, or call Childline on 0800 1111."),
            Choice(text: "Like it's my fault", isSafe: true, feedback: "Lots of people feel that. But bullying is never your fault. Tell a trusted adult. Childline can help too, on 0800 1111."),
        ], kind: .reflection)

    static let twoSafeChoices = SafetyMessage(
        id: "who-to-tell", atX: .zero,
        prompt: "A trusted adult is a grown-up who keeps you safe. Who could that be?",
        choices: [
            Choice(text: "A mum, dad or carer", isSafe: true, feedback: "Yes! A grown-up who looks after you at home can help. So can a teacher.", why: "They know you and look after you in real life."),
            Choice(text: "A player in a game", isSafe: false, feedback: "Good try. People in games are strangers, even if they are nice. Pick a grown-up you know in real life."),
            Choice(text: "A teacher at school", isSafe: true, feedback: "Yes! Teachers are there to help you stay safe. So is a grown-up who looks after you at home.", why: "Teachers are there to help you stay safe."),
        ])

    /// The easy built-in level, its message replaced by `message` (placed where the original was).
    static func content(_ message: SafetyMessage, links: [String] = ["childline"]) -> GameContent {
        let level = GameLevel(
            id: "training", title: "Training Day", topic: "online-friends", lesson: "Tell a trusted adult.",
            difficulty: 1, theme: "default"
        ) { seed in
            var plan = BuiltInLevels.training(seed: seed)
            var placed = message
            placed.atX = plan.messages[0].atX
            plan.messages = [placed]
            plan.adviceLinkIDs = links
            return (plan, nil)
        }
        return GameContent(levels: [level], links: AdviceLink.builtInHelp)
    }
}

