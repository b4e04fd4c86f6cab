import Foundation
import XCTest

/// DESIGN.md §5: 0 proved, 1 violated, 2 bad input or usage, 3 unknown — from the real binary.
final class ExitStatusTests: XCTestCase {
    func testTutorialProvesWithExitZero() throws {
        let result = try runIsocheck(["check", "Specs/tutorial.isospec"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("all properties proved"), result.stdout)
    }

    func testEachViolatingExampleExitsOneWithACounterexample() throws {
        for name in ["percpu-entry-area-off-by-one", "huge-page-leak", "user-access-to-kernel", "global-secret", "misaligned-slide"] {
            let result = try runIsocheck(["check", "Specs/examples/\(name).isospec"])
            XCTAssertEqual(result.status, 1, name)
            XCTAssertTrue(result.stdout.contains("violated"), name)
            XCTAssertTrue(result.stdout.contains("Specs/examples/\(name).isospec:"), "the counterexample points at a spec line: \(name)")
        }
    }

    func testOffByOneCounterexampleNamesTheCPUIndex() throws {
        let result = try runIsocheck(["check", "Specs/examples/percpu-entry-area-off-by-one.isospec"])
        XCTAssertTrue(result.stdout.contains("indices  c = 1"), result.stdout)
        XCTAssertTrue(result.stdout.contains("params   ncpu = 2"), result.stdout)
        XCTAssertTrue(result.stdout.contains("percpu[1] + 0x2000"), result.stdout)
        XCTAssertTrue(result.stdout.contains("PML4[508] -> PDPT[0] -> PD[0] -> PT[3]"), result.stdout)
    }

    func testWaivedViolationExitsZero() throws {
        let result = try runIsocheck(["check", "Specs/examples/global-text-waived.isospec"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("waived"))
    }

    func testMalformedSpecExitsTwoWithFileLineColumn() throws {
        let path = try temporarySpec("principal task\nframe f size 4K secret\nspace user user of task {\n  map 0x1000 .. +4K => f\n}\n")
        let result = try runIsocheck(["check", path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("\(path):4:21: error: expected '->'"), result.stdout)
        XCTAssertTrue(result.stdout.contains("^"), "a caret line")
        XCTAssertFalse(result.stdout.contains("proved  "), "nothing is reported as proved")
    }

    func testOneBadSpecStopsTheWholeRunFromReportingProofs() throws {
        let bad = try temporarySpec("frame f size\n")
        let result = try runIsocheck(["check", "Specs/tutorial.isospec", bad])
        XCTAssertEqual(result.status, 2)
        XCTAssertFalse(result.stdout.contains("all properties proved"))
    }

    func testVacuousSpecExitsTwo() throws {
        let path = try temporarySpec("param n : u64 where n > 3 && n < 2\nprincipal t\nframe f size 4K public\nspace u user of t {\n  map 0 .. +4K -> f\n}\n")
        let result = try runIsocheck(["check", path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("admit no value"), result.stdout)
    }

    func testUnknownExitsThree() throws {
        let path = try temporarySpec(undecidableUnderBudgetSpec)
        let result = try runIsocheck(["check", "--rlimit", "400000", path])
        XCTAssertEqual(result.status, 3, result.stdout)
        XCTAssertTrue(result.stdout.contains("unknown"))
        let timed = try runIsocheck(["check", "--timeout", "0.05", path])
        XCTAssertEqual(timed.status, 3, timed.stdout)
    }

    func testMissingPathAndEmptyFolderExitTwo() throws {
        XCTAssertEqual(try runIsocheck(["check", "no/such/spec.isospec"]).status, 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isocheck-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try runIsocheck(["check", folder.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("no .isospec files"), result.stdout)
    }

    func testUsageErrorsExitTwoNotSixtyFour() throws {
        XCTAssertEqual(try runIsocheck(["check", "--format", "xml", "Specs/tutorial.isospec"]).status, 2)
        XCTAssertEqual(try runIsocheck(["check", "--timeout", "-1", "Specs/tutorial.isospec"]).status, 2)
        XCTAssertEqual(try runIsocheck(["check", "--no-such-flag"]).status, 2)
        XCTAssertEqual(try runIsocheck(["--help"]).status, 0)
    }

    func testDefaultPathIsSpecsFolder() throws {
        // One entry point per code spec keeps it short: the seed systems take minutes in full.
        let result = try runIsocheck(["check", "--event-depth", "0", "--entry", "syscall"])
        XCTAssertEqual(result.status, 1, "the bundled examples include violating ones")
        XCTAssertTrue(result.stdout.contains("Specs/tutorial.isospec"))
        XCTAssertTrue(result.stdout.contains("Specs/examples/huge-page-leak.isospec"))
    }
}
