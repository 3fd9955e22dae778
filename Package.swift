// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "promptgate",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "PromptGate", targets: ["PromptGate"]),
        .executable(name: "promptgate", targets: ["promptgate"]),
    ],
    dependencies: [
        // Exact versions: a lockfile cannot be committed here, so the manifest pins what resolves.
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // General machinery (layers 0-2 of docs/architecture.md): no domain types; never imports PromptGate.

        // libcurl's headers at build time (libcurl4-openssl-dev); the library itself is loaded on first use.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        .target(name: "CMemory"),
        // A value behind a mutex (`Locked`), shared by the targets below and the domain.
        .target(name: "PromptGateSync"),
        // JSON values, the strict parser and writer, JSON read from model replies.
        .target(name: "PromptGateJSON"),
        // JSON Schema (draft 2020-12) and the linear-time ECMA-262 regex engine behind `pattern`.
        .target(name: "PromptGateSchema", dependencies: ["PromptGateJSON", "PromptGateSync"]),
        // HTTP over libcurl: requests, responses, the transport; nothing provider-specific.
        .target(name: "PromptGateHTTP", dependencies: ["CCurl", "PromptGateSync"]),
        // The PII scanner: detectors, checksums, redaction.
        .target(
            name: "PromptGatePII",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // Pure statistics: McNemar, the sign-flip test, paired bootstrap, the significance decision and
        // its wording, power analysis, seeded random streams.
        .target(name: "PromptGateStatistics", dependencies: ["PromptGateSync"]),

        // The domain library (layer 3): prompts, test sets, providers, pipeline, scorers, store,
        // compare, reports, app.
        .target(
            name: "PromptGate",
            dependencies: [
                "PromptGateSync",
                "PromptGateJSON",
                "PromptGateSchema",
                "PromptGateHTTP",
                "PromptGatePII",
                "PromptGateStatistics",
                "CMemory",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),

        // On top of the library (layers 4-5): the thin CLI, the bench, test support, the tests.
        .executableTarget(
            name: "promptgate",
            dependencies: [
                "PromptGate",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "promptgate-bench",
            dependencies: ["PromptGate", "PromptGateTestSupport", "PromptGateBenchSupport"]
        ),
        // The gate simulation behind `promptgate-bench stats` (case mixes, change models) and the
        // PII corpus scoring behind `promptgate-bench pii`; the product library does not link it.
        .target(
            name: "PromptGateBenchSupport",
            dependencies: ["PromptGate"]
        ),
        .target(
            name: "PromptGateTestSupport",
            dependencies: ["PromptGate"]
        ),
        .testTarget(
            name: "PromptGateTests",
            dependencies: [
                "PromptGate", "PromptGateTestSupport", "PromptGateBenchSupport", "CMemory",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Reports/__Snapshots__"]  // golden files, read by path
        ),
        .testTarget(
            name: "PromptGateCLITests",
            dependencies: ["PromptGate", "PromptGateTestSupport"]
        ),
    ]
)
