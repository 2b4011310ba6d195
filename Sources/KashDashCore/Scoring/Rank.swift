/// Police ranks, from first day to the top job, reached by the score of a round.
public enum Rank: Int, CaseIterable, Comparable, Sendable {
    case cadet, constable, sergeant, inspector, chiefInspector, superintendent, chiefSuperintendent, chiefConstable

    public var title: String {
        switch self {
        case .cadet: "Cadet"
        case .constable: "Constable"
        case .sergeant: "Sergeant"
        case .inspector: "Inspector"
        case .chiefInspector: "Chief Inspector"
        case .superintendent: "Superintendent"
        case .chiefSuperintendent: "Chief Superintendent"
        case .chiefConstable: "Chief Constable"
        }
    }

    /// The lowest score that reaches this rank. A first level finished with its messages
    /// answered safely makes a Sergeant; the longest levels, flown well, make a Chief Constable.
    public var minimumScore: Int {
        switch self {
        case .cadet: 0
        case .constable: 60
        case .sergeant: 140
        case .inspector: 240
        case .chiefInspector: 340
        case .superintendent: 440
        case .chiefSuperintendent: 540
        case .chiefConstable: 650
        }
    }

    public static func forScore(_ score: Int) -> Rank {
        allCases.last { score >= $0.minimumScore } ?? .cadet
    }

    /// The rank after this one, if any, so screens can say how far there is to go.
    public var next: Rank? { Rank(rawValue: rawValue + 1) }

    public static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
}
