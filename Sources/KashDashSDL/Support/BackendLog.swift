import Foundation

/// Writes backend notices to stderr, each distinct one only once (a missing sprite is drawn
/// every frame but reported a single time).
public final class BackendLog {
    private var seen: Set<String> = []
    private let sink: (String) -> Void

    public init(sink: @escaping (String) -> Void = { FileHandle.standardError.write(Data("kashdash: \($0)\n".utf8)) }) {
        self.sink = sink
    }

    /// Reports `message` unless it was reported before.
    public func once(_ message: String) {
        guard seen.insert(message).inserted else { return }
        sink(message)
    }

    /// Reports `message` every time.
    public func always(_ message: String) { sink(message) }
}
