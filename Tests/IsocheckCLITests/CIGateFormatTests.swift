import Foundation
import FoundationXML
import XCTest

/// The CI-gate formats (issue 5): SARIF validated against the official 2.1.0 schema, JUnit
/// parsed as XML, both byte-identical across runs and across `--jobs`, and `--output`.
final class CIGateFormatTests: XCTestCase {
    static let schema = packageRoot.appendingPathComponent("../shared/data/sarif/sarif-schema-2.1.0.json").standardizedFileURL

    /// A fast mixed run: layout counterexamples, a waiver, and one entry point of the trampoline.
    static let mixedRun = ["Specs/examples", "Specs/trampoline", "--entry", "syscall", "--event-depth", "0"]

    /// The trampoline with its SYSCALL entry's CR3 write removed: a trace counterexample.
    func lateCR3Spec() throws -> String {
        let original = try String(contentsOf: packageRoot.appendingPathComponent("Specs/trampoline/kpti-trampoline.isospec"), encoding: .utf8)
        let write = "  movq %rsp, %cr3\n"
        XCTAssertTrue(original.contains(write), "the trampoline no longer has the mutated instruction")
        return try temporarySpec(original.replacingOccurrences(of: write, with: "  nop\n"), name: "late-cr3.isospec")
    }

    func validateSARIF(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertTrue(FileManager.default.fileExists(atPath: Self.schema.path), "the SARIF schema is missing at \(Self.schema.path)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))",
                             path, Self.schema.path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "SARIF does not validate against the 2.1.0 schema:\n\(message)", file: file, line: line)
    }

    func testSARIFValidatesAndCarriesTheTraceAsACodeFlow() throws {
        let spec = try lateCR3Spec()
        let result = try runIsocheck(["check", "--format", "sarif", "--entry", "syscall", "--event-depth", "0", spec])
        XCTAssertEqual(result.status, 1, result.stderr)
        let path = try temporarySpec(result.stdout, name: "report.sarif")
        try validateSARIF(path)
        let log = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let rules = try XCTUnwrap(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.compactMap { $0["id"] as? String }.sorted(),
                       ["accesses-mapped", "assertions", "cr3-matches-privilege", "gs-matches-privilege", "no-secret-in-user",
                        "no-stale-kernel-tlb", "no-user-access-to-kernel", "stack-is-kernel", "well-formed-layout"])
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        // Without the write, user mode's table is still active when the kernel stack pointer is loaded.
        let cr3 = try XCTUnwrap(results.first { $0["ruleId"] as? String == "accesses-mapped" })
        XCTAssertEqual(cr3["level"] as? String, "error")
        let fingerprint = try XCTUnwrap((cr3["partialFingerprints"] as? [String: String])?["isocheck/v1"])
        XCTAssertFalse(fingerprint.isEmpty)
        let flow = try XCTUnwrap(((cr3["codeFlows"] as? [[String: Any]])?.first?["threadFlows"] as? [[String: Any]])?.first?["locations"] as? [[String: Any]])
        XCTAssertGreaterThan(flow.count, 3, "one location per trace step")
        let lines = flow.compactMap { ((($0["location"] as? [String: Any])?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])?["startLine"] as? Int }
        XCTAssertEqual(lines, lines.sorted(), "the SYSCALL entry's steps run down the spec")
        XCTAssertEqual(flow.compactMap { $0["executionOrder"] as? Int }, Array(1...flow.count))
    }

    func testSARIFOfMixedRunValidatesWithSuppressionsAndNotifications() throws {
        let result = try runIsocheck(["check", "--format", "sarif"] + Self.mixedRun)
        XCTAssertEqual(result.status, 1)
        let path = try temporarySpec(result.stdout, name: "report.sarif")
        try validateSARIF(path)
        let run = try XCTUnwrap(((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertTrue(results.contains { $0["suppressions"] != nil }, "the waived global text is a suppressed result")
        let notifications = (run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"] as? [[String: Any]] ?? []
        XCTAssertTrue(notifications.contains { ($0["descriptor"] as? [String: Any])?["id"] as? String == "check.filtered-entry-points" },
                      "the --entry filter is reported")
    }

    func testSARIFOfBadInputIsAnUnsuccessfulInvocation() throws {
        let spec = try temporarySpec("param x : u64 where x +\n")
        let result = try runIsocheck(["check", "--format", "sarif", spec])
        XCTAssertEqual(result.status, 2)
        let path = try temporarySpec(result.stdout, name: "report.sarif")
        try validateSARIF(path)
        let run = try XCTUnwrap(((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        let invocation = try XCTUnwrap((run["invocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(invocation["executionSuccessful"] as? Bool, false)
        let notification = try XCTUnwrap((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        XCTAssertEqual(notification["level"] as? String, "error")
        XCTAssertEqual((run["results"] as? [Any])?.count, 0)
    }

    func testJUnitParsesWithOneTestcasePerPropertyPerSpec() throws {
        let result = try runIsocheck(["check", "--format", "junit"] + Self.mixedRun)
        XCTAssertEqual(result.status, 1)
        let document = try XMLDocument(data: Data(result.stdout.utf8))
        let root = try XCTUnwrap(document.rootElement())
        XCTAssertEqual(root.name, "testsuites")
        let suites = root.elements(forName: "testsuite")
        XCTAssertEqual(suites.count, 9, "one suite per spec")
        let trampoline = try XCTUnwrap(suites.first { $0.attribute(forName: "name")?.stringValue == "Specs/trampoline/kpti-trampoline.isospec" })
        XCTAssertEqual(trampoline.elements(forName: "testcase").count, 9, "one testcase per property")
        let offByOne = try XCTUnwrap(suites.first { $0.attribute(forName: "name")?.stringValue?.hasSuffix("off-by-one.isospec") == true })
        let failure = try XCTUnwrap(offByOne.elements(forName: "testcase").compactMap { $0.elements(forName: "failure").first }.first)
        XCTAssertTrue(failure.stringValue?.contains("percpu[1] + 0x2000") == true, "the failure text is the counterexample")
        let failures = suites.map { Int($0.attribute(forName: "failures")?.stringValue ?? "") ?? -1 }.reduce(0, +)
        XCTAssertEqual(root.attribute(forName: "failures")?.stringValue, "\(failures)")
        XCTAssertGreaterThan(failures, 0)
    }

    func testJUnitReportsUnknownAsErrorAndBadInputAsError() throws {
        let hard = try temporarySpec(undecidableUnderBudgetSpec)
        let unknown = try runIsocheck(["check", "--format", "junit", "--rlimit", "400000", hard])
        XCTAssertEqual(unknown.status, 3, unknown.stdout)
        XCTAssertTrue(unknown.stdout.contains("type=\"unknown\""), unknown.stdout)
        let sarif = try runIsocheck(["check", "--format", "sarif", "--rlimit", "400000", hard])
        XCTAssertEqual(sarif.status, 3)
        XCTAssertTrue(sarif.stdout.contains("\"level\" : \"warning\""), "unknown is a warning result in SARIF")
        let spec = try temporarySpec("param x : u64 where x +\n")
        let bad = try runIsocheck(["check", "--format", "junit", spec])
        XCTAssertEqual(bad.status, 2)
        let root = try XCTUnwrap(try XMLDocument(data: Data(bad.stdout.utf8)).rootElement())
        XCTAssertEqual(root.attribute(forName: "errors")?.stringValue, "1")
        XCTAssertTrue(bad.stdout.contains("type=\"bad-input\""))
    }

    func testEveryFormatIsByteIdenticalAcrossRunsAndJobCounts() throws {
        for format in ["text", "json", "sarif", "junit"] {
            let one = try runIsocheck(["check", "--format", format, "--jobs", "1"] + Self.mixedRun)
            let two = try runIsocheck(["check", "--format", format, "--jobs", "2"] + Self.mixedRun)
            XCTAssertFalse(one.stdout.isEmpty, format)
            XCTAssertEqual(one.stdout, two.stdout, "\(format) differs between --jobs 1 and --jobs 2")
        }
    }

    func testOutputWritesTheReportAndTheTerminalGetsText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isocheck-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let report = folder.appendingPathComponent("results.sarif").path
        let result = try runIsocheck(["check", "--format", "sarif", "--output", report, "Specs/examples/global-secret.isospec"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("VIOLATED"), "the human summary still reaches the terminal")
        XCTAssertFalse(result.stdout.contains("\"version\""))
        try validateSARIF(report)
        let unwritable = try runIsocheck(["check", "--output", folder.appendingPathComponent("no/such/dir/r.json").path, "Specs/tutorial.isospec"])
        XCTAssertEqual(unwritable.status, 2, "a report that cannot be written is an error, not a silent pass")
        XCTAssertTrue(unwritable.stderr.contains("cannot write the report"), unwritable.stderr)
    }

    func testShardAndJobsFlagsAreValidated() throws {
        for bad in [["--shard", "0/2"], ["--shard", "3/2"], ["--shard", "x"], ["--shard", "1/0"], ["--jobs", "0"]] {
            let result = try runIsocheck(["check"] + bad + ["Specs/tutorial.isospec"])
            XCTAssertEqual(result.status, 2, bad.joined(separator: " "))
        }
    }

    func testShardsPartitionTheRun() throws {
        let whole = try runIsocheck(["check", "--format", "text", "--shard", "1/1"] + Self.mixedRun)
        XCTAssertTrue(whole.stdout.contains("[shard 1/1: 37 of 37 items]"), whole.stdout)
        var checked = 0
        for index in 1...3 {
            let shard = try runIsocheck(["check", "--shard", "\(index)/3"] + Self.mixedRun)
            let summary = try XCTUnwrap(shard.stdout.split(separator: "\n").last)
            let match = try XCTUnwrap(summary.firstMatch(of: /shard \d\/3: (\d+) of 37 items/), String(summary))
            checked += Int(match.1)!
        }
        XCTAssertEqual(checked, 37, "every item is in exactly one shard")
    }
}
