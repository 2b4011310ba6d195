/// Choices the player makes before a run; part of every replay.
public struct RunSettings: Hashable, Sendable {
    /// 60, 80 or 100 (% of full speed).
    public var speedPercent: Int
    /// Practice mode: crashes cost nothing and the run cannot be lost.
    public var practice: Bool

    public static let speedPresets = [60, 80, 100]

    public init(speedPercent: Int = 100, practice: Bool = false) {
        self.speedPercent = RunSettings.speedPresets.contains(speedPercent) ? speedPercent : 100
        self.practice = practice
    }
}

/// Physics after the speed preset is applied.
///
/// Slowing time by s scales speeds by s and accelerations by s², so the dog's path over the
/// ground keeps its shape and a level stays as winnable at 60 % as at 100 %.
public struct ScaledPhysics: Hashable, Sendable {
    public let gravity: Fixed
    public let flapImpulse: Fixed
    public let terminalVelocity: Fixed
    public let scrollSpeed: Fixed
    public let dogRadius: Fixed

    public init(_ physics: PhysicsSettings, speedPercent: Int) {
        gravity = Fixed(raw: physics.gravity.raw * Int64(speedPercent * speedPercent) / 10_000)
        flapImpulse = physics.flapImpulse.scaled(percent: speedPercent)
        terminalVelocity = physics.terminalVelocity.scaled(percent: speedPercent)
        scrollSpeed = physics.scrollSpeed.scaled(percent: speedPercent)
        dogRadius = physics.dogRadius
    }
}
