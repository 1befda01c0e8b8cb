// swift-tools-version: 6.1
import PackageDescription

/// Checks every target opts into: Swift 6 mode, explicit `any`, and imports that are
/// internal unless a target says otherwise, so no C type can leak into a public signature.
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "chb",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "chb", targets: ["chb"]),
        .library(name: "PlanCore", targets: ["PlanCore"]),
        .library(name: "PlanXML", targets: ["PlanXML"]),
        .library(name: "PlanReports", targets: ["PlanReports"]),
        .library(name: "PlanStorage", targets: ["PlanStorage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // XML signatures (libxmlsec1 with its OpenSSL engine); the shim defines the macros the
        // library was built with, which SwiftPM drops from the .pc file (see its shim.h).
        .systemLibrary(
            name: "CXMLSec",
            pkgConfig: "xmlsec1-openssl",
            providers: [.apt(["libxmlsec1-dev"])]
        ),
        .target(
            name: "PlanCore",
            swiftSettings: strictSettings
        ),
        .target(
            name: "PlanStorage",
            swiftSettings: strictSettings
        ),
        .target(
            name: "PlanXML",
            dependencies: ["PlanCore", "PlanStorage", "CLibXML2", "CXMLSec"],
            resources: [.copy("Resources/chb-plan-1.xsd")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "PlanReports",
            dependencies: ["PlanCore"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "chb",
            dependencies: [
                "PlanCore", "PlanXML", "PlanReports", "PlanStorage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // `swift run -c release chb-report-bench PLAN AS-OF`: the status report timed in
        // process after reading (scripts/bench-report.sh runs it on a 100,000-task plan).
        .executableTarget(
            name: "chb-report-bench",
            dependencies: ["PlanCore", "PlanXML", "PlanReports", "PlanStorage"],
            path: "Benchmarks/ReportBench",
            swiftSettings: strictSettings
        ),
        // What every test target shares: the seeded random generator, the child-process runner
        // for the built `chb` (with its one default "now"), and repository and fixture paths.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PlanCoreTests",
            dependencies: ["PlanCore", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PlanXMLTests",
            dependencies: ["PlanXML", "PlanCore", "TestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PlanReportsTests",
            dependencies: ["PlanReports", "PlanCore", "PlanXML", "TestSupport"],
            exclude: ["Golden"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PlanStorageTests",
            dependencies: ["PlanStorage"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "chbTests",
            dependencies: ["chb", "PlanCore", "PlanXML", "TestSupport"],
            swiftSettings: strictSettings
        ),
    ]
)
