import Foundation
import KashDashContract
import KashDashCore
@testable import KashDashLevels

/// Small level files made in the tests, written to a fresh temporary folder.
enum Fixtures {
    static let catalogue: AdviceLinkCatalogue = {
        do {
            return try AdviceLinkCatalogue(links: [
                AdviceLink(id: "thinkuknow", title: "Thinkuknow", url: "https://www.thinkuknow.co.uk/",
                           description: "Advice from CEOP.", audience: "children", topics: ["online-friends"],
                           reader: .child(ages: 5...18)),
                AdviceLink(id: "childline", title: "Childline", url: "https://www.childline.org.uk/",
                           description: "Someone to talk to.", audience: "children", topics: ["help"],
                           reader: .child(ages: 5...18)),
            ])
        } catch {
            fatalError("the fixture catalogue breaks the catalogue's rules: \(error)")
        }
    }()

    /// A good level; `extra` adds fields after `links`, `build` is the body of build.
    static func level(id: String = "good", extra: String = "", build: String = defaultBuild) -> String {
        """
        return {
          id = "\(id)",
          title = "Online Friends",
          topic = "online-friends",
          lesson = "Online friends are still strangers. Never meet up alone.",
          ages = {7, 11},
          difficulty = 3,
          theme = "chat",
          strands = { "online-relationships" },
          discussion = { "Who is a stranger online?", "Who could you tell?" },
          links = { "thinkuknow", "childline" },\(extra)
          messages = {
            { id = "friend-request",
              prompt = "Someone you do not know sends you a friend request. They ask where you go to school. What do you do?",
              choices = {
                { text = "Tell a trusted adult", safe = true, why = "A grown-up can help.", feedback = "Yes! A grown-up you trust can help. Never tell strangers your school." },
                { text = "Tell them my school", safe = false, feedback = "That is not safe. It tells them where to find you. Tell a grown-up." },
              } },
          },
          build = function(b)
        \(build)
          end,
        }
        """
    }

    static let defaultBuild = """
            for i = 0, 11 do
              local x = 900 + i * 380
              b:gate{ x = x, gap_y = math.random(230, 450), gap = 230, label = "FRIEND?",
                      move = (i % 3 == 2) and { amplitude = 40, period = 600 } or nil }
              if i % 4 == 1 then b:pickup{ x = x + 190, y = math.random(250, 430), kind = "shield" } end
            end
            b:message{ id = "friend-request", x = 900 + 5 * 380 + 190 }
        """

    /// A fresh folder holding `files` (name -> text).
    static func folder(_ files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kashdash-levels-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: (path as NSString).appendingPathComponent(name)))
        }
        return path
    }

    /// Compiles `source` as if it were the file `<id>.lua`.
    static func compile(_ source: String, id: String = "good", seed: UInt64 = 1, limits: SandboxLimits = SandboxLimits())
        -> LevelCompilation
    {
        LevelCompiler.compile(source: source, file: "Levels/\(id).lua", seed: seed, catalogue: catalogue, limits: limits)
    }

    /// The line (1-based) of the first line of `source` containing `marker`.
    static func line(of marker: String, in source: String) -> Int? {
        source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(marker) }.map { $0 + 1 }
    }
}
