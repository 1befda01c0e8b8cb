// swift-tools-version: 6.1
// libFuzzer targets for chb, kept out of the main package so `swift build` and `swift test`
// never need the fuzzer runtime. Build and run them through `scripts/fuzz TARGET [SECONDS]`,
// which builds with `swift build --sanitize fuzzer --sanitize address` (coverage
// instrumentation and ASan for chb's own targets too, since they are built from source here).
import PackageDescription

/// One executable per fuzz target; `-parse-as-library` because libFuzzer provides `main`.
let fuzzTargets = ["plan-reader", "mspdi-import", "merge", "reports"]

let package = Package(
    name: "chb-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        // The repository root through the link `chb` -> `..`, so the dependency is named `chb`
        // whatever the checkout folder is called (a path dependency takes its folder's name).
        .package(path: "chb"),
    ],
    targets: [
        // The oracles (one file shared with the main test suite through a symbolic link, so
        // `swift test` replays every saved finding through the same checks) and the entry
        // point every target calls.
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "PlanCore", package: "chb"),
                .product(name: "PlanXML", package: "chb"),
                .product(name: "PlanReports", package: "chb"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport"],
            swiftSettings: [.swiftLanguageMode(.v6), .unsafeFlags(["-parse-as-library"])]
        )
    }
)
