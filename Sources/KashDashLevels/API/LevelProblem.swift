/// Something wrong with a level file, with the file and (where known) the line.
///
/// Its description is the one-line `file:line: message` form that `levels check` prints and
/// editors understand.
public struct LevelProblem: Error, CustomStringConvertible, Sendable, Hashable {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
