// swift-tools-version:6.0
import PackageDescription

// No package dependencies by design: the toolchain and the system ICU (libicu-dev) only.
let package = Package(
    name: "translate",
    products: [
        .executable(name: "translate", targets: ["translate"]),
        .library(name: "TranslateKit", targets: ["TranslateKit"]),
    ],
    targets: [
        // The only code that sees ICU headers. Its public header is ICU-free so that
        // Swift modules never import the system ICU next to Foundation's private one.
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        .target(name: "TranslateICU", dependencies: ["CICU"]),
        .target(name: "TranslateKit", dependencies: ["TranslateICU"]),
        .executableTarget(name: "translate", dependencies: ["TranslateKit"]),
        // Synthetic projects and memories for benchmarks and scaling tests: kept out of the library so
        // embedders do not ship a lexicon.
        .target(name: "TranslateBenchKit", dependencies: ["TranslateKit", "TranslateICU"]),
        .executableTarget(name: "translate-bench", dependencies: ["TranslateKit", "TranslateBenchKit"]),
        // libFuzzer targets when built by scripts/fuzz.sh (-DFUZZING); a replayer of saved inputs otherwise.
        .executableTarget(name: "translate-fuzz", dependencies: ["TranslateKit"]),
        .testTarget(name: "TranslateICUTests", dependencies: ["TranslateICU"]),
        // Seeded random, the process runner, the translate binary and fixture paths, for both test targets.
        .target(name: "TranslateTestSupport", dependencies: ["TranslateKit"], path: "Tests/TranslateTestSupport"),
        .testTarget(
            name: "TranslateKitTests",
            dependencies: ["TranslateKit", "TranslateBenchKit", "TranslateTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        // Tests that run the built `translate`; depending on it makes `swift build --build-tests` build it.
        .testTarget(
            name: "TranslateEndToEndTests",
            dependencies: ["translate", "TranslateKit", "TranslateBenchKit", "TranslateTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v5],
    cxxLanguageStandard: .cxx17
)
