/// Everything the simulation needs to play one level, as plain values.
///
/// Lua level scripts produce it (see KashDashLevels); tests may build one in Swift.
/// Arrays are sorted by their world x so the simulation can scan them in order.
public struct LevelPlan: Hashable, Sendable {
    public var info: LevelInfo
    public var physics: PhysicsSettings
    public var gates: [Gate]
    public var pickups: [Pickup]
    public var messages: [SafetyMessage]
    /// Catalogue ids of the advice links shown at the end of the round.
    public var adviceLinkIDs: [String]
    /// The dog finishes the level when its centre passes this world x.
    public var finishX: Fixed
    /// Lives for a normal run; practice mode ignores them.
    public var lives: Int
    /// Fingerprint of the source the plan was built from; replays record it.
    public var sourceHash: UInt64

    public init(
        info: LevelInfo, physics: PhysicsSettings = PhysicsSettings(), gates: [Gate], pickups: [Pickup] = [],
        messages: [SafetyMessage] = [], adviceLinkIDs: [String] = [], finishX: Fixed? = nil, lives: Int = 3,
        sourceHash: UInt64
    ) {
        self.info = info
        self.physics = physics
        self.gates = gates.sorted { $0.x < $1.x }
        self.pickups = pickups.sorted { $0.x < $1.x }
        self.messages = messages.sorted { $0.atX < $1.atX }
        self.adviceLinkIDs = adviceLinkIDs
        let lastThing = max(self.gates.last?.x ?? .zero, self.messages.last?.atX ?? .zero, self.pickups.last?.x ?? .zero)
        self.finishX = finishX ?? (lastThing + Fixed(400))
        self.lives = lives
        self.sourceHash = sourceHash
    }
}

/// Who a level is for and what it teaches.
public struct LevelInfo: Hashable, Sendable {
    public var id: String
    public var title: String
    /// The lesson topic, e.g. "stranger-danger"; the catalogue uses the same words.
    public var topic: String
    /// The lesson in one sentence, shown at the end of the round.
    public var lesson: String
    public var minAge: Int
    public var maxAge: Int
    /// 1 (first steps) ... 10 (hardest); orders the level select screen.
    public var difficulty: Int
    /// Art theme for gates and pickups, e.g. "padlock" or "chat".
    public var theme: String
    /// Education for a Connected World strand ids (see the contract's `EducationStrand`).
    public var strands: [String]
    /// Questions for a class discussion after the level (the teacher's guide prints them).
    public var discussion: [String]

    public init(
        id: String, title: String, topic: String, lesson: String, minAge: Int = 7, maxAge: Int = 13,
        difficulty: Int = 1, theme: String = "default", strands: [String] = [], discussion: [String] = []
    ) {
        self.strands = strands
        self.discussion = discussion
        self.id = id
        self.title = title
        self.topic = topic
        self.lesson = lesson
        self.minAge = minAge
        self.maxAge = maxAge
        self.difficulty = difficulty
        self.theme = theme
    }
}

/// Physics at 100 % speed, in pixels and ticks (60 ticks per second). Y grows downward.
public struct PhysicsSettings: Hashable, Sendable {
    /// Added to the fall speed every tick.
    public var gravity: Fixed
    /// The upward speed a flap sets.
    public var flapImpulse: Fixed
    /// The fastest the dog may fall.
    public var terminalVelocity: Fixed
    /// How far the world moves past the dog every tick.
    public var scrollSpeed: Fixed
    /// Radius of the dog's round hit box; a little smaller than the sprite, which feels fair.
    public var dogRadius: Fixed

    public init(
        gravity: Fixed = Fixed(45, over: 100), flapImpulse: Fixed = Fixed(8), terminalVelocity: Fixed = Fixed(10),
        scrollSpeed: Fixed = Fixed(7, over: 2), dogRadius: Fixed = Fixed(24)
    ) {
        self.gravity = gravity
        self.flapImpulse = flapImpulse
        self.terminalVelocity = terminalVelocity
        self.scrollSpeed = scrollSpeed
        self.dogRadius = dogRadius
    }
}

/// A pair of pillars with a gap the dog flies through.
public struct Gate: Hashable, Sendable {
    /// World x of the gate's centre line.
    public var x: Fixed
    /// Y of the middle of the gap (before any motion).
    public var gapCenterY: Fixed
    public var gapHeight: Fixed
    public var width: Fixed
    /// Optional up-and-down movement of the gap, tied to distance so speed presets keep its shape.
    public var motion: GateMotion?
    /// A short word painted on the gate for the lesson, e.g. "PASSWORD"; art only.
    public var label: String?

    public init(
        x: Fixed, gapCenterY: Fixed, gapHeight: Fixed = Fixed(220), width: Fixed = Fixed(110),
        motion: GateMotion? = nil, label: String? = nil
    ) {
        self.x = x
        self.gapCenterY = gapCenterY
        self.gapHeight = gapHeight
        self.width = width
        self.motion = motion
        self.label = label
    }

    /// World x of the gate's leading edge.
    @inlinable public var left: Fixed { x - Fixed(raw: width.raw >> 1) }
    /// World x of the gate's trailing edge.
    @inlinable public var right: Fixed { x + Fixed(raw: width.raw >> 1) }
    /// Half the gap's height: the gap runs from centre - halfGap to centre + halfGap.
    @inlinable public var halfGap: Fixed { Fixed(raw: gapHeight.raw >> 1) }

    /// The gap's centre when the dog has travelled `distance`.
    @inlinable public func gapCenter(atDistance distance: Fixed) -> Fixed {
        guard let motion else { return gapCenterY }
        return gapCenterY + motion.offset(atDistance: distance)
    }
}

/// A triangle-wave drift of a gate's gap: integer maths, no `sin`.
public struct GateMotion: Hashable, Sendable {
    public var amplitude: Fixed
    /// Distance (px) the dog travels during one full up-and-down cycle.
    public var period: Int
    public var phase: Int

    public init(amplitude: Fixed, period: Int, phase: Int = 0) {
        self.amplitude = amplitude
        self.period = max(2, period)
        self.phase = phase
    }

    @inlinable public func offset(atDistance distance: Fixed) -> Fixed {
        let p = Int64(((distance.floor + phase) % period + period) % period)
        let n = Int64(period)
        // Rises from -1 to 1 over the first half of the cycle, falls back over the second.
        let numerator = p * 2 < n ? 4 * p - n : 3 * n - 4 * p
        return Fixed(raw: amplitude.raw * numerator / n)
    }
}

/// Something to collect: a badge, a shield, a heart.
public struct Pickup: Hashable, Sendable {
    public var x: Fixed
    public var y: Fixed
    /// Art and meaning, e.g. "shield", "star", "heart"; the level theme decides the look.
    public var kind: String
    public var points: Int

    public init(x: Fixed, y: Fixed, kind: String = "star", points: Int = 5) {
        self.x = x
        self.y = y
        self.kind = kind
        self.points = points
    }
}

/// A short scenario the child answers; play stops while it is on screen.
public struct SafetyMessage: Hashable, Sendable {
    public var id: String
    /// The message appears when the dog reaches this world x.
    public var atX: Fixed
    public var prompt: String
    public var choices: [Choice]
    /// A safety question (safe and unsafe choices) or a reflection (no wrong answer).
    public var kind: MessageKind

    public init(id: String, atX: Fixed, prompt: String, choices: [Choice], kind: MessageKind = .question) {
        self.id = id
        self.atX = atX
        self.prompt = prompt
        self.choices = choices
        self.kind = kind
    }

    /// The choices a child should learn from an unsafe answer; none for a reflection.
    public var safeChoices: [Choice] { kind == .reflection ? [] : choices.filter(\.isSafe) }
}

/// One answer to a safety message, with the kind feedback shown after choosing it.
public struct Choice: Hashable, Sendable {
    public var text: String
    /// Always true for a reflection's choices: there is no wrong feeling.
    public var isSafe: Bool
    public var feedback: String
    /// For a safe choice: why it is safe, in one short sentence. Shown after an unsafe
    /// answer, beside every safe choice, so the child learns all of them.
    public var why: String?

    public init(text: String, isSafe: Bool, feedback: String, why: String? = nil) {
        self.text = text
        self.isSafe = isSafe
        self.feedback = feedback
        self.why = why
    }
}
