import KashDashCore

extension StringCatalogue {
    /// A police rank's title in this language (`Rank.title` is the English, kept for logs and
    /// tools).
    public func rankTitle(_ rank: Rank) -> String { text(Self.key(for: rank)) }

    static func key(for rank: Rank) -> UIString {
        switch rank {
        case .cadet: .rankCadet
        case .constable: .rankConstable
        case .sergeant: .rankSergeant
        case .inspector: .rankInspector
        case .chiefInspector: .rankChiefInspector
        case .superintendent: .rankSuperintendent
        case .chiefSuperintendent: .rankChiefSuperintendent
        case .chiefConstable: .rankChiefConstable
        }
    }
}
