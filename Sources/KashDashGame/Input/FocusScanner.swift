/// The keyboard and one-switch highlight on a screen's items.
///
/// With scanning on, the highlight steps to the next item every `interval` ticks, so a
/// single button ("pick this one") can reach everything. Arrow keys, number keys or a
/// pointer pause scanning for a while: that player has more than one button.
struct FocusScanner {
    /// The highlighted item's index.
    var focus = 0
    /// Ticks since the highlight last moved (or the screen opened).
    private(set) var ticksOnItem = 0
    /// The item highlighted when the screen opened (Play, the first answer, "fly"). It keeps
    /// the highlight longer, so a child with a keyboard who presses Space after a few seconds
    /// still gets what the screen offered first, not whatever scanning reached.
    private(set) var home = 0
    /// Ticks left before scanning resumes after manual navigation.
    private(set) var manualPause = 0

    static let manualPauseTicks = 10 * 60
    /// Six seconds on the home item.
    static let homeTicks = 6 * 60

    /// Starts over on a new screen.
    mutating func reset(focus: Int) {
        self.focus = focus
        home = focus
        ticksOnItem = 0
    }

    /// Moves by `step` items, skipping disabled ones; wraps around.
    mutating func move(by step: Int, in items: [MenuItem]) {
        guard !items.isEmpty, items.contains(where: \.enabled) else { return }
        var index = min(max(0, focus), items.count - 1)
        repeat {
            index = (index + step + items.count) % items.count
        } while !items[index].enabled
        focus = index
        ticksOnItem = 0
    }

    /// The player navigated by hand.
    mutating func noteManualNavigation() { manualPause = FocusScanner.manualPauseTicks }

    /// One tick; steps the highlight when its time on an item is up. Returns whether it moved.
    /// The home item keeps it for at least `homeTicks`.
    mutating func tick(items: [MenuItem], intervalTicks: Int) -> Bool {
        ticksOnItem += 1
        if manualPause > 0 {
            manualPause -= 1
            return false
        }
        let dwell = focus == home ? max(intervalTicks, Self.homeTicks) : intervalTicks
        guard intervalTicks > 0, items.filter(\.enabled).count > 1, ticksOnItem >= dwell else { return false }
        move(by: 1, in: items)
        return true
    }

    /// Keeps the focus on an enabled item after the items changed.
    mutating func clamp(to items: [MenuItem]) {
        guard !items.isEmpty else { focus = 0; return }
        if focus >= items.count || focus < 0 || !items[focus].enabled {
            focus = items.firstIndex(where: \.enabled) ?? 0
        }
    }
}
