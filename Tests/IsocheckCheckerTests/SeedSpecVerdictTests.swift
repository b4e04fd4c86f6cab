import IsocheckChecker
import IsocheckModel
import XCTest

/// The seed systems (issue 4): each spec's verdict, property by property, at the default event
/// depth (one event at every boundary, every entry point), and the counterexample behind each
/// weakness its authors name. The fixed variants must prove.
final class SeedSpecVerdictTests: XCTestCase {
    /// The order of `PropertyID.allCases`: no-secret-in-user, no-user-access-to-kernel,
    /// no-stale-kernel-tlb, well-formed-layout, cr3-matches-privilege, accesses-mapped,
    /// gs-matches-privilege, stack-is-kernel, assertions.
    static let expected: [String: [PropertyStatus]] = [
        "Specs/freebsd/pti-r328083.isospec": [
            .proved, .proved, .notApplicable, .proved,
            .violated, .violated, .violated, .violated, .notApplicable,
        ],
        "Specs/freebsd/pti-r328157.isospec": [
            .proved, .proved, .notApplicable, .proved,
            .proved, .proved, .proved, .proved, .notApplicable,
        ],
        "Specs/netbsd/svs-2018-01.isospec": [
            .violated, .proved, .notApplicable, .proved,
            .violated, .violated, .violated, .violated, .notApplicable,
        ],
        "Specs/netbsd/svs-2018-07.isospec": [
            .proved, .proved, .notApplicable, .proved,
            .proved, .proved, .proved, .proved, .notApplicable,
        ],
        "Specs/linux/kpti-6.1.isospec": [
            .proved, .proved, .proved, .proved,
            .proved, .proved, .proved, .proved, .notApplicable,
        ],
    ]

    /// XCTest runs one test of a class at a time, so the cache needs no lock.
    nonisolated(unsafe) static var results: [String: SpecResult] = [:]

    /// Each spec is checked once for all the tests that look at it.
    func result(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> SpecResult {
        if let known = Self.results[path] { return known }
        let result = try checkBundledSpec(path, file: file, line: line)
        XCTAssertFalse(result.hasErrors, "\(path): \(result.diagnostics)", file: file, line: line)
        Self.results[path] = result
        return result
    }

    func assertVerdicts(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try result(path, file: file, line: line)
        let statuses = PropertyID.allCases.map { result.status($0) ?? .notApplicable }
        let expected = try XCTUnwrap(Self.expected[path])
        for (property, (found, wanted)) in zip(PropertyID.allCases, zip(statuses, expected)) {
            XCTAssertEqual(found, wanted, "\(path): \(property.rawValue)", file: file, line: line)
        }
        XCTAssertTrue(result.properties.allSatisfy { $0.unknowns.isEmpty },
                      "\(path): nothing is left unknown: \(result.properties.flatMap(\.unknowns).map(\.reason).prefix(3))", file: file, line: line)
    }

    /// The counterexamples of `property` whose trace takes `event` and whose reason contains `words`.
    func traces(_ result: SpecResult, _ property: PropertyID, event: String, reason words: String) -> [Counterexample] {
        (result.result(property)?.counterexamples ?? []).filter { counterexample in
            counterexample.reason.contains(words) && counterexample.trace.contains { $0.text.contains(event) }
        }
    }

    // MARK: FreeBSD

    func testFreeBSDFirstVersionVerdicts() throws { try assertVerdicts("Specs/freebsd/pti-r328083.isospec") }

    func testFreeBSDMachineCheckWithoutISTLandsOnTheUserStack() throws {
        // "MCE is known to be broken, it requires IST stack to operate completely correctly even
        // for non-PTI case": a #MC right after SYSCALL is delivered on the user's RSP.
        let result = try result("Specs/freebsd/pti-r328083.isospec")
        let onUserStack = traces(result, .stackIsKernel, event: "#MC is delivered", reason: "frame push")
        XCTAssertFalse(onUserStack.isEmpty, "\(result.result(.stackIsKernel)?.counterexamples.map(\.reason) ?? [])")
    }

    func testFreeBSDMachineCheckOnTheTrampolineRunsTrapOnTheUserTable() throws {
        // "MCE delivery while trampoline did not switched from PTI stack is fatal".
        let result = try result("Specs/freebsd/pti-r328083.isospec")
        let wrongTable = traces(result, .cr3MatchesPrivilege, event: "#MC is delivered", reason: "user table")
            + traces(result, .gsMatchesPrivilege, event: "#MC is delivered", reason: "user GS")
        XCTAssertFalse(wrongTable.isEmpty)
    }

    func testFreeBSDFixedVariantProves() throws { try assertVerdicts("Specs/freebsd/pti-r328157.isospec") }

    // MARK: NetBSD

    func testNetBSDMailVerdicts() throws { try assertVerdicts("Specs/netbsd/svs-2018-01.isospec") }

    func testNetBSDKernelImageIsStillMapped() throws {
        // "After this change only the kernel image will need to be unmapped".
        let result = try result("Specs/netbsd/svs-2018-01.isospec")
        let leak = try XCTUnwrap(result.result(.noSecretInUser)?.counterexamples.first)
        XCTAssertEqual(leak.frame?.frame, "kimage")
        XCTAssertEqual(leak.frame?.label, "secret")
    }

    func testNetBSDNMIBetweenSwapgsAndTheCR3SwitchRunsOnTheUserDirectory() throws {
        // "our handling of double faults (and NMIs a bit) has always been wrong, and is even more
        // wrong with SVS": CS says kernel, so SVS_ENTER_ALTSTACK leaves the user CR3 loaded.
        let result = try result("Specs/netbsd/svs-2018-01.isospec")
        XCTAssertFalse(traces(result, .cr3MatchesPrivilege, event: "NMI is delivered", reason: "nmitrap").isEmpty,
                       "\(result.result(.cr3MatchesPrivilege)?.counterexamples.map(\.reason) ?? [])")
    }

    func testNetBSDDoubleFaultReturnsThroughAStaleTrapframe() throws {
        let result = try result("Specs/netbsd/svs-2018-01.isospec")
        XCTAssertFalse(traces(result, .cr3MatchesPrivilege, event: "#DF is delivered", reason: "IRETQ").isEmpty)
    }

    func testNetBSDFixedVariantProves() throws { try assertVerdicts("Specs/netbsd/svs-2018-07.isospec") }

    // MARK: Linux

    func testLinuxKPTIProves() throws { try assertVerdicts("Specs/linux/kpti-6.1.isospec") }

    func testLinuxUserPCIDIsNeverTheKernelsAndEveryFlushIsTaken() throws {
        // The no-flush bit is set only where user_pcid_flush_mask has no pending flush; both
        // branches are explored, and the TLB half of no-stale-kernel-tlb holds on each.
        let result = try result("Specs/linux/kpti-6.1.isospec")
        XCTAssertGreaterThan(result.result(.noStaleKernelTLB)?.obligations ?? 0, 4)
    }

    func testEverySeedSpecIsPinned() throws {
        let folders = ["freebsd", "netbsd", "linux"]
        var found: Set<String> = []
        for folder in folders {
            let url = packageRoot.appendingPathComponent("Specs/\(folder)")
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".isospec") {
                found.insert("Specs/\(folder)/\(name)")
            }
        }
        XCTAssertEqual(found, Set(Self.expected.keys))
    }
}
