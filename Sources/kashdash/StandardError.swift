import Foundation

/// Writes one line to stderr: how every command reports a problem (never a stack trace).
func printError(_ message: String) {
    FileHandle.standardError.write(Data("kashdash: \(message)\n".utf8))
}
