import Foundation

/// The program's entry: SwiftPM links an executable target's `main` to `<module>_main`, so
/// that is where libFuzzer's driver is started (libFuzzer's own `main` is then not linked).
@_cdecl("kashdash_fuzz_server_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOneInput)
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// libFuzzer's entry point: hands each input to the target named by `KASHDASH_FUZZ_TARGET`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    ServerTargets.selected(bytes)
    return 0
}

/// The server's parsers, by the names `scripts/fuzz` uses.
enum ServerTargets {
    static let all: [String: @Sendable ([UInt8]) -> Void] = [
        "event-batch": EventBatchFuzzing.run,
        "journal-line": JournalLineFuzzing.run,
        "range": HeaderFuzzing.runRange,
        "if-none-match": HeaderFuzzing.runIfNoneMatch,
        "go-fast-path": FastPathFuzzing.run,
    ]

    static let selected: @Sendable ([UInt8]) -> Void = {
        let name = ProcessInfo.processInfo.environment["KASHDASH_FUZZ_TARGET"] ?? ""
        guard let target = all[name] else {
            FileHandle.standardError.write(Data("kashdash-fuzz-server: set KASHDASH_FUZZ_TARGET to one of \(all.keys.sorted().joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return target
    }()
}
