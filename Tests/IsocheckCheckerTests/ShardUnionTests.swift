import IsocheckChecker
import IsocheckReport
import XCTest

/// `--shard I/N` (issue 5): the N shards of a run, combined, report exactly what the unsharded
/// run reports: same verdicts, counterexamples, diagnostics (unreachable code included) and
/// figures, byte for byte in JSON.
final class ShardUnionTests: XCTestCase {
    func testUnionOfThreeShardsEqualsTheUnshardedRun() throws {
        // The layout specs and the trampoline: items of both kinds, without the minutes the seed
        // systems take (SeedSpecVerdictTests checks those).
        let paths = ["Specs/tutorial.isospec", "Specs/examples", "Specs/trampoline", "Specs/linux-kpti"]
            .map { packageRoot.appendingPathComponent($0).path }
        let options = CheckOptions(eventDepth: 0)
        let whole = CheckRun.run(paths: paths, options: options, jobs: 2)
        XCTAssertGreaterThan(whole.itemsInRun, 10)
        let shards = (1...3).map { CheckRun.run(paths: paths, options: options, jobs: 2, shard: Shard("\($0)/3")) }
        XCTAssertEqual(shards.map(\.itemsChecked).reduce(0, +), whole.itemsInRun)
        XCTAssertTrue(shards.allSatisfy { $0.itemsChecked < whole.itemsInRun }, "each shard is a proper slice")
        let union = CheckRun.union(shards, options: options)
        XCTAssertEqual(try JSONReporter().render(union), try JSONReporter().render(whole))
        XCTAssertEqual(union.exitStatus, whole.exitStatus)
    }

    func testAShardReportsNoUnreachableCodeItCouldNotJudge() throws {
        let paths = [packageRoot.appendingPathComponent("Specs/trampoline").path]
        let shard = CheckRun.run(paths: paths, options: CheckOptions(eventDepth: 0), jobs: 2, shard: Shard("2/2"))
        XCTAssertFalse(shard.results.flatMap(\.diagnostics).contains { $0.message.id == "check.unreachable" },
                       "code reached only from another shard's entry points is not unreachable")
    }
}
