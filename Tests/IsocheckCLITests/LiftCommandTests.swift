import Foundation
import XCTest

/// `isocheck lift`: the reached code of a capture, what the model can execute, and exit statuses.
final class LiftCommandTests: XCTestCase {
    let data = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/linux-6.1-kpti").path

    func testSyscallEntryOfPTIOnIsModelledCompletely() throws {
        let result = try runIsocheck(["lift", "\(data)/pti-on/code/code.json", "--entry", "entry_SYSCALL_64",
                                      "--symbols", "\(data)/pti-on/guest/System.map.xz"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("ffffffff86e0009d <entry_SYSCALL_64+0x1d>  0f 22 dc"), "the listing has the CR3 write")
        XCTAssertTrue(result.stdout.contains("  call do_syscall_64 (0xffffffff86c43dc0)"), "hand-offs are named from System.map")
        XCTAssertTrue(result.stdout.hasSuffix("174 instructions reached, 174 modelled, 0 not modelled, 0 walk problems\n"), result.stdout)
    }

    func testEveryGateOfPTIOnIsModelled() throws {
        let result = try runIsocheck(["lift", "\(data)/pti-on/code/code.json", "--summary"])
        XCTAssertEqual(result.status, 0, "every instruction is modelled, paranoid_entry's FSGSBASE path included")
        let refusals = result.stdout.split(separator: "\n").filter { $0.hasPrefix("not modelled: ") }
        XCTAssertEqual(refusals.count, 0, refusals.joined(separator: "\n"))
        XCTAssertTrue(result.stdout.hasSuffix("1227 instructions reached, 1227 modelled, 0 not modelled, 0 walk problems\n"), result.stdout)
        XCTAssertFalse(result.stdout.contains("<entry_SYSCALL_64>  0f 01 f8"), "--summary leaves the listing out")
    }

    func testBadInputIsExitStatusTwoWithTheReason() throws {
        let unknown = try runIsocheck(["lift", "\(data)/pti-on/code/code.json", "--entry", "no_such_symbol"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("cannot start the walk: no symbol named 'no_such_symbol' in the capture"), unknown.stderr)
        let missing = try runIsocheck(["lift", "/nonexistent/code.json"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("/nonexistent/code.json"), missing.stderr)
        let notJSON = try temporarySpec("{ \"config\": \"x\", \"blobs\": [ { \"name\": 3 } ] }", name: "code.json")
        let malformed = try runIsocheck(["lift", notJSON])
        XCTAssertEqual(malformed.status, 2)
        XCTAssertTrue(malformed.stderr.contains("blobs[0].name: expected a string"), malformed.stderr)
        let badBlob = try runIsocheck(["lift", "\(data)/pti-on/code/code.json", "--walk", "entry-text,nothing"])
        XCTAssertEqual(badBlob.status, 2)
        XCTAssertTrue(badBlob.stderr.contains("no blob named 'nothing'"), badBlob.stderr)
    }
}
