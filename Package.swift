// swift-tools-version:6.0
// Kash Dash: an online-safety game for children on Linux, and the content server behind it.
//
// Dependencies point one way (see docs/ARCHITECTURE.md):
//   KashDashCore <- KashDashLevels ------------------------------+
//   KashDashCore <- KashDashGame <- KashDashSDL -----------------+-> kashdash
//                                   KashDashOutbox -------------+
//   KashDashLevels <- KashDashUpdates (signed level updates) ----+
//   KashDashMetrics <- KashDashServer <- kashdash-server
// KashDashContract (the wire contract: event kinds, days, ids, /go links, the advice-link
// catalogue, art names) is imported by Outbox, Metrics, Server, Levels and Game; it and
// KashDashCore import the standard library only. KashDashGame does not import the Lua layer.
// C libraries enter through C* targets, each wrapped by exactly one Swift module.
import PackageDescription

let package = Package(
    name: "KashDash",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kashdash", targets: ["kashdash"]),
        .executable(name: "kashdash-server", targets: ["kashdash-server"]),
        // For the fuzzers in Fuzz/ (a separate package, so they are never in this build).
        .library(name: "KashDashFuzzableClient",
                 targets: ["KashDashContract", "KashDashCore", "KashDashLevels", "KashDashGame", "KashDashOutbox", "KashDashUpdates"]),
        .library(name: "KashDashFuzzableServer", targets: ["KashDashContract", "KashDashMetrics", "KashDashServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // Already resolved through Hummingbird; named so the `/go` fast path can use them.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // MARK: The contract shared by game and server (standard library only)
        .target(name: "KashDashContract"),

        // MARK: Game engine
        .target(name: "KashDashCore"),
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        .target(name: "KashDashLevels", dependencies: ["KashDashCore", "KashDashContract", "CLua"]),
        .target(
            name: "KashDashGame",
            dependencies: [
                "KashDashCore", "KashDashContract",
                // The kiosk's teacher PIN: PBKDF2-HMAC-SHA256 and a random salt.
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .systemLibrary(
            name: "CSDL2",
            pkgConfig: "sdl2",
            providers: [.apt(["libsdl2-dev", "libsdl2-image-dev", "libsdl2-ttf-dev"])]
        ),
        // Kiosk advice links as QR codes; wrapped by KashDashSDL's `QRCodeEncoder` alone.
        .systemLibrary(
            name: "CQREncode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // Read-aloud: eSpeak NG synthesising into memory on a thread of its own.
        .systemLibrary(
            name: "CESpeakNG",
            pkgConfig: "espeak-ng",
            providers: [.apt(["libespeak-ng-dev"])]
        ),
        .target(name: "KashDashSpeech", dependencies: ["CESpeakNG"]),
        // Urdu: the Unicode bidirectional algorithm orders right-to-left text with the numbers
        // and Latin names inside it; HarfBuzz (inside SDL_ttf) then shapes each run.
        .systemLibrary(
            name: "CFriBidi",
            pkgConfig: "fribidi",
            providers: [.apt(["libfribidi-dev"])]
        ),
        .target(
            name: "KashDashSDL",
            dependencies: [
                "KashDashGame", "KashDashCore", "KashDashContract", "KashDashSpeech", "CSDL2", "CQREncode", "CFriBidi",
            ]),
        .executableTarget(
            name: "kashdash",
            dependencies: [
                "KashDashCore", "KashDashContract", "KashDashLevels", "KashDashGame", "KashDashSDL", "KashDashOutbox",
                "KashDashUpdates", "KashDashSpeech",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Signed level updates (the game's client of /api/v1/levels)
        .target(
            name: "KashDashUpdates",
            dependencies: [
                "KashDashLevels", "KashDashContract",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // MARK: Client metrics (offline-first outbox of anonymous events)
        .target(name: "KashDashOutbox", dependencies: ["KashDashContract"]),

        // MARK: Content server
        .target(
            name: "KashDashMetrics",
            dependencies: [
                "KashDashContract",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),  // raw binding for the hot insert
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),  // PBKDF2 for dashboard passwords
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "KashDashServer",
            dependencies: [
                "KashDashContract", "KashDashMetrics",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "kashdash-server",
            dependencies: [
                "KashDashServer", "KashDashMetrics", "KashDashContract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: Tests
        .testTarget(name: "KashDashContractTests", dependencies: ["KashDashContract"]),
        .testTarget(name: "KashDashCoreTests", dependencies: ["KashDashCore"], resources: [.copy("Golden")]),
        .testTarget(name: "KashDashLevelsTests", dependencies: ["KashDashLevels", "KashDashCore", "KashDashContract"]),
        .testTarget(name: "KashDashGameTests", dependencies: ["KashDashGame", "KashDashCore", "KashDashContract"]),
        .testTarget(name: "KashDashSDLTests", dependencies: ["KashDashSDL", "KashDashGame", "KashDashCore", "KashDashContract", "KashDashLevels"], resources: [.copy("Golden")]),
        .testTarget(name: "KashDashSpeechTests", dependencies: ["KashDashSpeech"]),
        .testTarget(
            name: "KashDashUpdatesTests",
            dependencies: [
                "KashDashUpdates", "KashDashLevels", "KashDashContract", "KashDashServer", "KashDashMetrics",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "KashDashOutboxTests", dependencies: ["KashDashOutbox", "KashDashContract"]),
        .testTarget(
            name: "KashDashMetricsTests",
            dependencies: ["KashDashMetrics", "KashDashContract", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "KashDashServerTests",
            dependencies: [
                "KashDashServer", "KashDashMetrics", "KashDashOutbox", "KashDashContract",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                // The `/go` fast path is driven through `EmbeddedChannel`, no socket.
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
    ]
)
