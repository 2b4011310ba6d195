import KashDashCore

/// How a round went, for the round end and advice links screens.
struct RoundResult {
    var levelIndex: Int
    var levelID: String
    var levelTitle: String
    var lesson: String
    var adviceLinkIDs: [String]
    var score: Int
    /// Flown to the end (not out of lives).
    var finished: Bool
    var rank: Rank
    var promotion: RankPromotion?
    var newBestScore: Bool
    var rightAnswers: Int
    /// Safety questions the child actually met and answered; reflections and messages never
    /// reached are left out, so "0 of 0" never reads as wrong answers.
    var messages: Int
    /// Ticks the round end screen has been up (the score counts up meanwhile).
    var ticksShown = 0
}
