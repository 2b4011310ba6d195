/// An sRGB colour with straight (not premultiplied) alpha, 0...255 per channel.
public struct Color: Hashable, Sendable {
    public var r: UInt8
    public var g: UInt8
    public var b: UInt8
    public var a: UInt8

    public init(r: UInt8, g: UInt8, b: UInt8, a: UInt8 = 255) {
        self.r = r
        self.g = g
        self.b = b
        self.a = a
    }

    /// A colour from 0xRRGGBB, e.g. `Color(hex: 0x2E86DE)`.
    public init(hex: UInt32, alpha: UInt8 = 255) {
        self.init(r: UInt8((hex >> 16) & 0xFF), g: UInt8((hex >> 8) & 0xFF), b: UInt8(hex & 0xFF), a: alpha)
    }

    /// The same colour with its alpha multiplied by `fraction` (0...1).
    public func fading(_ fraction: Double) -> Color {
        Color(r: r, g: g, b: b, a: UInt8(max(0, min(255, (Double(a) * fraction).rounded()))))
    }

    public static let white = Color(hex: 0xFFFFFF)
    public static let black = Color(hex: 0x000000)
    public static let clear = Color(r: 0, g: 0, b: 0, a: 0)
}
