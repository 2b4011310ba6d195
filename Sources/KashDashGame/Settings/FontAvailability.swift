/// Which of the fonts the settings offer are installed on this computer.
///
/// The backend looks at the disk once at start-up (the game itself never touches files); the
/// settings screen then says so beside an option whose font is missing, instead of silently
/// drawing another font.
public struct FontAvailability: Equatable, Sendable {
    /// Offered families with no font file of their own.
    public var missing: Set<FontFamily>

    public init(missing: Set<FontFamily> = []) { self.missing = missing }

    /// Nothing missing: what tests and the offscreen renderer assume unless told otherwise.
    public static let allInstalled = FontAvailability()

    public func isInstalled(_ family: FontFamily) -> Bool { !missing.contains(family) }

    /// The Debian package that brings a family, for the settings' hint.
    public static func debianPackage(of family: FontFamily) -> String {
        switch family {
        case .andika: "fonts-sil-andika"
        case .openDyslexic: "fonts-opendyslexic"
        case .nastaliq: "fonts-noto-core"
        }
    }
}
