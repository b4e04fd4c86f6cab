import IsocheckChecker
import IsocheckModel
import XCTest

/// The seed systems (issue 4): each spec's verdict, property by property, at event depth 1 (one
/// event at every boundary, every entry point; the depth these specs state), and the
/// counterexample behind each weakness its authors name. The fixed variants must prove.
final class SeedSpecVerdictTests: XCTestCase {
    /// Verdicts by property. The broken specs are checked on a few entry points (below), so
    /// only the properties those decide are listed: the layout ones and the violations.
    static let expected: [String: [PropertyID: PropertyStatus]] = [
        "Specs/freebsd/pti-r328083.isospec": [
            .noSecretInUser: .proved, .noUserAccessToKernel: .proved, .noStaleKernelTLB: .notApplicable,
            .wellFormedLayout: .proved, .gsMatchesPrivilege: .violated, .stackIsKernel: .violated,
        ],
        "Specs/freebsd/pti-r328157.isospec": allProved(tlb: .notApplicable),
        "Specs/netbsd/svs-2018-01.isospec": [
            .noSecretInUser: .violated, .noUserAccessToKernel: .proved, .noStaleKernelTLB: .notApplicable,
            .wellFormedLayout: .proved, .cr3MatchesPrivilege: .violated, .accessesMapped: .proved,
            .gsMatchesPrivilege: .violated, .stackIsKernel: .violated,
        ],
        "Specs/netbsd/svs-2018-07.isospec": allProved(tlb: .notApplicable),
        "Specs/linux/kpti-6.1.isospec": allProved(tlb: .proved),
    ]

    static func allProved(tlb: PropertyStatus) -> [PropertyID: PropertyStatus] {
        var statuses = Dictionary(uniqueKeysWithValues: PropertyID.allCases.map { ($0, PropertyStatus.proved) })
        statuses[.noStaleKernelTLB] = tlb
        statuses[.assertions] = .notApplicable
        return statuses
    }

    /// Where CI cannot afford depth 1 on every entry point (it must stay under 30
    /// minutes), a spec is checked more narrowly; Specs/README.md has the full runs' figures.
    /// - The broken FreeBSD spec on the entry point where its weaknesses show quickly (its full
    ///   run: about seven minutes, the same violations plus cr3 and accesses).
    /// - The broken NetBSD spec at depth 0 (at depth 1 its SYSCALL and #DF entries did not
    ///   finish in 25 minutes: #MC and #DB delivered on the user's RSP explode, see the spec's
    ///   header). Its depth-1 NMI counterexample is pinned on SYSCALL with only NMIs offered.
    /// - Linux at depth 0: its full depth-1 proof takes 288 s in a release build and 459 s here.
    /// The layout items are checked in full either way.
    static let options: [String: CheckOptions] = [
        "Specs/freebsd/pti-r328083.isospec": CheckOptions(eventDepth: 1, entryPoints: ["vector 32 from user"]),
        "Specs/netbsd/svs-2018-01.isospec": CheckOptions(eventDepth: 0),
        "Specs/linux/kpti-6.1.isospec": CheckOptions(eventDepth: 0),
    ]

    /// XCTest runs one test of a class at a time, so the cache needs no lock.
    nonisolated(unsafe) static var results: [String: SpecResult] = [:]

    /// Each spec is checked once for all the tests that look at it.
    func result(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> SpecResult {
        if let known = Self.results[path] { return known }
        let text = try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
        let result = try checkSpec(text, path: path, options: Self.options[path] ?? oneEvent, file: file, line: line)
        XCTAssertFalse(result.hasErrors, "\(path): \(result.diagnostics)", file: file, line: line)
        Self.results[path] = result
        return result
    }

    func assertVerdicts(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try result(path, file: file, line: line)
        let expected = try XCTUnwrap(Self.expected[path])
        for property in PropertyID.allCases {
            guard let wanted = expected[property] else { continue }
            XCTAssertEqual(result.status(property) ?? .notApplicable, wanted, "\(path): \(property.rawValue)", file: file, line: line)
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

    func testFreeBSDMachineCheckOnTheTrampolineStackOverflowsIt() throws {
        // "MCE delivery while trampoline did not switched from PTI stack is fatal": the frame fits
        // in the 16 qwords, the trapframe alltraps builds below it does not.
        let result = try result("Specs/freebsd/pti-r328083.isospec")
        let overflow = traces(result, .stackIsKernel, event: "#MC is delivered", reason: "outside every declared kernel stack")
        XCTAssertFalse(overflow.isEmpty, "\(result.result(.stackIsKernel)?.counterexamples.map(\.reason) ?? [])")
    }

    func testFreeBSDMachineCheckInDoretiCallsTrapWithTheUserGSBase() throws {
        let result = try result("Specs/freebsd/pti-r328083.isospec")
        let userGS = traces(result, .gsMatchesPrivilege, event: "is delivered", reason: "user GS base")
        XCTAssertFalse(userGS.isEmpty, "\(result.result(.gsMatchesPrivilege)?.counterexamples.map(\.reason) ?? [])")
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

    func testNetBSDDoubleFaultReturnsThroughAStaleTrapframe() throws {
        // "our handling of double faults ... has always been wrong, and is even more wrong with
        // SVS": SVS_ENTER moves RSP off the IST frame, and the exit reads a trapframe #DF never wrote.
        let result = try result("Specs/netbsd/svs-2018-01.isospec")
        XCTAssertFalse(traces(result, .cr3MatchesPrivilege, event: "#DF is delivered", reason: "IRETQ").isEmpty)
    }

    func testNetBSDNMIAfterTheSyscallSwapgsRunsNmitrapOnTheUserDirectory() throws {
        // The header's depth-1 prediction, on the one entry point and event that show it: the
        // full depth-1 run does not finish in 25 minutes, SYSCALL with only NMIs offered takes
        // 17 s in a release build. The NMI lands between swapgs and SVS_ENTER's CR3 write, sees
        // kernel CS, skips the CR3 switch and, the GS base being the kernel's, calls nmitrap().
        let path = "Specs/netbsd/svs-2018-01.isospec"
        let text = try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
        let result = try checkSpec(text, path: path, options: CheckOptions(eventDepth: 1, entryPoints: ["syscall"], offeredEvents: [2]))
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .violated)
        for property in [PropertyID.accessesMapped, .gsMatchesPrivilege, .stackIsKernel] {
            XCTAssertEqual(result.status(property), .proved, "\(property.rawValue): an NMI on its IST breaks only the CR3 switch")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func line(_ fragment: String, after anchor: String) throws -> Int {
            let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix(anchor) }, "no \(anchor) in the spec")
            return try XCTUnwrap(lines[start...].firstIndex { $0.contains(fragment) }, "no \(fragment) after \(anchor)") + 1
        }
        let swapgs = try line("swapgs", after: "syscall_svs:")
        let cr3Write = try line("movq %rax, %cr3", after: "syscall_svs:")
        let nmitrap = try line("call nmitrap", after: "nmi_noswapgs:")
        let counterexample = try XCTUnwrap(
            traces(result, .cr3MatchesPrivilege, event: "NMI is delivered", reason: "hand-off to nmitrap with the user table")
                .first { $0.location.line == nmitrap },
            "\(result.result(.cr3MatchesPrivilege)?.counterexamples.map { "\($0.location): \($0.reason)" } ?? [])")
        let nmi = try XCTUnwrap(counterexample.trace.firstIndex { $0.text == "NMI is delivered" })
        let at = try XCTUnwrap(counterexample.trace[nmi].location?.line)
        XCTAssertTrue(at > swapgs && at <= cr3Write, "the NMI arrives after swapgs, before the CR3 write: line \(at)")
        XCTAssertEqual(counterexample.trace.filter { $0.text.hasSuffix(" is delivered") }.count, 1, "one event: the NMI")
        XCTAssertEqual(counterexample.trace[nmi].cpl, 0)
        XCTAssertEqual(counterexample.trace[nmi].gs, "kernel")
        XCTAssertTrue(counterexample.trace[nmi].table.hasPrefix("user["), counterexample.trace[nmi].table)
        XCTAssertFalse(counterexample.trace[nmi...].contains { $0.text.contains("%cr3") }, "the handler never writes CR3")
        XCTAssertTrue(counterexample.trace.last?.table.hasPrefix("user[") ?? false, "nmitrap runs on the user directory")
        XCTAssertTrue(result.diagnostics.contains { $0.message.id == "check.filtered-events" }, "the run says it is restricted")
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
