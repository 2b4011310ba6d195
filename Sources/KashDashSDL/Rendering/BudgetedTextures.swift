import CSDL2

/// Textures the renderer made for itself (shapes, pre-scaled sprites), kept up to a budget
/// of texture pixels; the least recently used go first, so a shape or size that changes
/// every frame cannot grow memory.
final class BudgetedTextures<Key: Hashable> {
    private struct Entry {
        let texture: OpaquePointer
        let pixels: Int
        var lastUse: UInt64
    }

    let pixelBudget: Int
    private var entries: [Key: Entry] = [:]
    private(set) var pixelsHeld = 0
    private var clock: UInt64 = 0

    init(pixelBudget: Int) { self.pixelBudget = pixelBudget }

    deinit { purge() }

    var count: Int { entries.count }

    func purge() {
        for entry in entries.values { SDL_DestroyTexture(entry.texture) }
        entries.removeAll()
        pixelsHeld = 0
    }

    /// The texture kept for `key`, marked as just used.
    func texture(_ key: Key) -> OpaquePointer? {
        clock &+= 1
        guard var entry = entries[key] else { return nil }
        entry.lastUse = clock
        entries[key] = entry
        return entry.texture
    }

    /// Keeps `texture` (now owned here) for `key`, evicting others to stay within budget.
    func keep(_ texture: OpaquePointer, pixels: Int, for key: Key) {
        while pixelsHeld + pixels > pixelBudget, !entries.isEmpty { evictLeastRecentlyUsed() }
        entries[key] = Entry(texture: texture, pixels: pixels, lastUse: clock)
        pixelsHeld += pixels
    }

    private func evictLeastRecentlyUsed() {
        guard let (key, entry) = entries.min(by: { $0.value.lastUse < $1.value.lastUse }) else { return }
        SDL_DestroyTexture(entry.texture)
        entries.removeValue(forKey: key)
        pixelsHeld -= entry.pixels
    }
}
