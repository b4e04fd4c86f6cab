// swift-tools-version:6.0
import PackageDescription

// The pipeline of DESIGN.md §9, one module per stage, dependencies pointing one way:
//   IsocheckSyntax (text -> AST) -> IsocheckModel (elaborate -> model; reads dumps via IsocheckImport,
//   lifts captured machine code via X86Decoding)
//   -> IsocheckChecker (obligations -> SMT via Z3Kit -> verdicts) -> IsocheckReport -> isocheck (CLI).
// Z3Kit knows nothing about kernels; IsocheckModel knows nothing about Z3.
let package = Package(
    name: "isocheck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "isocheck", targets: ["isocheck"]),
        .executable(name: "isocheck-bench", targets: ["isocheck-bench"]),
        .library(name: "IsocheckChecker", targets: ["IsocheckChecker"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CZ3",
            pkgConfig: "z3",
            providers: [.apt(["libz3-dev"])]
        ),
        .target(name: "Z3Kit", dependencies: ["CZ3"]),
        // Zydis decodes captured machine code; like Z3Kit, X86Decoding knows nothing about kernels.
        // Debian's libzydis-dev has no pkg-config file, so the module map links it by name.
        .systemLibrary(
            name: "CZydis",
            providers: [.apt(["libzydis-dev"])]
        ),
        .target(name: "X86Decoding", dependencies: ["CZydis"]),
        .target(name: "IsocheckDiagnostics"),
        .target(name: "IsocheckSyntax", dependencies: ["IsocheckDiagnostics"]),
        // The model may import real page tables (space ... import, policy, symbols) and lift
        // captured machine code into its instructions.
        .target(name: "IsocheckModel", dependencies: ["IsocheckDiagnostics", "IsocheckSyntax", "IsocheckImport", "X86Decoding"]),
        .target(name: "IsocheckChecker", dependencies: ["IsocheckModel", "Z3Kit"]),
        // Readers of real page tables (ELF cores, ptdump text, symbol maps): plain data, no Z3.
        .target(name: "IsocheckImport", dependencies: ["IsocheckDiagnostics"]),
        // The brute-force reference: shares the model with the checker, never its encoding.
        .target(name: "IsocheckReference", dependencies: ["IsocheckModel"]),
        .target(name: "IsocheckReport", dependencies: ["IsocheckChecker", "IsocheckReference"]),
        .executableTarget(
            name: "isocheck",
            dependencies: [
                "IsocheckReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark (issue 8): runs the release `isocheck` binary on generated workloads.
        .executableTarget(
            name: "isocheck-bench",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "Z3KitTests", dependencies: ["Z3Kit"]),
        .testTarget(name: "X86DecodingTests", dependencies: ["X86Decoding"]),
        .testTarget(name: "IsocheckMachineCodeTests", dependencies: ["IsocheckModel", "IsocheckImport", "X86Decoding"]),
        .testTarget(name: "IsocheckSyntaxTests", dependencies: ["IsocheckSyntax", "IsocheckModel"]),
        .testTarget(name: "IsocheckCheckerTests", dependencies: ["IsocheckChecker", "IsocheckReport"]),
        .testTarget(name: "IsocheckCLITests", dependencies: ["IsocheckReport"]),
        .testTarget(name: "IsocheckImportTests", dependencies: ["IsocheckImport"]),
        .testTarget(name: "IsocheckReferenceTests", dependencies: ["IsocheckReference", "IsocheckChecker"]),
    ],
    swiftLanguageModes: [.v6]
)
