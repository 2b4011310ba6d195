/// Everything on screen for one frame: an ordered list of draw commands.
///
/// The game builds a fresh list every frame; backends only paint it. Being a plain value it
/// can be compared in tests ("is the prompt on the message screen?") without any window.
public struct DrawList: Hashable, Sendable {
    public var commands: [DrawCommand] = []

    public init(commands: [DrawCommand] = []) { self.commands = commands }

    public mutating func append(_ command: DrawCommand) { commands.append(command) }

    public mutating func clear(_ color: Color) { commands.append(.clear(color)) }

    public mutating func fillRect(_ rect: Rect, _ color: Color, cornerRadius: Double = 0) {
        commands.append(.fillRect(rect, color, cornerRadius: cornerRadius))
    }

    public mutating func strokeRect(_ rect: Rect, _ color: Color, lineWidth: Double = 4, cornerRadius: Double = 0) {
        commands.append(.strokeRect(rect, color, lineWidth: lineWidth, cornerRadius: cornerRadius))
    }

    public mutating func sprite(_ sprite: SpriteCommand) { commands.append(.sprite(sprite)) }

    public mutating func sprite(_ name: String, _ dest: Rect, alpha: Double = 1) {
        commands.append(.sprite(SpriteCommand(name: name, dest: dest, alpha: alpha)))
    }

    public mutating func tiled(_ tiled: TiledSpriteCommand) { commands.append(.tiledSprite(tiled)) }

    public mutating func nineSlice(
        _ name: String, _ dest: Rect, border: Insets = .panel, alpha: Double = 1, tint: Color? = nil
    ) {
        commands.append(.nineSlice(NineSliceCommand(name: name, dest: dest, border: border, alpha: alpha, tint: tint)))
    }

    public mutating func text(_ text: TextCommand) { commands.append(.text(text)) }

    public mutating func clip(_ rect: Rect?) { commands.append(.clip(rect)) }

    /// Every string drawn, in order; handy for tests and for a screen reader one day.
    public var texts: [String] {
        commands.compactMap { if case .text(let text) = $0 { text.string } else { nil } }
    }

    /// Every sprite, tiled sprite and nine-slice image name used, in order.
    public var imageNames: [String] {
        commands.compactMap {
            switch $0 {
            case .sprite(let sprite): sprite.name
            case .tiledSprite(let tiled): tiled.name
            case .nineSlice(let slice): slice.name
            default: nil
            }
        }
    }

    /// Whether some drawn text contains `fragment`.
    public func containsText(_ fragment: String) -> Bool { texts.contains { $0.contains(fragment) } }
}
