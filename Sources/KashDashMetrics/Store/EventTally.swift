extension Sequence<MetricEvent> {
    /// The events counted by `key`, those it gives no key left out: a commit pre-aggregated,
    /// so each distinct key costs one upsert rather than one per event. One counting loop
    /// for the daily aggregates, the learning counts and the language counts.
    func tally<Key: Hashable>(by key: (MetricEvent) -> Key?) -> [Key: Int] {
        var counts: [Key: Int] = [:]
        for event in self { if let found = key(event) { counts[found, default: 0] += 1 } }
        return counts
    }
}
