import Foundation
import KashDashContract
import Testing

@Suite struct ClientEventTests {
    @Test func everyKindSaysWhichIDsItNeeds() {
        for kind in EventKind.allCases {
            let needs = kind.requires
            let count = [needs.link, needs.level, needs.message].filter { $0 }.count
            if kind.answerShape != nil {
                // Learning figures are per lesson and question, so an answer names both.
                #expect(needs.level && needs.message && !needs.link, "\(kind) needs its level and message")
            } else {
                #expect(count <= 1, "\(kind) needs one id at most")
            }
        }
        #expect(EventKind.clientKinds.allSatisfy { $0.isClientKind })
        #expect(!EventKind.adviceClick.isClientKind, "clicks are counted by the server's redirect, never sent")
        #expect(!EventKind.download.isClientKind)
    }

    @Test func fieldNamesAreTheServersAPI() {
        #expect(BatchField.allCases.map(\.rawValue) == ["batch_id", "source", "app_version", "events"])
        #expect(
            EventField.allCases.map(\.rawValue)
                == ["kind", "day", "source", "app_version", "level", "link", "message", "encounter", "verdict", "language"])
        #expect(EventsEndpoint.path == "/api/v1/events")
    }

    @Test func anAnswerRoundTripsWithItsBucketAndVerdictAndNothingElse() throws {
        let day = Day(iso: "2026-11-27")!
        let scored = ClientEvent.answer(day: day, level: "a", message: "m", encounter: .later, verdict: .unsafe)
        let json = String(decoding: try JSONEncoder().encode(scored), as: UTF8.self)
        #expect(json.contains(#""encounter":"later""#) && json.contains(#""verdict":"unsafe""#))
        #expect(json.contains(#""kind":"message_answered""#))
        #expect(try JSONDecoder().decode(ClientEvent.self, from: Data(json.utf8)) == scored)
        let reflection = ClientEvent.answer(day: day, level: "a", message: "m", encounter: .first, verdict: nil)
        let reflectionJSON = String(decoding: try JSONEncoder().encode(reflection), as: UTF8.self)
        #expect(!reflectionJSON.contains("verdict"))
        #expect(reflectionJSON.contains(#""kind":"reflection_answered""#))
        // A bucket or verdict outside the contract does not decode (an outbox file edited by hand).
        for bad in [json.replacingOccurrences(of: "later", with: "third"), json.replacingOccurrences(of: "unsafe", with: "maybe")] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(ClientEvent.self, from: Data(bad.utf8)) }
        }
    }

    /// The language rides on every event the game sends; one outside the four does not
    /// decode (an outbox edited by hand), and an event without one is still valid.
    @Test func theLanguageRoundTripsAndOnlyKnownOnesDecode() throws {
        let day = Day(iso: "2026-12-06")!
        var event = ClientEvent.answer(day: day, level: "a", message: "m", encounter: .first, verdict: .safe)
        event.language = .urdu
        let json = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
        #expect(json.contains(#""language":"ur""#))
        #expect(try JSONDecoder().decode(ClientEvent.self, from: Data(json.utf8)) == event)
        let french = json.replacingOccurrences(of: #""ur""#, with: #""fr""#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ClientEvent.self, from: Data(french.utf8)) }
        event.language = nil
        #expect(!String(decoding: try JSONEncoder().encode(event), as: UTF8.self).contains("language"))
    }

    @Test func answerFieldsMustFitTheirKind() {
        let day = Day(iso: "2026-11-27")!
        #expect(ClientEvent(kind: .messageAnswered, day: day, level: "a", message: "m", encounter: .first, verdict: .safe).answerFieldsFit)
        #expect(!ClientEvent(kind: .messageAnswered, day: day, level: "a", message: "m", encounter: .first).answerFieldsFit)
        #expect(!ClientEvent(kind: .reflectionAnswered, day: day, level: "a", message: "m", encounter: .first, verdict: .safe).answerFieldsFit)
        #expect(ClientEvent(kind: .reflectionAnswered, day: day, level: "a", message: "m", encounter: .second).answerFieldsFit)
        #expect(!ClientEvent(kind: .levelStarted, day: day, level: "a", encounter: .first).answerFieldsFit)
        #expect(ClientEvent(kind: .levelStarted, day: day, level: "a").answerFieldsFit)
    }
}
