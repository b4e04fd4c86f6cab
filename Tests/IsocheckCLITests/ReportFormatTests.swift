import Foundation
import XCTest

final class ReportFormatTests: XCTestCase {
    func testJSONReportCarriesTheCounterexample() throws {
        let result = try runIsocheck(["check", "--format", "json", "Specs/examples/percpu-entry-area-off-by-one.isospec"])
        XCTAssertEqual(result.status, 1)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["exitStatus"] as? Int, 1)
        let spec = try XCTUnwrap((json["specs"] as? [[String: Any]])?.first)
        let properties = try XCTUnwrap(spec["properties"] as? [[String: Any]])
        let noSecret = try XCTUnwrap(properties.first { $0["property"] as? String == "no-secret-in-user" })
        XCTAssertEqual(noSecret["status"] as? String, "violated")
        let counterexample = try XCTUnwrap((noSecret["counterexamples"] as? [[String: Any]])?.first)
        XCTAssertEqual(counterexample["frame"] as? String, "percpu[1]")
        XCTAssertEqual(counterexample["label"] as? String, "secret")
        XCTAssertEqual(counterexample["virtualAddress"] as? String, "0xfffffe0000003000")
        XCTAssertEqual(counterexample["indices"] as? [String: String], ["c": "1"])
        XCTAssertEqual((counterexample["walk"] as? [[String: Any]])?.count, 4)
    }

    func testJSONReportOfBadInputHasTheDiagnostic() throws {
        let path = try temporarySpec("param x : u64 where x +\n")
        let result = try runIsocheck(["check", "--format", "json", path])
        XCTAssertEqual(result.status, 2)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostic = try XCTUnwrap((json["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(diagnostic["line"] as? Int, 1)
        XCTAssertEqual(diagnostic["column"] as? Int, 24)
        XCTAssertEqual(diagnostic["id"] as? String, "parse.expected")
        XCTAssertEqual((json["specs"] as? [Any])?.count, 0)
    }

    func testReportsAreByteIdenticalAcrossRuns() throws {
        for format in ["text", "json"] {
            let paths = ["Specs/tutorial.isospec", "Specs/examples", "Specs/trampoline"]
            let first = try runIsocheck(["check", "--event-depth", "0", "--format", format] + paths)
            let second = try runIsocheck(["check", "--event-depth", "0", "--format", format] + paths)
            XCTAssertEqual(first.stdout, second.stdout, format)
            XCTAssertFalse(first.stdout.isEmpty)
        }
    }

    func testNoColourWhenNotATerminalAndColourOnRequest() throws {
        let plain = try runIsocheck(["check", "Specs/tutorial.isospec"])
        XCTAssertFalse(plain.stdout.contains("\u{1B}["))
        let coloured = try runIsocheck(["check", "--color", "Specs/tutorial.isospec"])
        XCTAssertTrue(coloured.stdout.contains("\u{1B}[32m"))
    }
}
