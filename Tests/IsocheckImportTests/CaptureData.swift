import Foundation
import IsocheckImport
import XCTest

/// The package root, from this file's place in Tests/IsocheckImportTests/.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The real captures: ../shared/data/linux-6.1-kpti next to the package. Tests that need them
/// fail (not skip) when they are missing, saying where they looked.
enum CaptureData {
    static let configurations = ["pti-on", "pti-auto", "nopti", "pcid-bochs"]
    static let snapshots = ["snap-user", "snap-kernel", "snap-entry"]

    static var directory: URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/linux-6.1-kpti")
    }

    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "capture data not found at \(path)" }
    }

    /// The path of a data file, failing the test if it is absent.
    static func path(_ relative: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let url = directory.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            XCTFail("capture data not found: looked for \(url.path) (the package expects ../shared/data/linux-6.1-kpti "
                    + "beside its root, \(packageRoot.path))", file: file, line: line)
            throw Missing(path: url.path)
        }
        return url.path
    }

    /// A data file decompressed (if it ends in .xz) into a per-run temporary folder, once.
    static func decompressed(_ relative: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let source = try path(relative, file: file, line: line)
        guard relative.hasSuffix(".xz") else { return source }
        return try cache.file(for: relative) { destination in
            try runXZ(source: source, destination: destination)
        }
    }

    static func text(_ relative: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let path = try decompressed(relative, file: file, line: line)
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    /// meta.json of a snapshot, as plain JSON objects.
    static func meta(_ configuration: String, _ snapshot: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: try path("\(configuration)/\(snapshot)/meta.json")))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A symbol map of the data, parsed once per test run (each is ~100,000 lines).
    static func symbolMap(_ relative: String, file: StaticString = #filePath, line: UInt = #line) throws -> SymbolMap {
        let path = try decompressed(relative, file: file, line: line)
        return try symbolMaps.value(for: path) { try SymbolMap(contentsOfFile: path) }
    }

    private static let cache = DecompressionCache()
    private static let symbolMaps = Memo<SymbolMap>()

    private static func runXZ(source: String, destination: String) throws {
        guard FileManager.default.createFile(atPath: destination, contents: nil) else {
            throw Missing(path: "\(destination) (cannot create the decompressed copy)")
        }
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: destination))
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xz")
        process.arguments = ["-dc", source]
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Missing(path: "\(source) (xz -dc exited with \(process.terminationStatus))")
        }
    }
}

private let decompressionFolder = FileManager.default.temporaryDirectory
    .appendingPathComponent("isocheck-import-\(ProcessInfo.processInfo.processIdentifier)")

/// Decompressed copies, made once per test run and removed when the test process exits; a
/// lock because XCTest may run tests on several threads.
private final class DecompressionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: String] = [:]
    private let folder = decompressionFolder

    func file(for key: String, make: (String) throws -> Void) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let known = files[key] { return known }
        if files.isEmpty {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            atexit { try? FileManager.default.removeItem(at: decompressionFolder) }
        }
        let destination = folder.appendingPathComponent(key.replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: ".xz", with: "")).path
        try make(destination)
        files[key] = destination
        return destination
    }
}

/// Parses `0x...` strings from meta.json.
func hexValue(_ any: Any?) -> UInt64? {
    guard let text = any as? String else { return nil }
    return UInt64(text.hasPrefix("0x") ? String(text.dropFirst(2)) : text, radix: 16)
}

/// Values computed once per key, shared by the tests of one run.
private final class Memo<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    func value(for key: String, make: () throws -> Value) throws -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let known = values[key] { return known }
        let value = try make()
        values[key] = value
        return value
    }
}
