import Foundation
import XCTest

/// `--event`: which asynchronous events are offered at instruction boundaries. Bad values are
/// usage errors (exit 2) that name what is accepted; a restricted run says so in every format.
/// The runs here are at depth 0, where nothing is offered at all, so they stay cheap: the mark
/// does not depend on the depth, and OfferedEventsTests checks what the filter changes.
final class EventFilterTests: XCTestCase {
    static let trampoline = "Specs/trampoline/kpti-trampoline.isospec"

    func testBadValuesExitTwoNamingWhatIsAccepted() throws {
        for value in ["bogus", "14", "0", "256", "0x100", "-2", ""] {
            let result = try runIsocheck(["check", "--event", value, "Specs/tutorial.isospec"])
            XCTAssertEqual(result.status, 2, "--event '\(value)'")
            XCTAssertTrue(result.stderr.contains("nmi, mc, db, intr"), "--event '\(value)': \(result.stderr)")
            XCTAssertFalse(result.stdout.contains("proved"), "nothing is checked")
        }
    }

    func testARestrictedRunSaysWhatItOffered() throws {
        let result = try runIsocheck(["check", "--no-color", "--entry", "syscall", "--event-depth", "0", "--event", "NMI", "--event", "0x12", Self.trampoline])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("only these asynchronous events were offered: NMI, #MC; the proof covers no other event"),
                      result.stdout)
        XCTAssertTrue(result.stdout.contains("[check.filtered-events]"), result.stdout)
    }

    func testIntrNamesEveryExternalInterruptAndTheJSONReportCarriesTheMark() throws {
        let result = try runIsocheck(["check", "--format", "json", "--entry", "syscall", "--event-depth", "0", "--event", "intr", "--event", "db", Self.trampoline])
        XCTAssertEqual(result.status, 0, result.stderr)
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let text = String(decoding: try JSONSerialization.data(withJSONObject: report), as: UTF8.self)
        XCTAssertTrue(text.contains("check.filtered-events"), text)
        XCTAssertTrue(text.contains("#DB, every external interrupt"), text)
    }

    func testWithoutTheFlagNothingIsMarked() throws {
        let result = try runIsocheck(["check", "--no-color", "--entry", "syscall", "--event-depth", "0", Self.trampoline])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertFalse(result.stdout.contains("check.filtered-events"), result.stdout)
    }
}
