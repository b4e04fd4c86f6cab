import Foundation
import IsocheckDiagnostics
import IsocheckModel
import XCTest

/// The package root, found from this file's path (Tests/IsocheckSyntaxTests/<file>).
private let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every `.isospec` under Specs/, as paths relative to the package root, sorted.
func bundledSpecPaths() throws -> [String] {
    let specs = packageRoot.appendingPathComponent("Specs")
    guard let enumerator = FileManager.default.enumerator(at: specs, includingPropertiesForKeys: nil) else {
        throw CocoaError(.fileNoSuchFile)
    }
    var paths: [String] = []
    for case let url as URL in enumerator where url.pathExtension == "isospec" {
        let path = url.standardizedFileURL.path
        let root = packageRoot.standardizedFileURL.path + "/"
        paths.append(path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path)
    }
    return paths.sorted()
}

func readBundledSpec(_ relativePath: String) throws -> SourceFile {
    let text = try String(contentsOf: packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
    return SourceFile(path: relativePath, text: text)
}

final class SpecCorpusTests: XCTestCase {
    func testEveryBundledSpecLoadsWithoutErrors() throws {
        let paths = try bundledSpecPaths()
        XCTAssertTrue(paths.contains("Specs/tutorial.isospec"), "found \(paths)")
        XCTAssertGreaterThanOrEqual(paths.count, 9, "found \(paths)")
        for path in paths {
            let source = try readBundledSpec(path)
            let (model, diagnostics) = Elaborator.load(source)
            let errors = diagnostics.filter { $0.severity == .error }
            XCTAssertEqual(
                errors.count, 0,
                "\(path):\n" + DiagnosticRenderer(sources: [source]).render(errors))
            XCTAssertNotNil(model, path)
        }
    }

    func testTutorialModel() throws {
        let (model, diagnostics) = Elaborator.load(try readBundledSpec("Specs/tutorial.isospec"))
        XCTAssertEqual(diagnostics.count, 0, diagnostics.map(\.message.text).joined(separator: "\n"))
        let tutorial = try XCTUnwrap(model)
        XCTAssertEqual(tutorial.parameters.map(\.name), ["slide", "ncpu", "nproc"])
        XCTAssertEqual(tutorial.principals.map(\.name), ["proc"])
        XCTAssertEqual(tutorial.frames.map(\.name), ["ktext", "entry", "pcpu", "upage"])
        XCTAssertEqual(tutorial.regions.map(\.name), ["entry_text", "cpu_entry"])
        XCTAssertEqual(tutorial.spaces.map(\.name), ["kernel", "user"])
        XCTAssertEqual(tutorial.userSpaces.map(\.name), ["user"])
        XCTAssertTrue(tutorial.cpu.pge && tutorial.cpu.smep && tutorial.cpu.smap)
        XCTAssertFalse(tutorial.cpu.pcide)
        let user = try XCTUnwrap(tutorial.spaces.last)
        // Three kernel mappings come through 'from', plus the process's own page.
        XCTAssertEqual(user.mappings.count, 4)
        XCTAssertEqual(user.mappings.filter { !$0.derivedThrough.isEmpty }.count, 3)
        XCTAssertEqual(tutorial.frame(named: "pcpu")?.segments.count, 2)
    }
}
