/// The fixed shape of the play field, in logical pixels (the renderer letterboxes to fit).
public enum WorldGeometry {
    public static let viewWidth = 1280
    public static let viewHeight = 720
    /// Top of the ground strip; touching it is a crash.
    public static let groundY = Fixed(640)
    /// Where on screen the dog flies; the world scrolls past it.
    public static let dogScreenX = 320
    /// Radius used for collecting pickups.
    public static let pickupRadius = Fixed(22)
    /// Where the dog hovers before the first flap.
    public static let startY = Fixed(320)
}
