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
        // libcurl's headers at build time (libcurl4-openssl-dev); the library itself is loaded on first use.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        .target(name: "CMemory"),
        .target(
            name: "PromptGate",
            dependencies: [
                "CCurl",
                "CMemory",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "promptgate",
            dependencies: [
                "PromptGate",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "promptgate-bench",
            dependencies: ["PromptGate", "PromptGateTestSupport"]
        ),
        .target(
            name: "PromptGateTestSupport",
            dependencies: ["PromptGate"]
        ),
        .testTarget(
            name: "PromptGateTests",
            dependencies: ["PromptGate", "PromptGateTestSupport", "CMemory", .product(name: "Yams", package: "Yams")],
            exclude: ["Reports/__Snapshots__"]  // golden files, read by path
        ),
        .testTarget(
            name: "PromptGateCLITests",
            dependencies: ["PromptGate", "PromptGateTestSupport"]
        ),
    ]
)
