import KashDashContract
import Testing

@testable import KashDashMetrics

@Suite struct EventJournalTests {
    typealias Support = JournalTestSupport
    static let day = Day(iso: "2026-11-27")!

    static func click(_ link: String, day: Day = day, bot: Bool = false) -> MetricEvent {
        MetricEvent(kind: .adviceClick, day: day, source: .desktop, link: link, isBot: bot)
    }

    @Test func appendSealLoadGivesBackTheEventsInOrder() throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let journal = try EventJournal(directory: folder.journalPath, after: 0, lock: JournalLock(directory: folder.journalPath))
        let first = [Self.click("a"), Self.click("b", day: Self.day.adding(days: -1)), Self.click("a"), Self.click("c", bot: true)]
        let second = [
            MetricEvent(kind: .download, day: Self.day, file: "kashdash.AppImage"), Self.click("a"),
            MetricEvent(kind: .adviceClick, day: Self.day, source: .kiosk, appVersion: "1.0", level: "l\tx", link: "a", message: "m", file: "f"),
        ]
        try journal.append(first)
        try journal.append(second)
        let sealed = try journal.seal()
        let files = EventJournal.generations(in: folder.journalPath)
        #expect(files.map(\.generation) == [1, 2])
        #expect(sealed == 2)
        let loaded = try #require(try EventJournal.load(files[0].path))
        #expect(loaded.events == first + second)
        #expect(loaded.setAside.isEmpty)
        // The new generation is empty until something is appended, and holds only that.
        #expect(try #require(try EventJournal.load(files[1].path)).events.isEmpty)
        try journal.append([Self.click("z")])
        #expect(try journal.seal() == 3)
        #expect(try #require(try EventJournal.load(files[1].path)).events == [Self.click("z")])
    }

    @Test func sealWithNothingWrittenKeepsTheGeneration() throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let journal = try EventJournal(directory: folder.journalPath, after: 0, lock: JournalLock(directory: folder.journalPath))
        #expect(try journal.seal() == 1)
        #expect(try journal.seal() == 1)
        #expect(Support.generations(in: folder.journalPath) == [1])
        try journal.append([])  // an empty group writes no bytes
        #expect(try journal.seal() == 1)
        try journal.append([Self.click("a")])
        #expect(try journal.seal() == 2)
        #expect(Support.generations(in: folder.journalPath) == [1, 2])
    }

    @Test func generationsStartAfterTheFoldedNumberAndIncrease() throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let journal = try EventJournal(directory: folder.journalPath, after: 41, lock: JournalLock(directory: folder.journalPath))
        #expect(Support.generations(in: folder.journalPath) == [42])
        var seen: [Int] = []
        for index in 0..<5 {
            try journal.append([Self.click("link-\(index)")])
            seen.append(try journal.seal())
        }
        #expect(seen == [43, 44, 45, 46, 47])
        #expect(Support.generations(in: folder.journalPath) == Array(42...47))
    }

    @Test func aNewJournalStartsAfterFilesAlreadyInTheFolder() throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        try Support.writeJournalFile([Self.click("a")], generation: 100, in: folder.journalPath)
        do {
            _ = try EventJournal(directory: folder.journalPath, after: 5, lock: JournalLock(directory: folder.journalPath))
            #expect(Support.generations(in: folder.journalPath) == [100, 101])
        }
        do {
            // A folded number above every file wins.
            _ = try EventJournal(directory: folder.journalPath, after: 500, lock: JournalLock(directory: folder.journalPath))
            #expect(Support.generations(in: folder.journalPath) == [100, 101, 501])
        }
        // The file that was there is untouched.
        #expect(try #require(try EventJournal.load(folder.journalPath + "/events-100.journal")).events == [Self.click("a")])
    }

    @Test func generationsListsOnlyJournalFilesOldestFirst() throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        try Support.writeJournalFile([Self.click("a")], generation: 10, in: folder.journalPath)
        try Support.writeJournalFile([Self.click("b")], generation: 9, in: folder.journalPath)
        try Support.writeJournalFile([Self.click("c")], generation: 2, in: folder.journalPath)
        try Support.write([], to: folder.journalPath + "/set-aside-3.txt")
        try Support.write([], to: folder.journalPath + "/events-x.journal")
        try Support.write([], to: folder.journalPath + "/events-4.journal.tmp")
        #expect(Support.generations(in: folder.journalPath) == [2, 9, 10])
        #expect(EventJournal.generations(in: folder.path + "/missing").isEmpty)
    }

    @Test func tornLastLineIsSetAsideAndCompleteLinesLoad() throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let events = [Self.click("a"), Self.click("b"), Self.click("c")]
        let third = Support.encoded(events[2])
        let torn = Array(third.prefix(third.count / 2))
        let path = folder.path + "/events-1.journal"
        try Support.write(Support.encoded(events[0]) + Support.encoded(events[1]) + torn, to: path)
        let loaded = try #require(try EventJournal.load(path))
        #expect(loaded.events == [events[0], events[1]])
        #expect(loaded.setAside == [torn])
    }

    @Test func aCompleteLineWithoutItsNewlineIsTreatedAsTorn() throws {
        // The newline is the last byte written: without it the append was not acknowledged.
        let folder = try Support.Folder()
        defer { folder.remove() }
        let path = folder.path + "/events-1.journal"
        let last = Array(Support.encoded(Self.click("b")).dropLast())
        try Support.write(Support.encoded(Self.click("a")) + last, to: path)
        let loaded = try #require(try EventJournal.load(path))
        #expect(loaded.events == [Self.click("a")])
        #expect(loaded.setAside == [last])
    }

    @Test func garbageInTheMiddleIsSetAsideAndLaterLinesStillLoad() throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let path = folder.path + "/events-1.journal"
        let garbage = Array("this is not a journal line".utf8)
        try Support.write(
            Support.encoded(Self.click("a")) + garbage + [UInt8(ascii: "\n")] + Support.encoded(Self.click("b"))
                + Support.encoded(Self.click("c")), to: path)
        let loaded = try #require(try EventJournal.load(path))
        #expect(loaded.events == [Self.click("a"), Self.click("b"), Self.click("c")])
        #expect(loaded.setAside == [garbage])
    }

    /// `load` decodes a repeated line once, looking repeats up by their checksum; a damaged
    /// copy that keeps the checksum digits must not be taken for the good line.
    @Test func aDamagedRepeatOfAGoodLineIsSetAside() throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        let path = folder.path + "/events-1.journal"
        let good = Support.encoded(Self.click("childline"))
        var damaged = good
        let link = Array("\tchildline\t".utf8)
        let linkStart = damaged.indices.first { damaged[$0...].starts(with: link) }! + 1
        damaged[linkStart] ^= 0x01  // "childline" -> "bhildline"
        #expect(damaged.suffix(9).elementsEqual(good.suffix(9)), "the checksum digits are unchanged")
        #expect(damaged != good)
        try Support.write(good + damaged + good + [UInt8(ascii: "\n")] + good, to: path)
        let loaded = try #require(try EventJournal.load(path))
        #expect(loaded.events == [Self.click("childline"), Self.click("childline"), Self.click("childline")])
        #expect(loaded.setAside == [Array(damaged.dropLast()), []])
    }

    @Test func setAsideWritesOneLinePerEntry() throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        try EventJournal.setAside([Array("one".utf8), Array("two".utf8)], in: folder.path, generation: 7)
        #expect(Support.read(folder.path + "/set-aside-7.txt") == Array("one\ntwo\n".utf8))
    }

    @Test func loadOfAMissingFileIsNil() throws {
        let folder = try Support.Folder()
        defer { folder.remove() }
        // Gone means another store on the same file folded it already.
        #expect(try EventJournal.load(folder.path + "/events-1.journal") == nil)
    }
}
