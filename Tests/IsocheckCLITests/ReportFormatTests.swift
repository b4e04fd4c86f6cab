import Foundation
import XCTest

final class ReportFormatTests: XCTestCase {
    /// A SYSCALL entry with its own event bound on its last line (line 25).
    static let boundedEntry = """
        # a SYSCALL entry that switches to the kernel table and hands off
        principal task
        frame e at 0x200000 size 4K public
        space kernel kernel root 0x1000 {
          map 0xffffffff81e00000 .. +4K -> e
        }
        space user user of task root 0x2000 {
          map 0xffffffff81e00000 .. +4K -> e
        }
        handoff done
        cpu {
          user user
          kernel kernel
          kernel_cr3 = 0x1000
          user_cr3 = 0x2000
          lstar entry
        }
        code t at 0xffffffff81e00000 trampoline {
        entry:
          swapgs
          movq $0x1000, %rax
          movq %rax, %cr3
          jmp done
        }
        events depth 0 because "nothing interrupts this entry"
        """

    func testEveryReportStatesTheEventBoundAndWhoChoseIt() throws {
        let path = try temporarySpec(Self.boundedEntry)
        let text = try runIsocheck(["check", "--no-color", path]).stdout
        XCTAssertTrue(text.contains("  events: none offered (depth 0) (the spec's bound at \(path):25:1: nothing interrupts this entry)"), text)
        XCTAssertTrue(text.contains("0 events offered"), text)

        func bound(_ arguments: [String]) throws -> [String: Any] {
            let result = try runIsocheck(["check", "--format", "json"] + arguments + [path])
            let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            return try XCTUnwrap((json["specs"] as? [[String: Any]])?.first?["eventDepth"] as? [String: Any], result.stdout)
        }
        let declared = try bound([])
        XCTAssertEqual(declared["depth"] as? Int, 0)
        XCTAssertEqual(declared["origin"] as? String, "spec")
        XCTAssertEqual(declared["reason"] as? String, "nothing interrupts this entry")
        XCTAssertEqual(declared["location"] as? String, "\(path):25:1")
        let overridden = try bound(["--event-depth", "1"])
        XCTAssertEqual(overridden["depth"] as? Int, 1)
        XCTAssertEqual(overridden["origin"] as? String, "command-line")
        XCTAssertNil(overridden["reason"])

        let sarif = try runIsocheck(["check", "--format", "sarif", path]).stdout
        let run = try XCTUnwrap(((try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        let depths = (run["properties"] as? [String: Any])?["eventDepths"] as? [String: String]
        XCTAssertEqual(depths?[path], "none offered (depth 0) (the spec's bound at \(path):25:1: nothing interrupts this entry)", sarif)

        let junit = try runIsocheck(["check", "--format", "junit", "--event-depth", "1", path]).stdout
        XCTAssertTrue(junit.contains("<property name=\"event-depth\" value=\"up to 1 asynchronous event per path (--event-depth)\""), junit)
    }

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
