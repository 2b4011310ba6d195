import Foundation
import KashDashCore
import Testing
@testable import KashDashGame

@Suite struct RankPromotionTests {
    @Test func promotionWhenTheCareerRankRises() {
        var progress = SavedProgress()
        let first = progress.record(levelID: "a", score: 30, finished: true)
        #expect(first.rank == .cadet)
        #expect(first.promotion == nil, "starting as a cadet is a welcome, not a promotion")
        let second = progress.record(levelID: "a", score: 150, finished: true)
        #expect(second.promotion == RankPromotion(from: .cadet, to: .sergeant))
        #expect(second.newBestScore)
        let third = progress.record(levelID: "b", score: 145, finished: true)
        #expect(third.promotion == nil, "Sergeant again on another level is no promotion")
        #expect(progress.levels["a"]?.bestScore == 150)
        #expect(progress.careerRank == .sergeant)
        #expect(RankPromotion.check(previous: nil, reached: .constable) == RankPromotion(from: nil, to: .constable))
    }

    @Test func roundEndCelebratesAPromotion() {
        let app = GameApp.scenario(.roundEnd(levelID: "training"))
        #expect(app.screenID == .roundEnd)
        let score = app.simulation?.state.score ?? 0
        if Rank.forScore(score) > .cadet {
            #expect(app.drawnText.contains("Promoted to \(Rank.forScore(score).title)!"))
        }
        #expect(app.drawnText.contains("Score: \(score)"))
    }
}
