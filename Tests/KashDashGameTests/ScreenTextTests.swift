import KashDashCore
import Testing

@testable import KashDashGame

/// What a child reads on each screen is in the draw list.
@Suite struct ScreenTextTests {
    @Test func title() {
        let texts = GameApp.scenario(.title).drawnText
        #expect(texts.contains("Press SPACE or tap to start"))
        #expect(texts.contains("Play"))
        #expect(GameApp.scenario(.title).draw(alpha: 0).imageNames.contains("logo"))
    }

    @Test func characterSelect() {
        let texts = GameApp.scenario(.characterSelect).drawnText
        for dog in Dog.allCases {
            #expect(texts.contains(dog.name))
            #expect(texts.contains(dog.personality(in: .english)))
        }
    }

    @Test func levelSelect() {
        let texts = GameApp.scenario(.levelSelect).drawnText
        #expect(texts.contains("Training Day"))
        #expect(texts.contains("Obstacle Course"))
        #expect(texts.contains("Trusted adult"))
    }

    @Test func play() {
        let ready = GameApp.scenario(.playing(levelID: "training", ticks: 0))
        #expect(ready.drawnText.contains("Press SPACE or tap to fly"))
        let app = GameApp.scenario(.playing(levelID: "training", ticks: 200))
        let list = app.draw(alpha: 0.5)
        #expect(list.texts.contains("\(app.simulation!.state.score)"))
        #expect(list.imageNames.contains("dog-kash"))
        #expect(list.imageNames.contains("gate-default-body"))
        #expect(list.imageNames.filter { $0 == "pickup-heart" }.count == 3)
    }

    @Test func message() {
        let app = GameApp.scenario(.message(levelID: "training"))
        #expect(app.screenID == .message)
        let texts = app.drawnText
        #expect(texts.contains { $0.contains("Are they really 10?") })
        #expect(texts.contains("I can't be sure who they are"))
        #expect(texts.contains("Yes, the picture shows it"))
        #expect(texts.contains("1"))
        #expect(texts.contains("2"))
    }

    @Test func feedback() {
        let texts = GameApp.scenario(.feedback(levelID: "training", safe: true)).drawnText
        #expect(texts.contains { $0.hasPrefix("Well done!") })
        #expect(texts.contains { $0.contains("People can pretend online") })
    }

    @Test func roundEnd() {
        let texts = GameApp.scenario(.roundEnd(levelID: "training")).drawnText
        #expect(texts.contains { $0.hasPrefix("Online friends are still strangers") })
        for line in HelpLines.all(.english) { #expect(texts.contains(line), "\(line)") }
        #expect(texts.contains("Advice links"))
        #expect(texts.contains("Play again"))
    }

    @Test func adviceLinks() {
        let texts = GameApp.scenario(.adviceLinks(levelID: "training")).drawnText
        #expect(texts.contains("Childline"))
        #expect(texts.contains("www.childline.org.uk"))
    }

    @Test func settingsAndPause() {
        #expect(GameApp.scenario(.settings).drawnText.contains("Speed: 100 %"))
        #expect(GameApp.scenario(.pause(levelID: "training")).drawnText.contains("Keep playing"))
    }

    @Test func textFollowsTheFontAndSizeSettings() throws {
        var settings = GameSettings()
        settings.dyslexiaFont = true
        settings.largeText = true
        let list = GameApp.scenario(.message(levelID: "training"), settings: settings).draw(alpha: 0)
        let texts = list.commands.compactMap { if case .text(let text) = $0 { text } else { nil } }
        #expect(!texts.isEmpty)
        #expect(texts.allSatisfy { $0.font == .openDyslexic })
        #expect(texts.allSatisfy { $0.size >= 24 })
        // The quoted fallback prompt is long, so it shrinks to fit the bubble, but never below
        // the normal-size prompt (36).
        #expect(try #require(texts.first { $0.string.contains("Are they really 10?") }).size >= 36)
    }

    @Test func highContrastPutsNoArtBehindText() {
        var settings = GameSettings()
        settings.highContrast = true
        let list = GameApp.scenario(.levelSelect, settings: settings).draw(alpha: 0)
        #expect(!list.imageNames.contains("bg-far"))
        #expect(!list.imageNames.contains("panel"))
    }

    @Test func reducedMotionKeepsTheDogLevel() {
        func dogRotations(_ settings: GameSettings) -> [Double] {
            let app = GameApp.scenario(.playing(levelID: "training", ticks: 0), settings: settings)
            app.botFlies = true
            var rotations: [Double] = []
            for _ in 0..<120 {
                app.update()
                for case .sprite(let sprite) in app.draw(alpha: 0.5).commands where sprite.name == "dog-kash" {
                    rotations.append(sprite.rotationDegrees)
                }
            }
            return rotations
        }
        var reduced = GameSettings()
        reduced.reducedMotion = true
        #expect(dogRotations(GameSettings()).contains { $0 != 0 })
        let steady = dogRotations(reduced)
        #expect(!steady.isEmpty)
        #expect(steady.allSatisfy { $0 == 0 })
    }

    @Test func drawingInterpolatesBetweenTicks() {
        let app = GameApp.scenario(.playing(levelID: "training", ticks: 90))
        func dogY(_ alpha: Double) -> Double? {
            for case .sprite(let sprite) in app.draw(alpha: alpha).commands where sprite.name == "dog-kash" {
                return sprite.dest.midY
            }
            return nil
        }
        let previous = app.session!.previous.dogY.approximateDouble
        let current = app.simulation!.state.dogY.approximateDouble
        #expect(abs(current - previous) > 1, "the dog moved this tick, so the two ends differ")
        #expect(abs(dogY(0)! - previous) < 0.001)
        #expect(abs(dogY(1)! - current) < 0.001)
    }

    @Test func scenariosAreRepeatable() {
        #expect(
            GameApp.scenario(.playing(levelID: "training-hard", ticks: 300)).draw(alpha: 0.25)
                == GameApp.scenario(.playing(levelID: "training-hard", ticks: 300)).draw(alpha: 0.25))
    }
}
