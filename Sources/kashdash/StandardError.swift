#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes one line to stderr: how every command reports a problem (never a stack trace).
func printError(_ message: String) {
    fputs("kashdash: \(message)\n", stderr)
}
