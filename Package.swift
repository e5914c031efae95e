// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitrep",
    products: [
        .executable(name: "sitrep", targets: ["sitrep"]),
        .library(name: "SitrepKit", targets: ["SitrepKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        /// The model: events, file formats, gazetteer, store. No terminal code.
        .target(
            name: "SitrepKit",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
            exclude: ["Resources/make-map-shapes.py", "Resources/make-places.py"],
            resources: [
                .embedInCode("Resources/regions.csv"),
                .embedInCode("Resources/news-2024-11.jsonl"),
                .embedInCode("Resources/alerts-2024-11.csv"),
                .embedInCode("Resources/map-shapes.txt"),
            ]
        ),
        /// Pure screen logic: state, keys, layout and panes drawn into a Buffer. No curses, no files.
        /// `Themes` is a link to the top-level `themes/` folder, whose files are built in.
        .target(
            name: "SitrepUI",
            dependencies: ["SitrepKit", .product(name: "TOMLKit", package: "TOMLKit")],
            resources: ["dark", "light", "high-contrast", "colorblind", "night", "mono"].map {
                .embedInCode("Themes/\($0).toml")
            }
        ),
        /// The work behind the runtime's effects (loading, filtering, theme files, history) and the
        /// program that performs them for a running dashboard. No curses.
        .target(name: "SitrepWork", dependencies: ["SitrepKit", "SitrepUI"]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        /// The only code that calls curses: draws a Buffer, reads keys, restores the terminal.
        .target(name: "SitrepTerminal", dependencies: ["CNcursesw", "SitrepUI"]),
        .executableTarget(
            name: "sitrep",
            dependencies: [
                "SitrepKit",
                "SitrepUI",
                "SitrepTerminal",
                "SitrepWork",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// The load benchmark: `swift run -c release sitrep-bench`. Not a test; it prints figures.
        .executableTarget(name: "sitrep-bench", dependencies: ["SitrepKit", "SitrepUI"]),
        /// libFuzzer targets (`bash Tests/Fuzz/fuzz.sh`); an empty program in an ordinary build.
        .executableTarget(name: "sitrep-fuzz", dependencies: ["SitrepKit", "SitrepUI", "SitrepWork"]),
        // What every test target shares: one temporary folder, one seeded generator, one time reader.
        .target(name: "SitrepTestSupport", path: "Tests/Support"),
        .testTarget(name: "SitrepKitTests", dependencies: ["SitrepKit", "SitrepTestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "SitrepUITests", dependencies: ["SitrepUI", "SitrepKit", "SitrepWork", "SitrepTestSupport"],
            exclude: ["Golden"]),
        /// Runs the real binary: exit codes and output of the commands.
        .testTarget(name: "sitrepTests", dependencies: ["sitrep", "SitrepKit", "SitrepUI", "SitrepTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
