import Foundation
import IsocheckDiagnostics
import IsocheckModel
import IsocheckReference
import XCTest

/// The code reference on its own: the bundled trampoline proves in it, and each known way to
/// break the trampoline gives a run that breaks the property it targets.
final class CodeReferenceTests: XCTestCase {
    static let trampoline = "Specs/trampoline/kpti-trampoline.isospec"
    static let domains: [String: [UInt64]] = ["ncpu": [1, 2], "nproc": [1, 2]]

    func testTrampolineHoldsAtDepthZero() throws {
        let result = try reference(try spec(), eventBound: 0)
        XCTAssertEqual(result.violations.values.flatMap { $0 }.map(\.description), [])
        XCTAssertEqual(result.undecided, [])
        XCTAssertGreaterThan(result.runs, 20)
    }

    func testTrampolineHoldsWithAnEventAtEveryBoundary() throws {
        // Two CPUs and processes, and the entry points with the longest paths (all of them: a
        // minute in a debug build; CodeDifferentialTests covers the exit at depth 1 too).
        let result = try reference(try spec(), eventBound: 1, domains: ["ncpu": [2], "nproc": [2]],
                                   entryPoints: ["syscall", "vector 32 from user", "vector 2 from user"])
        XCTAssertEqual(result.violations.values.flatMap { $0 }.prefix(3).map(\.description), [])
        XCTAssertEqual(result.undecided, [])
        print("code reference, trampoline at depth 1: \(result.runs) runs")
    }

    // MARK: support

    func spec(_ replacements: [(String, String)] = []) throws -> String {
        var text = try String(contentsOf: packageRoot.appendingPathComponent(Self.trampoline), encoding: .utf8)
        for (old, new) in replacements {
            let range = try XCTUnwrap(text.range(of: old), "the trampoline no longer contains \(old.debugDescription)")
            text.replaceSubrange(range, with: new)
        }
        return text
    }

    func reference(_ text: String, eventBound: Int, domains: [String: [UInt64]] = CodeReferenceTests.domains, entryPoints: Set<String>? = nil) throws -> CodeReferenceResult {
        let model = try elaborateSpec(text)
        return try CodeReference(model: model, domains: domains, eventBound: eventBound, entryPoints: entryPoints).evaluate()
    }
}

struct SpecDoesNotElaborate: Error, CustomStringConvertible { let description: String }

func elaborateSpec(_ text: String, path: String = "generated.isospec") throws -> SystemModel {
    let source = SourceFile(path: path, text: text)
    let (model, diagnostics) = Elaborator.load(source)
    guard let model, !diagnostics.contains(where: { $0.severity == .error }) else {
        throw SpecDoesNotElaborate(description: DiagnosticRenderer(sources: [source]).render(diagnostics))
    }
    return model
}

let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
