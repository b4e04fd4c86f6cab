import Foundation
import XCTest

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The directory holding the built products (the test bundle sits beside the executable).
var productsDirectory: URL {
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
    }
    return Bundle.main.bundleURL
}

struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs the built `isocheck` as a user would, from the package root.
func runIsocheck(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> CommandResult {
    let executable = productsDirectory.appendingPathComponent("isocheck")
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
        XCTFail("isocheck is not built at \(executable.path)", file: file, line: line)
        throw CocoaError(.fileNoSuchFile)
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read before waiting so a large report cannot fill the pipe and deadlock.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                         stderr: String(decoding: stderr, as: UTF8.self))
}

/// Writes a temporary spec and returns its path.
func temporarySpec(_ text: String, name: String = "spec.isospec") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isocheck-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

/// Factoring a product under a small deterministic budget (`--rlimit 400000`) or a short
/// timeout: the solver cannot decide it, so the verdict must be unknown (exit 3).
let undecidableUnderBudgetSpec = """
    param a : u64 where a > 1 && a < 0x100000000
    param b : u64 where b > 1 && b < 0x100000000
    principal task
    frame key at 0xffffffea00000000 size 4K secret
    space user user of task {
      map 0x1000 .. +4K -> phys (a * b) & ~0xfff
    }
    memory default public
    """
