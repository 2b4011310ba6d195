import KashDashContract

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An append-only file of server-observed events (advice clicks, downloads), written
/// before each event is acknowledged and folded into SQLite in large transactions.
///
/// Why: a redirect must not be sent before its click is durable, and a SQLite commit per
/// group of clicks wrote about six WAL pages (raw row, its index, the aggregate and the
/// report roll-ups) with a dozen `pwrite`s and four file locks. That, not HTTP, capped
/// `/go`. Appending a group here is one `write(2)`; the fold then pays SQLite's costs
/// once for thousands of events.
///
/// Durability is the store's `synchronous = NORMAL` guarantee: once `append` returns, the
/// bytes are in the kernel and survive a crash of the process (`kill -9`); power loss
/// needs `syncEveryCommit`, which bypasses the journal. Exactly-once folding: each file
/// (a "generation") is folded in one transaction that also records its number, and a
/// file is deleted only after that commit, so a crash at any point neither loses nor
/// double-counts an event.
///
/// Format: one text line per event, tab-separated, ending in an FNV-1a checksum, so a
/// torn or damaged line is recognised and set aside rather than misread.
final class EventJournal: Sendable {
    let directory: String

    private struct Current: Sendable {
        var descriptor: Int32
        var generation: Int
        var bytesWritten: Int
        /// A failed write left bytes that could not be cut off: no append until a new
        /// file is open.
        var isTorn = false
    }

    private let current: Locked<Current>
    /// Held for the journal's lifetime: one writer per folder.
    private let lock: JournalLock

    /// Opens a new generation after any file left in `directory` and after `lastFolded`,
    /// so a number already recorded as folded is never reused. `lock` (on `directory`)
    /// is held until the journal is released.
    init(directory: String, after lastFolded: Int, lock: JournalLock) throws {
        self.directory = directory
        self.lock = lock
        let next = max(lastFolded, Self.generations(in: directory).map(\.generation).max() ?? 0) + 1
        let (descriptor, generation) = try Self.openFile(directory, generation: next)
        current = Locked(Current(descriptor: descriptor, generation: generation, bytesWritten: 0))
    }

    deinit {
        _ = current.withLock { close($0.descriptor) }
    }

    /// Appends `events` in one write. When this returns, they survive a process crash.
    func append(_ events: [MetricEvent]) throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(events.count * 96)
        var lastDay: (day: Day, iso: String)?
        for event in events {
            if lastDay?.day != event.day { lastDay = (event.day, event.day.iso) }
            JournalLine.encode(event, dayISO: lastDay?.iso ?? "", into: &bytes)
        }
        try current.withLock { current in
            if current.isTorn { try Self.startNextFile(&current, in: directory) }
            do {
                try Self.writeAll(bytes, to: current.descriptor)
                current.bytesWritten += bytes.count
            } catch {
                // A failed write may have left part of a line. Cut it off (the file holds
                // exactly `bytesWritten` good bytes), or else start a new file, so the next
                // acknowledged event is never glued to it and set aside.
                if ftruncate(current.descriptor, off_t(current.bytesWritten)) != 0 {
                    current.isTorn = true
                    try? Self.startNextFile(&current, in: directory)
                }
                throw error
            }
        }
    }

    private static func startNextFile(_ current: inout Current, in directory: String) throws {
        let (descriptor, generation) = try openFile(directory, generation: current.generation + 1)
        close(current.descriptor)
        current = Current(descriptor: descriptor, generation: generation, bytesWritten: 0)
    }

    /// Starts a new generation if the current one holds anything; every generation below
    /// the returned one is then complete and may be folded.
    func seal() throws -> Int {
        try current.withLock { current in
            guard current.bytesWritten > 0 || current.isTorn else { return current.generation }
            try Self.startNextFile(&current, in: directory)
            return current.generation
        }
    }

    /// Journal files in `directory`, oldest first.
    static func generations(in directory: String) -> [(generation: Int, path: String)] {
        guard let folder = opendir(directory) else { return [] }
        defer { closedir(folder) }
        var found: [(Int, String)] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasPrefix("events-"), name.hasSuffix(".journal"),
                let generation = Int(name.dropFirst("events-".count).dropLast(".journal".count))
            else { continue }
            found.append((generation, directory + "/" + name))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// Reads a sealed file: its events, and the lines that could not be trusted; `nil` if
    /// the file is gone.
    static func load(_ path: String) throws -> (events: [MetricEvent], setAside: [[UInt8]])? {
        guard let bytes = try readFile(path) else { return nil }
        var events: [MetricEvent] = []
        var setAside: [[UInt8]] = []
        var decoded: [UInt32: (line: ArraySlice<UInt8>, event: MetricEvent)] = [:]
        var start = 0
        while start < bytes.count {
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                // No newline: the write was torn by a crash before it was acknowledged.
                setAside.append(Array(bytes[start...]))
                break
            }
            let line = bytes[start..<end]
            // Most lines repeat (same day, link, source and level): decode each once,
            // finding repeats by the checksum the line already carries.
            let checksum = JournalLine.storedChecksum(line)
            if let checksum, let seen = decoded[checksum], seen.line.elementsEqual(line) {
                events.append(seen.event)
            } else if let event = JournalLine.decode(line) {
                if let checksum { decoded[checksum] = (line, event) }
                events.append(event)
            } else {
                setAside.append(Array(line))
            }
            start = end + 1
        }
        return (events, setAside)
    }

    /// Keeps lines that could not be folded in `set-aside-<generation>.txt`, for a person.
    static func setAside(_ lines: [[UInt8]], in directory: String, generation: Int) throws {
        let path = "\(directory)/set-aside-\(generation).txt"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw MetricsStoreError.fileSystem("cannot write \(path)")
        }
        defer { close(descriptor) }
        try writeAll(Array(lines.joined(separator: [UInt8(ascii: "\n")])) + [UInt8(ascii: "\n")], to: descriptor)
    }

    /// Creates the file for `generation`, or the next free number after it (`O_EXCL`: two
    /// writers never share a file, even if the folder lock were bypassed).
    private static func openFile(_ directory: String, generation: Int) throws -> (Int32, Int) {
        var generation = generation
        while true {
            let path = "\(directory)/events-\(generation).journal"
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
            if descriptor >= 0 { return (descriptor, generation) }
            guard errno == EEXIST else {
                throw MetricsStoreError.fileSystem("cannot open the event journal \(path)")
            }
            generation += 1
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw MetricsStoreError.fileSystem("cannot write the event journal")
                }
                offset += written
            }
        }
    }

    private static func readFile(_ path: String) throws -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0, errno == ENOENT { return nil }
        guard descriptor >= 0 else {
            throw MetricsStoreError.fileSystem("cannot read the event journal \(path)")
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw MetricsStoreError.fileSystem("cannot read the event journal \(path)")
            }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
    }
}
