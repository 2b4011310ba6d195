import KashDashCore

/// The replay text format (`kashdash replay FILE`): anything a teacher might paste or a
/// disk might garble. A replay that decodes must encode and decode to the same replay.
enum ReplayFuzzing {
    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let replay = try? ReplayText.decode(text) else { return }
        let again = try? ReplayText.decode(ReplayText.encode(replay))
        precondition(again == replay, "a decoded replay does not survive encode and decode")
    }
}
