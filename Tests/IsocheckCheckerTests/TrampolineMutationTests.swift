import IsocheckChecker
import IsocheckModel
import XCTest

/// The bundled trampoline proves; each known way to break it must give a counterexample for the
/// property it breaks, at the step the mutation broke (issue: "at least eight mutants").
final class TrampolineMutationTests: XCTestCase {
    static let path = "Specs/trampoline/kpti-trampoline.isospec"

    func original() throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(Self.path), encoding: .utf8)
    }

    /// Applies text replacements, failing if the spec no longer contains what they replace.
    func mutate(_ replacements: [(String, String)], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var text = try original()
        for (old, new) in replacements {
            guard let range = text.range(of: old) else {
                XCTFail("the trampoline no longer contains \(old.debugDescription)", file: file, line: line)
                throw UnusableTestInput(reason: "stale mutation")
            }
            text.replaceSubrange(range, with: new)
        }
        return text
    }

    /// The 1-based line of the first occurrence of `fragment` at or after `after`.
    func line(of fragment: String, in text: String, after anchor: String? = nil) -> Int? {
        var searchStart = text.startIndex
        if let anchor, let anchorRange = text.range(of: anchor) { searchStart = anchorRange.upperBound }
        guard let range = text.range(of: fragment, range: searchStart..<text.endIndex) else { return nil }
        return text[text.startIndex..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    func check(_ text: String, eventDepth: Int, entryPoints: Set<String>? = nil) throws -> SpecResult {
        try checkSpec(text, path: Self.path, options: CheckOptions(eventDepth: eventDepth, entryPoints: entryPoints))
    }

    func assertViolated(
        _ result: SpecResult, _ property: PropertyID, atLine expectedLine: Int?, file: StaticString = #filePath, line: UInt = #line
    ) throws -> Counterexample {
        XCTAssertEqual(result.status(property), .violated, "\(property.rawValue)", file: file, line: line)
        let counterexamples = result.result(property)?.counterexamples ?? []
        let atLine = counterexamples.first { $0.location.line == expectedLine }
        return try XCTUnwrap(atLine ?? counterexamples.first, "no counterexample for \(property.rawValue)", file: file, line: line)
    }

    // MARK: the original

    func testTrampolineProvesEveryPropertyAtDepthZero() throws {
        let result = try check(try original(), eventDepth: 0)
        XCTAssertEqual(Set(result.properties.map(\.status)), [.proved], "\(result.properties.map { "\($0.property.rawValue): \($0.status)" })")
        XCTAssertFalse(result.diagnostics.contains { $0.message.id == "check.unreachable" }, "every instruction is reached")
        XCTAssertEqual(result.properties.count, PropertyID.allCases.count)
    }

    func testTrampolineProvesEveryPropertyWithAnEventAtEveryBoundary() throws {
        let result = try check(try original(), eventDepth: 1)
        for property in result.properties {
            XCTAssertEqual(property.status, .proved, property.property.rawValue)
        }
        let statistics = try XCTUnwrap(result.execution)
        XCTAssertGreaterThan(statistics.events, 100, "events were offered at the boundaries")
        XCTAssertEqual(statistics.entryPoints, 14, "SYSCALL, six vectors from CPL3 and CPL0, one exit")
    }

    // MARK: the mutants

    func testCR3WrittenOneInstructionLateLetsUserModeRunOnTheKernelTable() throws {
        // On the way out, the switch to the user table moves past SYSRET.
        let text = try mutate([
            ("  movq %rax, %cr3\n  movq %rdi, %rsp\n  swapgs\n  sysretq\n", "  movq %rdi, %rsp\n  swapgs\n  sysretq\n  movq %rax, %cr3\n")
        ])
        let result = try check(text, eventDepth: 0)
        let counterexample = try assertViolated(result, .cr3MatchesPrivilege, atLine: line(of: "sysretq", in: text))
        XCTAssertTrue(counterexample.reason.contains("kernel"), counterexample.reason)
        let last = try XCTUnwrap(counterexample.trace.last)
        XCTAssertEqual(last.cpl, 3, "the failing step is user mode")
        XCTAssertTrue(last.table.hasPrefix("kernel["), "user mode runs with the kernel table: \(last.table)")
        XCTAssertTrue(counterexample.trace.contains { $0.text.contains("syscall_exit") || $0.text.contains("popq %rcx") })
    }

    func testMissingSwapgsAtEntryUsesTheUserGSBase() throws {
        let text = try mutate([("entry_syscall:\n  swapgs\n", "entry_syscall:\n")])
        let result = try check(text, eventDepth: 0)
        let counterexample = try assertViolated(
            result, .gsMatchesPrivilege, atLine: line(of: "movq %rsp, %gs:tss_sp2", in: text))
        XCTAssertEqual(counterexample.location.line, line(of: "movq %rsp, %gs:tss_sp2", in: text))
        XCTAssertEqual(counterexample.trace.last?.gs, "user")
    }

    func testDuplicatedSwapgsReturnsToUserWithTheKernelGSBase() throws {
        let text = try mutate([("  swapgs\n  sysretq\n", "  swapgs\n  swapgs\n  sysretq\n")])
        let result = try check(text, eventDepth: 0)
        let counterexample = try assertViolated(result, .gsMatchesPrivilege, atLine: line(of: "sysretq", in: text))
        XCTAssertTrue(counterexample.reason.contains("kernel GS"), counterexample.reason)
    }

    func testNMIWithoutISTPushesItsFrameOnTheUserStack() throws {
        // The first instructions after SYSCALL run at CPL0 on the user's RSP: an NMI there without
        // an IST stack pushes the frame wherever user mode left RSP.
        let text = try mutate([("vector 2  nmi_entry ist 1", "vector 2  nmi_entry")])
        // SYSCALL alone shows it; the whole spec at depth 1 takes minutes once paths go wrong.
        let result = try check(text, eventDepth: 1, entryPoints: ["syscall"])
        let counterexample = try assertViolated(result, .stackIsKernel, atLine: nil)
        XCTAssertEqual(counterexample.trace.first?.text, "user mode (SYSCALL entry point)")
        XCTAssertTrue(counterexample.reason.contains("NMI"), counterexample.reason)
        XCTAssertTrue(counterexample.trace.contains { $0.text == "NMI is delivered" }, "the trace shows the NMI")
    }

    func testEntryStackLeftOutOfTheUserTableFaultsInDelivery() throws {
        let text = try mutate([
            ("region entry_area[c < ncpu] = CEA_VA + c * 64K .. +24K",
             "region entry_area[c < ncpu] = CEA_VA + c * 64K .. +4K\nregion ist_area[c < ncpu] = CEA_VA + c * 64K + 8K .. +16K"),
            ("tss_page, entry_area\n", "tss_page, entry_area, ist_area\n"),
        ])
        let result = try check(text, eventDepth: 0)
        let counterexample = try assertViolated(result, .accessesMapped, atLine: nil)
        XCTAssertTrue(counterexample.reason.contains("frame push"), counterexample.reason)
        XCTAssertTrue(counterexample.reason.contains("#DF"), "delivery faults become #DF: \(counterexample.reason)")
        XCTAssertEqual(counterexample.trace.last?.table.hasPrefix("user["), true)
        XCTAssertEqual(result.status(.noSecretInUser), .proved, "a missing mapping is no leak")
    }

    func testUserPCIDEqualToKernelPCIDLeavesKernelTranslationsInTheTLB() throws {
        let text = try mutate([
            ("user_cr3   = KPGD + p * 8K + 4K | KPCID | 0x800", "user_cr3   = KPGD + p * 8K + 4K | KPCID"),
        ]).replacingOccurrences(of: "0x1800", with: "0x1000")
        let result = try check(text, eventDepth: 0)
        let counterexample = try assertViolated(result, .noStaleKernelTLB, atLine: line(of: "sysretq", in: text))
        XCTAssertTrue(counterexample.reason.contains("PCID"), counterexample.reason)
        XCTAssertEqual(counterexample.trace.last?.pcid, 1)
    }

    func testGlobalSecretMappingIsAStaleTLBLeak() throws {
        let text = try mutate([("map TEXT_VA .. +14M page 2M -> ktext\n", "map TEXT_VA .. +14M page 2M -> ktext global\n")])
        let result = try check(text, eventDepth: 0)
        let counterexample = try assertViolated(result, .noStaleKernelTLB, atLine: line(of: "-> ktext global", in: text))
        XCTAssertEqual(counterexample.frame?.frame, "ktext")
    }

    func testWrongCR3MaskKeepsTheUserTableInKernelCode() throws {
        // Clearing only the PCID bit: the kernel stack is reached through the user table.
        let text = try mutate([("  andq $~0x1800, %rsp", "  andq $~0x800, %rsp")])
        let result = try check(text, eventDepth: 0)
        let counterexample = try assertViolated(
            result, .accessesMapped, atLine: line(of: "movq %gs:top_of_stack, %rsp", in: text))
        XCTAssertEqual(counterexample.location.line, line(of: "movq %gs:top_of_stack, %rsp", in: text))
    }

    func testWrongMaskInTheParanoidEntryFailsTheUserAssertion() throws {
        let text = try mutate([("  andq $~0x1800, %rax\n  assert", "  andq $~0x1000, %rax\n  assert")])
        let result = try check(text, eventDepth: 0, entryPoints: ["vector 2 from user"])
        let counterexample = try assertViolated(result, .assertions, atLine: line(of: "assert %rax", in: text))
        XCTAssertEqual(counterexample.location.line, line(of: "assert %rax", in: text))
        XCTAssertTrue(counterexample.reason.contains("0x1800"), counterexample.reason)
    }

    func testSysretWithoutTheCanonicalCheckFaultsOnTheUserStack() throws {
        // CVE-2012-0217: a non-canonical RCX makes SYSRET raise #GP at CPL0 with the user RSP.
        let text = try mutate([("  jnz do_syscall_slow_exit", "  nop")])
        let result = try check(text, eventDepth: 0)
        let counterexample = try assertViolated(result, .stackIsKernel, atLine: nil)
        XCTAssertTrue(counterexample.trace.contains { $0.text.contains("non-canonical RCX") }, "\(counterexample.trace.map(\.text))")
    }
}
