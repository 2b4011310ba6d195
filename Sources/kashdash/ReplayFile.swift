import ArgumentParser
import Foundation
import KashDashCore

/// Reading and writing replay files, with one-line errors.
enum ReplayFile {
    static func load(_ path: String) throws -> Replay {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("cannot read replay \(path): no such file or not readable")
            throw ExitStatus.badReplay
        }
        guard let text = String(data: data, encoding: .utf8) else {
            printError("\(path): not a text file")
            throw ExitStatus.badReplay
        }
        do { return try ReplayText.decode(text) } catch {
            printError("\(path): \(error)")
            throw ExitStatus.badReplay
        }
    }

    static func save(_ replay: Replay, to path: String) throws {
        try Data(ReplayText.encode(replay).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
