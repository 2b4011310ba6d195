/// Circle-against-box tests in fixed point (squares of 64-bit raws; no square roots).
enum Collision {
    /// Whether a circle at (cx, cy) of `radius` overlaps the box [left, right] × [top, bottom].
    @inline(__always)
    static func circleHitsBox(cx: Fixed, cy: Fixed, radius: Fixed, left: Fixed, right: Fixed, top: Fixed, bottom: Fixed) -> Bool {
        let nearestX = min(max(cx.raw, left.raw), right.raw)
        let nearestY = min(max(cy.raw, top.raw), bottom.raw)
        // Work in 1/256 px so squares of on-screen distances cannot overflow.
        let dx = (cx.raw - nearestX) >> 8
        let dy = (cy.raw - nearestY) >> 8
        let r = radius.raw >> 8
        return dx * dx + dy * dy < r * r
    }

    /// Whether two circles overlap.
    @inline(__always)
    static func circlesTouch(ax: Fixed, ay: Fixed, bx: Fixed, by: Fixed, radius: Fixed) -> Bool {
        let dx = (ax.raw - bx.raw) >> 8
        let dy = (ay.raw - by.raw) >> 8
        let r = radius.raw >> 8
        return dx * dx + dy * dy <= r * r
    }
}
