import IsocheckChecker
import IsocheckModel
import XCTest

/// `CheckOptions.offeredEvents`: only the listed asynchronous events are offered at instruction
/// boundaries, entry points are unaffected, and a restricted run says so and reports no
/// unreachable code.
final class OfferedEventsTests: XCTestCase {
    static let path = "Specs/trampoline/kpti-trampoline.isospec"

    /// The trampoline with its NMI gate off the IST: the bug only an NMI during the SYSCALL
    /// entry's first instructions reaches (the frame lands on the user's RSP).
    func nmiWithoutIST() throws -> String {
        let original = try String(contentsOf: packageRoot.appendingPathComponent(Self.path), encoding: .utf8)
        let gate = "vector 2  nmi_entry ist 1"
        guard original.contains(gate) else {
            XCTFail("the trampoline no longer has \(gate.debugDescription)")
            throw UnusableTestInput(reason: "stale mutation")
        }
        return original.replacingOccurrences(of: gate, with: "vector 2  nmi_entry")
    }

    func check(offering vectors: Set<UInt64>?) throws -> SpecResult {
        try checkSpec(try nmiWithoutIST(), path: Self.path,
                      options: CheckOptions(eventDepth: 1, entryPoints: ["syscall"], offeredEvents: vectors))
    }

    /// Every event delivered along the counterexample traces of `result`.
    func deliveredEvents(_ result: SpecResult) -> Set<String> {
        Set(result.properties.flatMap(\.counterexamples).flatMap(\.trace).map(\.text).filter { $0.hasSuffix(" is delivered") })
    }

    func testTheNMIOnlyBugIsFoundWhenNMIIsOffered() throws {
        let result = try check(offering: [2])
        XCTAssertEqual(result.status(.stackIsKernel), .violated)
        let counterexample = try XCTUnwrap(result.result(.stackIsKernel)?.counterexamples.first)
        XCTAssertTrue(counterexample.reason.contains("NMI"), counterexample.reason)
        XCTAssertTrue(counterexample.trace.contains { $0.text == "NMI is delivered" })
        // A delivery fault becomes #DF, which is not offered but raised: nothing else is offered.
        XCTAssertTrue(deliveredEvents(result).isSubset(of: ["NMI is delivered", "#DF is delivered"]), "\(deliveredEvents(result))")
    }

    func testTheNMIOnlyBugIsNotFoundWhenOnlyInterruptsAreOffered() throws {
        let result = try check(offering: Set(32...255))
        for property in result.properties {
            XCTAssertNotEqual(property.status, .violated, "\(property.property.rawValue): \(property.counterexamples.map(\.reason))")
        }
        let statistics = try XCTUnwrap(result.execution)
        XCTAssertGreaterThan(statistics.events, 0, "the interrupt is still offered where RFLAGS.IF may be set")
    }

    func testNoEventOfferedIsDepthZeroButSaysSo() throws {
        let restricted = try check(offering: [])
        XCTAssertEqual(restricted.execution?.events, 0)
        let depthZero = try checkSpec(try nmiWithoutIST(), path: Self.path, options: CheckOptions(eventDepth: 0, entryPoints: ["syscall"]))
        XCTAssertEqual(restricted.execution?.paths, depthZero.execution?.paths, "entry points are not restricted")
        XCTAssertEqual(restricted.properties.map(\.status), depthZero.properties.map(\.status))
        XCTAssertTrue(restricted.diagnostics.contains { $0.message.id == "check.filtered-events" })
        XCTAssertFalse(depthZero.diagnostics.contains { $0.message.id == "check.filtered-events" })
    }

    func testARestrictedRunIsMarkedAndClaimsNoUnreachableCode() throws {
        let marked = try XCTUnwrap(try check(offering: [2, 18]).diagnostics.first { $0.message.id == "check.filtered-events" })
        XCTAssertEqual(marked.severity, .warning)
        XCTAssertTrue(marked.message.text.contains("NMI, #MC"), marked.message.text)
        XCTAssertTrue(marked.message.text.contains("covers no other event"), marked.message.text)
        let interrupts = try XCTUnwrap(try check(offering: Set(32...255)).diagnostics.first { $0.message.id == "check.filtered-events" })
        XCTAssertTrue(interrupts.message.text.contains("every external interrupt"), interrupts.message.text)
        XCTAssertFalse(CheckOptions(offeredEvents: [2]).coversEverything, "unreachable code is judged only on full runs")
        XCTAssertTrue(CheckOptions().coversEverything)
    }
}
