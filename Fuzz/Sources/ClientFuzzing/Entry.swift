import Foundation

/// The program's entry: SwiftPM links an executable target's `main` to `<module>_main`, so
/// that is where libFuzzer's driver is started (libFuzzer's own `main` is then not linked).
@_cdecl("kashdash_fuzz_client_main")
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
/// A target must never crash, trap or leak whatever bytes it is given; a malformed input
/// is expected to be refused with an error, which is the parser doing its job.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    ClientTargets.selected.run(bytes)
    return 0
}

/// The client's parsers, by the names `scripts/fuzz` uses.
enum ClientTargets {
    static let all: [String: FuzzTarget] = [
        "replay": FuzzTarget(run: ReplayFuzzing.run),
        "level-source": FuzzTarget(run: LevelFuzzing.runSource),
        "level-table": FuzzTarget(run: LevelFuzzing.runTable),
        "outbox": FuzzTarget(run: SavedFileFuzzing.runOutbox),
        "progress": FuzzTarget(run: SavedFileFuzzing.runProgress),
        "kiosk-settings": FuzzTarget(run: SavedFileFuzzing.runKioskSettings),
        "catalogue": FuzzTarget(run: SavedFileFuzzing.runCatalogue),
        "update-manifest": FuzzTarget(run: UpdateManifestFuzzing.run),
        "translation": FuzzTarget(run: TranslationFuzzing.run),
    ]

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["KASHDASH_FUZZ_TARGET"] ?? ""
        guard let target = all[name] else {
            FileHandle.standardError.write(Data("kashdash-fuzz-client: set KASHDASH_FUZZ_TARGET to one of \(all.keys.sorted().joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return target
    }()
}

struct FuzzTarget: Sendable {
    let run: @Sendable ([UInt8]) -> Void
}
