import IsocheckChecker
import IsocheckModel
import IsocheckReference
import XCTest

/// FSGSBASE as Linux's paranoid entry uses it: rdgsbase, wrgsbase, lsl of the CPUNODE segment
/// and a scaled load from a `percpu at` table, checked by the executor and the code reference
/// alike on the bundled trampoline's syscall entry. Writing user mode's GS base at CPL0 must
/// break gs-matches-privilege in both.
final class GSBaseSemanticsTests: XCTestCase {
    static let keepsKernelGS = """
          rdgsbase %rax                           # the kernel's per-CPU base, after the entry's swapgs
          wrgsbase %rax
          movq %gs:tss_sp2, %rdx                  # still through the kernel GS base
          movq $0x7b, %rcx
          lsl %rcx, %rdx
          assert %rdx == 3
          movq $1, %rcx
          movq GS_TABLE(,%rcx,8), %rax            # GS_TABLE[1]: the declared value
          assert %rax == 0x1234
          swapgs                                  # KERNEL_GS_BASE held the user's base
          swapgs

        """

    static let writesUserGS = """
          swapgs
          rdgsbase %rax                           # user mode's GS base
          swapgs
          wrgsbase %rax                           # ... made the GS base at CPL0
          movq %gs:tss_sp2, %rdx

        """

    func system(_ snippet: String) throws -> SystemModel {
        var text = try String(contentsOf: packageRoot.appendingPathComponent(CodeReferenceTests.trampoline), encoding: .utf8)
        let anchor = "  pushq %rcx\n  jmp do_syscall\n"
        let range = try XCTUnwrap(text.range(of: anchor), "the trampoline's syscall entry changed")
        text = text.replacingCharacters(in: range, with: "  pushq %rcx\n" + snippet + "  jmp do_syscall\n")
        let cpu = try XCTUnwrap(text.range(of: "  fmask      = "), "the trampoline's cpu block changed")
        text.insert(contentsOf: "  cpunode    = 3\n", at: cpu.lowerBound)
        let percpu = try XCTUnwrap(text.range(of: "handoff do_syscall "))
        text.insert(contentsOf: "const GS_TABLE = KSTACK_VA + 0x800\npercpu at GS_TABLE {\n  field gs_table_1 at 8 = 0x1234\n}\n\n", at: percpu.lowerBound)
        return try elaborateSpec(text)
    }

    func verdicts(_ model: SystemModel) throws -> (executor: [PropertyID: PropertyStatus], reference: Set<PropertyID>, undecided: [String]) {
        let smt = Checker.check(model, options: CheckOptions(eventDepth: 0, entryPoints: ["syscall"]), jobs: 1)
        XCTAssertFalse(smt.hasErrors, "\(smt.diagnostics.map(\.message.text))")
        var executor: [PropertyID: PropertyStatus] = [:]
        for result in smt.properties { executor[result.property] = result.status }
        let reference = try CodeReference(model: model, domains: ["ncpu": [1], "nproc": [1]], eventBound: 0, entryPoints: ["syscall"]).evaluate()
        let violated = Set([PropertyID.gsMatchesPrivilege, .assertions].filter { reference.isViolated($0) })
        return (executor, violated, reference.undecided)
    }

    func testTheKernelsOwnGSBaseWrittenBackKeepsKernelGS() throws {
        let result = try verdicts(try system(Self.keepsKernelGS))
        XCTAssertEqual(result.executor[.gsMatchesPrivilege], .proved)
        XCTAssertEqual(result.executor[.assertions], .proved)
        XCTAssertEqual(result.reference, [])
        XCTAssertEqual(result.undecided, [])
    }

    func testAWrongCPUNodeFailsTheAssertionInBoth() throws {
        let result = try verdicts(try system(Self.keepsKernelGS.replacingOccurrences(of: "assert %rdx == 3", with: "assert %rdx == 2")))
        XCTAssertEqual(result.executor[.assertions], .violated)
        XCTAssertEqual(result.reference, [.assertions])
    }

    func testUserGSBaseWrittenAtCPL0BreaksGSMatchesPrivilegeInBoth() throws {
        let result = try verdicts(try system(Self.writesUserGS))
        XCTAssertEqual(result.executor[.gsMatchesPrivilege], .violated)
        XCTAssertTrue(result.reference.contains(.gsMatchesPrivilege))
    }

    func testAScaleOtherThan1248IsAnErrorAtTheScale() throws {
        XCTAssertThrowsError(try system(Self.keepsKernelGS.replacingOccurrences(of: "GS_TABLE(,%rcx,8)", with: "GS_TABLE(,%rcx,3)"))) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.contains("an index scale must be 1, 2, 4 or 8 [elab.bad-scale]"), text)
        }
    }
}
