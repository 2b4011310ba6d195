/// Where the safety message, its choices and the feedback sit on screen.
enum MessageLayout {
    static let portrait = Rect(x: 36, y: 70, width: 250, height: 250)
    static let bubble = Rect(x: 300, y: 40, width: 944, height: 290)
    static let choiceX = 300.0
    static let choiceWidth = 944.0
    static let choiceHeight = 92.0
    static let choiceSpacing = 104.0

    /// Big buttons under the speech bubble, one per choice (two or three).
    static func choiceRects(count: Int) -> [Rect] {
        if count > 3 {
            // More than three answers (the simulation allows up to eight): smaller buttons that still fit.
            let spacing = 300.0 / Double(count)
            return (0..<count).map {
                Rect(x: choiceX, y: 346 + Double($0) * spacing, width: choiceWidth, height: spacing - 8)
            }
        }
        let top = count <= 2 ? 380.0 : 348.0
        return (0..<count).map {
            Rect(x: choiceX, y: top + Double($0) * choiceSpacing, width: choiceWidth, height: choiceHeight)
        }
    }

    static let feedbackPanel = Rect(x: 120, y: 36, width: 1040, height: 540)
    static let continueRect = Rect(x: 440, y: 604, width: 400, height: 92)
    /// "Hear it" (read-aloud): under the dog on a message, beside Continue on feedback.
    static let hearItOnMessage = Rect(x: 40, y: 400, width: 230, height: 92)
    static let hearItOnFeedback = Rect(x: 870, y: 604, width: 250, height: 92)
}
