// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "brief",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "brief", targets: ["brief"]),
        .library(name: "BriefKit", targets: ["BriefModel", "BriefArticle", "BriefExtract", "BriefCompose",
                                             "BriefGraphics", "BriefLayout", "BriefRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    ],
    targets: [
        // C: Cairo, Pango, fontconfig through pkg-config.
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),

        // Plain value types shared by every stage.
        .target(name: "BriefModel", resources: [.copy("Resources/facts.schema.json")]),

        // Stage 1: article files → Article (paragraphs, sentences, metadata).
        .target(name: "BriefArticle", dependencies: ["BriefModel", .product(name: "Yams", package: "Yams")]),

        // Stage 2: Article → Facts, by rules over gazetteer data files.
        .target(name: "BriefExtract", dependencies: ["BriefModel"], resources: [.copy("Gazetteers")]),

        // Stage 3: Facts → Report (sections of blocks).
        .target(name: "BriefCompose", dependencies: ["BriefModel"]),

        // The C layer: Cairo surfaces and drawing, Pango text shaping, bundled fonts.
        .target(name: "BriefGraphics", dependencies: ["CPangoCairo", "BriefModel"],
                linkerSettings: [.linkedLibrary("pangoft2-1.0"), .linkedLibrary("fontconfig"), .linkedLibrary("hyphen")]),

        // Stage 4: Report → pages (the flow engine).
        .target(name: "BriefLayout", dependencies: ["BriefModel", "BriefGraphics"]),

        // Stage 5: pages → PDF.
        .target(name: "BriefRender", dependencies: ["BriefModel", "BriefGraphics", "BriefLayout"]),

        // What every command stands on: output files and names, standard streams, signals, failures.
        .target(name: "BriefRuntime", dependencies: [.product(name: "SystemPackage", package: "swift-system")]),

        // The command-line tool and its subcommands.
        .target(name: "BriefCommands", dependencies: [
            "BriefRuntime", "BriefModel", "BriefArticle", "BriefExtract", "BriefCompose", "BriefGraphics", "BriefLayout", "BriefRender",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "brief", dependencies: ["BriefCommands"]),
        // Speed and memory figures (not a test): `make bench`.
        .executableTarget(name: "brief-bench", dependencies: [
            "BriefModel", "BriefArticle", "BriefExtract", "BriefCompose", "BriefGraphics", "BriefLayout", "BriefRender",
        ]),

        .testTarget(name: "BriefArticleTests", dependencies: ["BriefArticle"]),
        .testTarget(name: "BriefExtractTests", dependencies: ["BriefArticle", "BriefExtract"], exclude: ["Unseen", "Unseen2", "Development", "Blind"]),
        .testTarget(name: "BriefComposeTests", dependencies: ["BriefCompose", "BriefModel"]),
        .testTarget(name: "BriefGraphicsTests", dependencies: ["BriefGraphics"]),
        .testTarget(name: "BriefLayoutTests", dependencies: ["BriefLayout", "BriefGraphics", "BriefModel", "BriefArticle",
                                                           "BriefExtract", "BriefCompose"],
                    exclude: ["Golden"]),
        .testTarget(name: "BriefRuntimeTests", dependencies: ["BriefRuntime", .product(name: "SystemPackage", package: "swift-system")]),
        .testTarget(name: "BriefEndToEndTests", dependencies: ["BriefCommands", "BriefRuntime", "BriefModel"]),
    ]
)
