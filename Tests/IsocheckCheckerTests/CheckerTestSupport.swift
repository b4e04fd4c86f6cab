import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel
import XCTest

/// The package root, so tests read the bundled Specs/ as users do.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Tests pin verdicts at a stated depth, not at whatever a spec or the default says.
let oneEvent = CheckOptions(eventDepth: 1)

/// Loads and checks a spec given as text; fails the test on input errors.
func checkSpec(_ text: String, path: String = "test.isospec", options: CheckOptions = oneEvent,
               file: StaticString = #filePath, line: UInt = #line) throws -> SpecResult {
    let (model, diagnostics) = Elaborator.load(SourceFile(path: path, text: text))
    let errors = diagnostics.filter { $0.severity == .error }
    guard let model, errors.isEmpty else {
        XCTFail("spec has input errors: \(errors.map { "\($0.location?.description ?? "-"): \($0.message.text)" })", file: file, line: line)
        throw UnusableTestInput(reason: "spec has input errors")
    }
    return Checker.check(model, options: options, warnings: diagnostics)
}

func checkBundledSpec(_ relativePath: String, options: CheckOptions = oneEvent,
                      file: StaticString = #filePath, line: UInt = #line) throws -> SpecResult {
    let url = packageRoot.appendingPathComponent(relativePath)
    let text = try String(contentsOf: url, encoding: .utf8)
    return try checkSpec(text, path: relativePath, options: options, file: file, line: line)
}

extension SpecResult {
    func status(_ property: PropertyID) -> PropertyStatus? {
        properties.first { $0.property == property }?.status
    }
    func result(_ property: PropertyID) -> PropertyResult? {
        properties.first { $0.property == property }
    }
    /// All four layout verdicts, in order, for one-line assertions.
    var statuses: [PropertyStatus] { PropertyID.layoutProperties.map { status($0) ?? .notApplicable } }
}

/// Thrown after XCTFail when a test's own input is broken, so the test fails rather than skips.
struct UnusableTestInput: Error {
    let reason: String
}

/// A common preamble: one process, a secret frame, a public frame.
let basicFrames = """
    principal task
    frame secret_page size 4K secret
    frame public_page size 4K public

    """
