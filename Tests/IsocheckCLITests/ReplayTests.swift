import Foundation
import XCTest

/// `isocheck replay` (issue 7): counterexamples of a JSON report re-run in the brute-force
/// reference, which says whether each reproduces.
final class ReplayTests: XCTestCase {
    func report(_ arguments: [String]) throws -> String {
        let result = try runIsocheck(["check", "--format", "json"] + arguments)
        XCTAssertEqual(result.status, 1, result.stdout)
        return try temporarySpec(result.stdout, name: "report.json")
    }

    func testLayoutCounterexamplesReproduceInTheReference() throws {
        let spec = "Specs/examples/percpu-entry-area-off-by-one.isospec"
        let result = try runIsocheck(["replay", try report([spec]), spec])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("no-secret-in-user: reproduced: no-secret-in-user [ncpu=2]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("0 not reproduced"), result.stdout)
    }

    func testATamperedCounterexampleIsNotReproduced() throws {
        let spec = "Specs/examples/percpu-entry-area-off-by-one.isospec"
        let path = try report([spec])
        let tampered = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "\"ncpu\" : \"0x2\"", with: "\"ncpu\" : \"0x1\"")
        // ncpu = 2 is the smallest count with the off-by-one leak; with one CPU there is none.
        XCTAssertNotEqual(tampered, try String(contentsOfFile: path, encoding: .utf8), "the report names ncpu = 2")
        try tampered.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try runIsocheck(["replay", path, spec])
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertTrue(result.stdout.contains("NOT reproduced"), result.stdout)
    }

    /// The trampoline with SYSCALL's CR3 write dropped: kernel code runs on the user table.
    func lateCR3Trace() throws -> (spec: String, report: String) {
        let original = try String(contentsOf: packageRoot.appendingPathComponent("Specs/trampoline/kpti-trampoline.isospec"), encoding: .utf8)
        let spec = try temporarySpec(original.replacingOccurrences(of: "  movq %rsp, %cr3\n", with: "  nop\n"), name: "late.isospec")
        return (spec, try report(["--entry", "syscall", "--event-depth", "0", spec]))
    }

    func testEntryExitTracesReproduceInTheCodeReference() throws {
        let (spec, report) = try lateCR3Trace()
        let text = try String(contentsOfFile: report, encoding: .utf8)
        XCTAssertTrue(text.contains("\"entryPoint\" : \"syscall\""), "the report says where each trace starts")
        let result = try runIsocheck(["replay", report, spec])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains(": reproduced: syscall: "), result.stdout)
        XCTAssertTrue(result.stdout.contains("0 not reproduced, 0 not replayable"), result.stdout)
    }

    func testATraceMovedToAnotherEntryPointIsNotReproduced() throws {
        let (spec, report) = try lateCR3Trace()
        let moved = try String(contentsOfFile: report, encoding: .utf8)
            .replacingOccurrences(of: "\"entryPoint\" : \"syscall\"", with: "\"entryPoint\" : \"exit syscall_exit\"")
        try moved.write(toFile: report, atomically: true, encoding: .utf8)
        let result = try runIsocheck(["replay", report, spec])
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertTrue(result.stdout.contains("NOT reproduced: no run from exit syscall_exit breaks"), result.stdout)
    }

    func testATraceWithoutItsEntryPointIsNotReplayableAndBadInputExitsTwo() throws {
        let (spec, report) = try lateCR3Trace()
        let stripped = try String(contentsOfFile: report, encoding: .utf8)
            .replacingOccurrences(of: "\"entryPoint\" : \"syscall\",", with: "")
        try stripped.write(toFile: report, atomically: true, encoding: .utf8)
        let result = try runIsocheck(["replay", report, spec])
        XCTAssertEqual(result.status, 3, result.stdout)
        XCTAssertTrue(result.stdout.contains("not replayable"), result.stdout)
        let bad = try runIsocheck(["replay", spec, spec])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("not an isocheck JSON report"), bad.stderr)
    }
}
