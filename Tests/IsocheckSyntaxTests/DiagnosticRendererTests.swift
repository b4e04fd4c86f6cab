import IsocheckDiagnostics
import IsocheckModel
import XCTest

final class DiagnosticRendererTests: XCTestCase {
    private func renderFirstError(_ text: String, path: String = "specs/k.isospec") throws -> String {
        let source = SourceFile(path: path, text: text)
        let (_, diagnostics) = Elaborator.load(source)
        let error = try XCTUnwrap(diagnostics.first { $0.severity == .error })
        return DiagnosticRenderer(sources: [source]).render(error)
    }

    func testRendersLocationMessageIdSourceLineAndCaret() throws {
        let rendered = try renderFirstError("const A = 1\nconst X = A + ?\n")
        XCTAssertEqual(rendered, """
            specs/k.isospec:2:15: error: unexpected character '?' [lex.unexpected-character]
                const X = A + ?
                              ^
            """)
    }

    func testCaretLinesUpAfterATab() throws {
        let rendered = try renderFirstError("const A = 1\n\tconst X = ?\n")
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines[0], "specs/k.isospec:2:12: error: unexpected character '?' [lex.unexpected-character]")
        XCTAssertEqual(lines[1], "    \tconst X = ?")
        XCTAssertEqual(lines[2], "    \t          ^")
    }

    func testCaretAfterNonASCIIText() throws {
        let rendered = try renderFirstError("waive no-secret-in-user because \"é€\" ?")
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines[0], "specs/k.isospec:1:38: error: unexpected character '?' [lex.unexpected-character]")
        XCTAssertEqual(lines[2], "    " + String(repeating: " ", count: 37) + "^")
    }

    func testElaborationErrorWithNote() throws {
        let rendered = try renderFirstError("const X = 1\n  const X = 2\n")
        XCTAssertEqual(rendered, """
            specs/k.isospec:2:9: error: 'X' is declared twice [elab.duplicate-name]
                  const X = 2
                        ^
            specs/k.isospec:1:7: note: first declared here
                const X = 1
                      ^
            """)
    }

    func testDiagnosticWithoutLocationOrSource() {
        let renderer = DiagnosticRenderer(sources: [])
        let message = Diagnostic.Message(id: "cli.missing-file", "no such file")
        XCTAssertEqual(renderer.render(.error(message, at: nil)), "isocheck: error: no such file [cli.missing-file]")
        let located = SourceLocation(file: "gone.isospec", line: 3, column: 4, offset: 20)
        XCTAssertEqual(renderer.render(.warning(message, at: located)), "gone.isospec:3:4: warning: no such file [cli.missing-file]")
    }
}
