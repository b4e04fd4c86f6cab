import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel
import XCTest

/// CheckOptions.stopAtViolationOf, which mutation testing uses: one counterexample ends the
/// exploration, and nothing the rest of it would have decided is reported as proved.
final class StopAtViolationTests: XCTestCase {
    func testStoppingAtTheFirstViolationLeavesTheOtherPropertiesUnknown() throws {
        let spec = DoubleFaultTests.spec(istOffset: 0x10)
        let full = try checkSpec(spec, options: DoubleFaultTests.nmiFromUser)
        XCTAssertEqual(full.status(.stackIsKernel), .proved)
        XCTAssertEqual(full.status(.cr3MatchesPrivilege), .violated)

        var options = DoubleFaultTests.nmiFromUser
        options.stopAtViolationOf = [.cr3MatchesPrivilege]
        let stopped = try checkSpec(spec, options: options)
        XCTAssertEqual(stopped.status(.cr3MatchesPrivilege), .violated)
        XCTAssertEqual(stopped.result(.cr3MatchesPrivilege)?.counterexamples.count, 1)
        XCTAssertEqual(stopped.status(.stackIsKernel), .unknown, "the paths it did not explore might break it")
        XCTAssertTrue(stopped.result(.stackIsKernel)?.unknowns.contains { $0.reason.contains("stopped at the first violation of cr3-matches-privilege") } ?? false)
        for property in PropertyID.executionProperties {
            XCTAssertNotEqual(stopped.status(property), .proved, "\(property.rawValue) is proved by a run that stopped early")
        }
        // Layout properties are separate items, decided whole.
        XCTAssertEqual(stopped.status(.noSecretInUser), full.status(.noSecretInUser))
    }

    func testARunThatNeverMeetsTheViolationIsNotCutShort() throws {
        var options = DoubleFaultTests.nmiFromUser
        options.stopAtViolationOf = [.cr3MatchesPrivilege]
        let result = try checkSpec(DoubleFaultTests.spec(istOffset: 0x30), options: options)
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .proved)
        XCTAssertEqual(result.status(.stackIsKernel), .proved)
    }

    func testOnlyTheItemsTheNamedPropertiesNeedAreChecked() throws {
        var options = DoubleFaultTests.nmiFromUser
        options.onlyProperties = [.noSecretInUser]
        let layoutOnly = try checkSpec(DoubleFaultTests.spec(istOffset: 0x10), options: options)
        XCTAssertEqual(layoutOnly.properties.map(\.property), [.noSecretInUser, .wellFormedLayout], "well-formed-layout is kept: verdicts rely on it")
        XCTAssertNil(layoutOnly.execution, "no code property asked for, so no code is run")

        options.onlyProperties = [.cr3MatchesPrivilege]
        let code = try checkSpec(DoubleFaultTests.spec(istOffset: 0x10), options: options)
        XCTAssertEqual(code.status(.cr3MatchesPrivilege), .violated)
        XCTAssertNil(code.status(.noSecretInUser), "a property left out is absent, not proved")
    }

    func testItemsNotStartedWhenTheViolationIsFoundAreSkippedAsUnknown() throws {
        // One thread runs the items in order: the user-mode entry points, where the #DF handler
        // breaks cr3, come before those from kernel proper.
        var options = CheckOptions(eventDepth: 0, entryPoints: ["vector 2 from user", "vector 2 from kernel"])
        options.stopAtViolationOf = [.cr3MatchesPrivilege]
        let (model, _) = Elaborator.load(SourceFile(path: "test.isospec", text: DoubleFaultTests.spec(istOffset: 0x10)))
        let result = Checker.check(try XCTUnwrap(model), options: options, jobs: 1)
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .violated)
        let skipped = try XCTUnwrap(result.parts.last)
        XCTAssertEqual(skipped.item.description, "entry points from kernel proper")
        XCTAssertEqual(Set(skipped.properties.map(\.status)), [.unknown])
        XCTAssertTrue(skipped.properties.allSatisfy { $0.unknowns.contains { $0.reason.contains("not checked: the run stopped") } })
        XCTAssertNil(skipped.execution)
    }
}
