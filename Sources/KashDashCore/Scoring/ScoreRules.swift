/// Points for the things a child does well. Wrong answers cost nothing: the game teaches, it
/// does not punish.
public enum ScoreRules {
    public static let gatePassed = 10
    public static let safeAnswer = 25
}
