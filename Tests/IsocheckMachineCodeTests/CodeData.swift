import Foundation
import IsocheckImport
import XCTest

/// The captured entry code under ../shared/data/linux-6.1-kpti/<configuration>/code/. Tests
/// that need it fail (not skip) when it is missing.
enum CodeData {
    static let configurations = ["pti-on", "pti-auto", "nopti"]

    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/data/linux-6.1-kpti")
    }

    static func path(_ relative: String) throws -> String {
        let url = directory.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            XCTFail("capture data not found at \(url.path)")
            throw CocoaError(.fileNoSuchFile)
        }
        return url.path
    }

    static func code(_ configuration: String) throws -> CapturedCode {
        try CapturedCode(path: try path("\(configuration)/code/code.json"))
    }

    /// objdump's listing of a blob (xz-compressed or plain), as the capture tools wrote it.
    static func listing(_ configuration: String, _ blob: String) throws -> String {
        let plain = directory.appendingPathComponent("\(configuration)/code/\(blob).s").path
        if FileManager.default.fileExists(atPath: plain) { return try String(contentsOfFile: plain, encoding: .utf8) }
        let compressed = try path("\(configuration)/code/\(blob).s.xz")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xz")
        process.arguments = ["-dc", compressed]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "xz -dc \(compressed)")
        return String(decoding: data, as: UTF8.self)
    }
}
