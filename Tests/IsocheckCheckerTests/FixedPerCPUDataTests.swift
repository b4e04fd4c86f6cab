import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel
import XCTest

/// `percpu at VA`: per-CPU data at one fixed VA that each CPU's tables map to its own page
/// (NetBSD SVS's UTLS). The entry reads the kernel CR3 from it before any %gs access is safe.
final class FixedPerCPUDataTests: XCTestCase {
    func spec(kernelCR3Value: String = "0x1000 + c * 0x10000", utlsMappedInUser: Bool = true) -> String {
        """
        param ncpu : u64 where ncpu >= 1 && ncpu <= 4
        principal task
        frame e at 0x200000 size 4K public
        frame utls[c < ncpu] at 0x300000 stride 4K size 4K public
        frame ks[c < ncpu] at 0x400000 stride 16K size 16K secret
        space kernel[c < ncpu] kernel root 0x1000 + c * 0x10000 {
          map 0xffffffff81e00000 .. +4K -> e
          map 0xffffff0000000000 .. +4K -> utls[c] rw nx
          map 0xffffc90000000000 .. +16K -> ks[c] rw nx
        }
        space user[c < ncpu] user of task root 0x2000 + c * 0x10000 {
          map 0xffffffff81e00000 .. +4K -> e
          \(utlsMappedInUser ? "map 0xffffff0000000000 .. +4K -> utls[c] rw nx" : "")
        }
        stack kstack = 0xffffc90000000000 .. +16K
        percpu at 0xffffff0000000000 {
          field utls_kpdirpa at 0 = \(kernelCR3Value)
          field utls_scratch at 8
        }
        percpu {
          field krsp0 at 0x10 = 0xffffc90000004000
        }
        handoff do_syscall
        cpu[c < ncpu] {
          user user[c]
          kernel kernel[c]
          kernel_cr3 = 0x1000 + c * 0x10000
          user_cr3 = 0x2000 + c * 0x10000
          kernel_gs = 0xffff888000000000
          kernel_rsp = 0xffffc90000004000
          lstar entry
        }
        code t at 0xffffffff81e00000 trampoline {
        entry:
          swapgs
          movq %rax, utls_scratch
          movq utls_kpdirpa, %rax
          movq %rax, %cr3
          movq utls_scratch, %rax
          movq $0xffffc90000004000, %rsp
          jmp do_syscall
        }
        """
    }

    func testUTLSEntryProves() throws {
        let result = try checkSpec(spec(), options: CheckOptions(eventDepth: 0))
        XCTAssertFalse(result.hasErrors, "\(result.diagnostics)")
        for property in [PropertyID.cr3MatchesPrivilege, .accessesMapped, .stackIsKernel] {
            XCTAssertEqual(result.status(property), .proved, property.rawValue)
        }
    }

    func testWrongValueInTheFixedPageSelectsAUserTable() throws {
        // For CPU 1 the stride is wrong: 0x2000 is CPU 0's user table, not a kernel one.
        let result = try checkSpec(spec(kernelCR3Value: "0x1000 + c * 0x1000"), options: CheckOptions(eventDepth: 0))
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .violated)
        let counterexample = try XCTUnwrap(result.result(.cr3MatchesPrivilege)?.counterexamples.first)
        XCTAssertEqual(counterexample.indices.first { $0.name == "c" }?.value, 1, counterexample.reason)
    }

    func testFixedPageMissingFromTheUserTableIsAnUnmappedLoad() throws {
        let result = try checkSpec(spec(utlsMappedInUser: false), options: CheckOptions(eventDepth: 0))
        XCTAssertEqual(result.status(.accessesMapped), .violated)
        let counterexample = try XCTUnwrap(result.result(.accessesMapped)?.counterexamples.first)
        XCTAssertTrue(counterexample.reason.contains("utls_scratch"), counterexample.reason)
    }

    func testFieldKindsAreNotInterchangeable() throws {
        let throughGS = spec().replacingOccurrences(of: "movq utls_kpdirpa, %rax", with: "movq %gs:utls_kpdirpa, %rax")
        let (_, diagnostics) = Elaborator.load(SourceFile(path: "t.isospec", text: throughGS))
        XCTAssertEqual(diagnostics.first { $0.severity == .error }?.message.id, "elab.fixed-field-through-gs")
        let bare = spec().replacingOccurrences(of: "movq $0xffffc90000004000, %rsp", with: "movq krsp0, %rsp")
        let (_, bareDiagnostics) = Elaborator.load(SourceFile(path: "t.isospec", text: bare))
        XCTAssertEqual(bareDiagnostics.first { $0.severity == .error }?.message.id, "elab.gs-field-without-gs")
    }

    func testTheCPUFixedUserMemberMustBeAUserSpaceOfTheRightArity() throws {
        for (line, id) in [("user kernel[c]", "elab.wrong-space-kind"), ("user user[c, c]", "elab.arity")] {
            let text = spec().replacingOccurrences(of: "  user user[c]\n", with: "  \(line)\n")
            let (model, diagnostics) = Elaborator.load(SourceFile(path: "t.isospec", text: text))
            XCTAssertNil(model, line)
            XCTAssertEqual(diagnostics.first { $0.severity == .error }?.message.id, id, line)
        }
    }
}
