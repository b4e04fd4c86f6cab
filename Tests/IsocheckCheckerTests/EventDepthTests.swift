import IsocheckChecker
import IsocheckModel
import XCTest

/// Which event bound a run uses: `--event-depth` (CheckOptions.eventDepth) over the spec's own
/// `events depth`, over the default of 2 (DESIGN.md §4). The bound must really bound the
/// exploration, and the result must say which one it was.
final class EventDepthTests: XCTestCase {
    /// OfferedEventsTests' SYSCALL entry, whose NMI gate has no IST: only an NMI in the window
    /// before the kernel stack is loaded breaks accesses-mapped.
    func spec(declaring depth: Int?) -> String {
        guard let depth else { return OfferedEventsTests.spec }
        return OfferedEventsTests.spec + "\nevents depth \(depth) because \"stated for the test\"\n"
    }

    func check(declaring declared: Int?, run: Int?) throws -> SpecResult {
        try checkSpec(spec(declaring: declared), options: CheckOptions(eventDepth: run, entryPoints: ["syscall"]))
    }

    func testTheSpecsBoundAppliesWhenTheRunSetsNone() throws {
        let result = try check(declaring: 0, run: nil)
        XCTAssertEqual(result.execution?.events, 0, "depth 0 offers no event")
        XCTAssertEqual(result.status(.accessesMapped), .proved, "without the NMI the window is harmless")
        let depth = try XCTUnwrap(result.eventDepth)
        XCTAssertEqual(depth.depth, 0)
        guard case .spec(let reason, let location) = depth.origin else { return XCTFail("origin \(depth.origin)") }
        XCTAssertEqual(reason, "stated for the test")
        XCTAssertEqual(location.line, spec(declaring: 0).split(separator: "\n", omittingEmptySubsequences: false).count - 1)
        XCTAssertTrue(depth.description.contains("none offered (depth 0) (the spec's bound at test.isospec:"), depth.description)
    }

    func testTheRunsBoundOverridesTheSpecs() throws {
        let result = try check(declaring: 0, run: 1)
        XCTAssertEqual(result.eventDepth, EventDepth(depth: 1, origin: .commandLine))
        XCTAssertEqual(result.status(.accessesMapped), .violated, "one NMI in the window pushes its frame on unmapped memory")
    }

    func testWithoutABoundTheDefaultIsTwo() throws {
        let byDefault = try check(declaring: nil, run: nil)
        XCTAssertEqual(byDefault.eventDepth, EventDepth(depth: 2, origin: .default))
        let two = try check(declaring: nil, run: 2)
        let one = try check(declaring: nil, run: 1)
        XCTAssertEqual(byDefault.execution?.events, two.execution?.events)
        XCTAssertEqual(byDefault.execution?.paths, two.execution?.paths)
        XCTAssertGreaterThan(try XCTUnwrap(two.execution?.events), try XCTUnwrap(one.execution?.events), "depth 2 offers events inside handlers")
        XCTAssertEqual(byDefault.properties.map(\.status), two.properties.map(\.status))
    }

    func testALayoutSpecReportsNoBound() throws {
        let result = try checkSpec("principal t\nframe f size 4K public\nspace u user of t {\n  map 0 .. +4K -> f\n}\n")
        XCTAssertNil(result.execution)
        XCTAssertNil(result.eventDepth, "no code ran, so no bound is claimed")
    }
}
