import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel
import XCTest

/// A proof that holds only because nothing satisfies the assumptions is no proof.
final class VacuityTests: XCTestCase {
    func testContradictoryAssumptionsAreAnErrorNamingTheConstraints() throws {
        let result = try checkSpec(basicFrames + """
            param n : u64 where n > 10
            assume n < 5
            space user user of task {
              map 0x2000 .. +4K -> secret_page
            }
            """)
        XCTAssertTrue(result.hasErrors)
        XCTAssertTrue(result.properties.isEmpty, "nothing is reported, in particular nothing as proved")
        let error = try XCTUnwrap(result.diagnostics.first { $0.severity == .error })
        XCTAssertEqual(error.message.id, "check.vacuous-assumptions")
        XCTAssertEqual(error.notes.compactMap(\.location?.line), [4, 5])
        XCTAssertEqual(ExitStatus.of([result], inputErrors: false), .badInput)
    }

    func testNarrowParameterWidthIsAConstraint() throws {
        let result = try checkSpec(basicFrames + """
            param n : u8 where n > 300
            space user user of task {
              map 0x1000 .. +4K -> public_page
            }
            """)
        XCTAssertEqual(result.diagnostics.first { $0.severity == .error }?.message.id, "check.vacuous-assumptions")
    }

    func testSpaceThatIsAlwaysEmptyIsAnError() throws {
        let result = try checkSpec(basicFrames + """
            param n : u64 where n < 1
            space user[i < n] user of task {
              map 0x1000 .. +4K -> secret_page
            }
            """)
        XCTAssertEqual(result.diagnostics.first { $0.severity == .error }?.message.id, "check.empty-space")
        XCTAssertEqual(result.diagnostics.first { $0.severity == .error }?.location?.line, 5)
    }

    func testMappingThatNeverMapsIsAnError() throws {
        let result = try checkSpec(basicFrames + """
            param n : u64 where n <= 3
            space user user of task {
              map 0x1000 .. +(n & 0) -> secret_page
            }
            """)
        XCTAssertEqual(result.diagnostics.first { $0.severity == .error }?.message.id, "check.empty-mapping")
    }

    func testUndecidedObligationIsUnknownNeverProved() throws {
        // Factoring a 64-bit semiprime: the solver cannot finish under a small resource limit.
        let result = try checkSpec("""
            param a : u64 where a > 1 && a < 0x100000000
            param b : u64 where b > 1 && b < 0x100000000
            principal task
            frame key at 0xffffffea00000000 size 4K secret
            frame filler size 4K public
            space user user of task {
              map 0x1000 .. +4K -> phys (a * b) & ~0xfff
            }
            memory default public
            """, options: CheckOptions(timeoutMilliseconds: 20_000, resourceLimit: 400_000))
        XCTAssertEqual(result.status(.noSecretInUser), .unknown)
        XCTAssertFalse(result.result(.noSecretInUser)?.unknowns.isEmpty ?? true)
        XCTAssertEqual(ExitStatus.of([result], inputErrors: false), .unknown)
    }
}
