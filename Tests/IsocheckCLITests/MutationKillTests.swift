import Foundation
import XCTest

/// `isocheck mutate` (issue 7): every operator's mutants of the proved bundled specs are killed,
/// and a mutant that survives fails the command and is listed.
final class MutationKillTests: XCTestCase {
    func testEveryMutantOfTheProvedLayoutSpecsIsKilled() throws {
        let result = try runIsocheck(["mutate", "Specs/tutorial.isospec", "Specs/examples"])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains("Specs/tutorial.isospec\n  global-on-secret   3/3 killed"), result.stdout)
        XCTAssertTrue(result.stdout.contains("skipped: does not prove (no-secret-in-user violated)"), "broken examples are not mutated")
        XCTAssertFalse(result.stdout.contains("SURVIVED"))
        XCTAssertTrue(result.stdout.contains("mutants killed (100%)"), result.stdout)
    }

    func testASurvivingMutantFailsTheCommandAndIsListed() throws {
        // Widening the user page runs into public memory: no isolation is lost, so the mutant
        // survives, and the command must say so rather than pass.
        let spec = try temporarySpec("""
            principal task
            memory default public
            frame page at 0x200000 size 4K owned by task
            space user user of task {
              map 0x400000 .. +4K -> page user rw
            }
            """)
        let result = try runIsocheck(["mutate", spec])
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertTrue(result.stdout.contains("SURVIVED line 5: mapping one 4K page longer: nothing violated"), result.stdout)
        XCTAssertTrue(result.stdout.contains("widen-mapping      0/1 0%"), result.stdout)
    }

    func testBadInputExitsTwo() throws {
        let result = try runIsocheck(["mutate", try temporarySpec("frame f at\n")])
        XCTAssertEqual(result.status, 2)
    }
}
