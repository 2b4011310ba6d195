/// The eight strands of UKCIS "Education for a Connected World" (2020 edition): the
/// framework every level is mapped to, so a school can see which strands the game teaches.
public enum EducationStrand: String, CaseIterable, Sendable {
    case selfImage = "self-image-and-identity"
    case onlineRelationships = "online-relationships"
    case onlineReputation = "online-reputation"
    case onlineBullying = "online-bullying"
    case managingInformation = "managing-online-information"
    case healthAndWellbeing = "health-wellbeing-and-lifestyle"
    case privacyAndSecurity = "privacy-and-security"
    case copyrightAndOwnership = "copyright-and-ownership"

    /// The strand's name as the framework writes it.
    public var title: String {
        switch self {
        case .selfImage: "Self-image and identity"
        case .onlineRelationships: "Online relationships"
        case .onlineReputation: "Online reputation"
        case .onlineBullying: "Online bullying"
        case .managingInformation: "Managing online information"
        case .healthAndWellbeing: "Health, well-being and lifestyle"
        case .privacyAndSecurity: "Privacy and security"
        case .copyrightAndOwnership: "Copyright and ownership"
        }
    }

    /// The ages the framework's statements cover; a level's age band must lie within them.
    public static let ages = 5...16
}
