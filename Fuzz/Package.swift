// swift-tools-version:6.0
// libFuzzer targets for every parser Kash Dash meets untrusted bytes with (issue 17).
//
// A package of its own, so `swift build` of the game and server never sees the fuzzers'
// entry points (libFuzzer brings its own `main`). Built only by `scripts/fuzz`, with
// `-sanitize=fuzzer,address` and `-enable-testing` (the parsers are internal types,
// reached through `@testable import`). Two executables keep the client's quick to build:
//   kashdash-fuzz-client   replay, level source, level table, outbox, progress, kiosk settings, catalogue JSON,
//                          signed update manifests, translation files
//   kashdash-fuzz-server   event batch, journal line, Range, If-None-Match, the /go fast path
// The target runs is named by KASHDASH_FUZZ_TARGET; seed corpora are in Corpus/<target>.
import PackageDescription

let package = Package(
    name: "KashDashFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "KashDash", path: ".."),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .executableTarget(
            name: "kashdash-fuzz-client",
            dependencies: [
                .product(name: "KashDashFuzzableClient", package: "KashDash"),
                // To sign half the update manifests it is fed, so mutations get past the signature.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/ClientFuzzing"
        ),
        .executableTarget(
            name: "kashdash-fuzz-server",
            dependencies: [
                .product(name: "KashDashFuzzableServer", package: "KashDash"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/ServerFuzzing"
        ),
    ]
)
