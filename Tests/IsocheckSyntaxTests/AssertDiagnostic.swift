import IsocheckDiagnostics
import IsocheckModel
import IsocheckSyntax
import XCTest

let testSpecPath = "test.isospec"

/// Loads `markedSpec` (with its markers stripped) through `Elaborator.load`, which parses first
/// and stops on parse errors, and asserts that the FIRST error diagnostic
/// - has the message id `id`,
/// - lies exactly at the `1️⃣` marker (line and column),
/// - contains `messageContains` in its text, when given,
/// - and, when the spec also carries a `2️⃣` marker, has a note located exactly there.
/// Returns the diagnostic for further checks (nil when there was none).
@discardableResult
func assertDiagnostic(
    _ markedSpec: String, id: String, messageContains: String? = nil,
    file: StaticString = #filePath, line: UInt = #line
) -> Diagnostic? {
    let marked: MarkedSource
    do {
        marked = try extractMarkers(markedSpec)
    } catch {
        XCTFail("bad test input: \(error)", file: file, line: line)
        return nil
    }
    guard let expected = marked.markers["1️⃣"] else {
        XCTFail("bad test input: the spec has no 1️⃣ marker", file: file, line: line)
        return nil
    }
    let source = SourceFile(path: testSpecPath, text: marked.text)
    let (model, diagnostics) = Elaborator.load(source)
    let errors = diagnostics.filter { $0.severity == .error }
    guard let first = errors.first else {
        XCTFail("expected error \(id) at \(expected), but the spec loaded without errors", file: file, line: line)
        return nil
    }
    XCTAssertNil(model, "a spec with errors must not produce a model", file: file, line: line)
    let summary = errors.map { "\($0.location?.description ?? "-"): \($0.message.text) [\($0.message.id)]" }
        .joined(separator: "\n  ")
    XCTAssertEqual(first.message.id, id, "first error has the wrong id; errors:\n  \(summary)", file: file, line: line)
    if let location = first.location {
        XCTAssertEqual(location.file, testSpecPath, file: file, line: line)
        XCTAssertEqual(
            MarkedLocation(line: location.line, column: location.column), expected,
            "first error '\(first.message.text)' [\(first.message.id)] is at the wrong place", file: file, line: line)
    } else {
        XCTFail("first error '\(first.message.text)' has no location", file: file, line: line)
    }
    if let fragment = messageContains {
        XCTAssertTrue(
            first.message.text.contains(fragment),
            "message '\(first.message.text)' does not contain '\(fragment)'", file: file, line: line)
    }
    if let noteMarker = marked.markers["2️⃣"] {
        if let noteLocation = first.notes.first?.location {
            XCTAssertEqual(
                MarkedLocation(line: noteLocation.line, column: noteLocation.column), noteMarker,
                "note '\(first.notes.first?.message ?? "")' is at the wrong place", file: file, line: line)
        } else {
            XCTFail("expected a located note at \(noteMarker), found notes \(first.notes)", file: file, line: line)
        }
    }
    return first
}
