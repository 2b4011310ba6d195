/// Who an advice website is written for, so a level never sends a 7-year-old to a page
/// for teenagers, and a page for parents is always labelled as one on screen.
public enum AdviceAudience: Hashable, Sendable {
    /// A page for children of these ages (inclusive), as the organisation itself says.
    case child(ages: ClosedRange<Int>)
    /// A page for parents, carers and teachers.
    case grownUp

    /// The ages a child page suits; nil for a grown-up page.
    public var childAges: ClosedRange<Int>? {
        if case .child(let ages) = self { return ages }
        return nil
    }

    /// "children 7-11" or "grown-ups": the words the teacher's guide and the tools use.
    public var label: String {
        switch self {
        case .child(let ages): "children \(ages.lowerBound)-\(ages.upperBound)"
        case .grownUp: "grown-ups"
        }
    }
}
