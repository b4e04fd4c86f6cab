import Foundation
import XCTest

/// Proofs/ (issue 5): the committed proof obligations of every bundled spec are what the current
/// isocheck exports, and cvc5 and the z3 command-line tool each give every one of them the
/// answer isocheck acted on.
final class ProofArtifactTests: XCTestCase {
    struct Manifest: Decodable {
        struct Entry: Decodable {
            let file: String
            let expected: String
        }
        /// Absent when the export left each spec at its own bound.
        let eventDepth: Int?
        let obligations: [Entry]
    }

    var proofs: URL { packageRoot.appendingPathComponent("Proofs") }

    /// What Proofs/ covers: the layout specs and the trampoline. The seed systems and the real
    /// captures add 5,428 depth-0 obligations (38 MB); they are exported on demand.
    static let exported = ["Specs/tutorial.isospec", "Specs/examples", "Specs/trampoline"]

    func manifest(in folder: URL) throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
    }

    /// Every file under `folder`, relative to it.
    func files(under folder: URL) -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
               path.hasSuffix(".smt2") || path == "manifest.json" {
                found[path] = try? Data(contentsOf: url)
            }
        }
        return found
    }

    func testProofsFolderIsUpToDate() throws {
        let committed = try manifest(in: proofs)
        let depth = try XCTUnwrap(committed.eventDepth, "Proofs/ is exported at one stated depth")
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("isocheck-proofs-\(UUID().uuidString)")
        let result = try runIsocheck(["export-smt"] + Self.exported + ["-o", fresh.path, "--event-depth", "\(depth)"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let expected = files(under: proofs)
        let regenerated = files(under: fresh)
        XCTAssertGreaterThan(regenerated.count, 100)
        let stale = Set(expected.keys).symmetricDifference(regenerated.keys).sorted()
        XCTAssertTrue(stale.isEmpty, "Proofs/ is out of date; run `swift run isocheck export-smt \(Self.exported.joined(separator: " ")) -o Proofs --event-depth \(depth)`. Files that differ in presence: \(stale.prefix(10))")
        let changed = expected.keys.filter { regenerated[$0] != nil && regenerated[$0] != expected[$0] }.sorted()
        XCTAssertTrue(changed.isEmpty, "Proofs/ is out of date; changed: \(changed.prefix(10))")
    }

    func testEveryObligationRechecksWithCVC5AndZ3() throws {
        let committed = try manifest(in: proofs)
        XCTAssertGreaterThan(committed.obligations.count, 100)
        XCTAssertTrue(committed.obligations.contains { $0.expected == "sat" }, "counterexamples are re-checked too")
        XCTAssertEqual(try recheck(proofs), [], "solvers disagree with the verdicts")
    }

    func testEachExportedFileIsAStandaloneProblemThatSaysWhatItIs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isocheck-export-\(UUID().uuidString)")
        let result = try runIsocheck(["export-smt", "Specs/examples/global-secret.isospec", "-o", folder.path])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        let exported = try manifest(in: folder)
        XCTAssertNil(exported.eventDepth, "without --event-depth each spec used its own bound")
        let violation = try XCTUnwrap(exported.obligations.first { $0.expected == "sat" }, "the global secret's counterexample")
        let text = try String(contentsOf: folder.appendingPathComponent(violation.file), encoding: .utf8)
        for fragment in ["; spec: Specs/examples/global-secret.isospec", "; property: no-stale-kernel-tlb", "; at: Specs/examples/global-secret.isospec:15:3",
                         "; expected: sat", "(set-logic QF_BV)", "(check-sat)"] {
            XCTAssertTrue(text.contains(fragment), "missing \(fragment) in \(violation.file)")
        }
        let bad = try runIsocheck(["export-smt", try temporarySpec("param x : u64 where x +\n"), "-o", folder.path])
        XCTAssertEqual(bad.status, 2)
    }

    /// The re-check itself can fail: a problem whose recorded answer is wrong is caught by both solvers.
    func testRecheckCatchesAWrongRecordedAnswer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isocheck-recheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "(set-logic QF_BV)\n(declare-fun x () (_ BitVec 8))\n(assert (bvult x #x03))\n(check-sat)\n"
            .write(to: folder.appendingPathComponent("p.smt2"), atomically: true, encoding: .utf8)
        try #"{"eventDepth": 0, "obligations": [{"file": "p.smt2", "expected": "unsat"}]}"#
            .write(to: folder.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        let found = try recheck(folder)
        XCTAssertEqual(found.count, 2, "\(found)")
        XCTAssertTrue(found.allSatisfy { $0.contains("says sat") }, "\(found)")
    }

    /// Runs cvc5 and z3 on every obligation of the manifest in `folder`; returns the disagreements.
    func recheck(_ folder: URL) throws -> [String] {
        let obligations = try manifest(in: folder).obligations
        for solver in ["cvc5", "z3"] {
            XCTAssertEqual(try Self.shell("command -v \(solver)").status, 0, "\(solver) is not installed (.ci/run installs it)")
        }
        let disagreements = Disagreements()
        DispatchQueue.concurrentPerform(iterations: obligations.count) { index in
            let entry = obligations[index]
            let path = folder.appendingPathComponent(entry.file).path
            for solver in [["cvc5", "--lang", "smt2"], ["z3"]] {
                let answer = (try? Self.shell((solver + [path]).map { "'\($0)'" }.joined(separator: " ")))?.stdout
                    .split(separator: "\n").first.map(String.init) ?? "(no answer)"
                if answer != entry.expected {
                    disagreements.add("\(solver[0]) says \(answer) on \(entry.file), isocheck acted on \(entry.expected)")
                }
            }
        }
        return disagreements.all
    }

    static func shell(_ command: String) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    final class Disagreements: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        func add(_ item: String) { lock.withLock { items.append(item) } }
        var all: [String] { lock.withLock { items.sorted() } }
    }
}
