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
        .executableTarget(name: "translate-bench", dependencies: ["TranslateKit"]),
        // libFuzzer targets when built by scripts/fuzz.sh (-DFUZZING); a replayer of saved inputs otherwise.
        .executableTarget(name: "translate-fuzz", dependencies: ["TranslateKit"]),
        .testTarget(name: "TranslateICUTests", dependencies: ["TranslateICU"]),
        .testTarget(
            name: "TranslateKitTests",
            dependencies: ["TranslateKit"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v5],
    cxxLanguageStandard: .cxx17
)
