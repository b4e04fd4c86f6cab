import IsocheckChecker
import IsocheckModel
import IsocheckReference
import XCTest

/// Shifts, sign extension, narrow operand sizes and verw (the forms lifted Linux entry code
/// needs), checked by assertions in the bundled trampoline's syscall entry: the executor and
/// the code reference must both prove them, and both must find the assertion that a wrong
/// expected value makes false.
final class InstructionSemanticsTests: XCTestCase {
    /// Runs on the kernel stack and kernel table, after the syscall entry saved the user state.
    static func snippet(canonical: String = "0xffff800012345678") -> String {
        """
          pushq %rcx
          movq $0xffff800012345678, %rax          # the canonical check of the SYSRET path
          shlq $16, %rax
          sarq $16, %rax
          assert %rax == \(canonical)
          movq $0x0000800012345678, %rax          # non-canonical: it does not survive
          shlq $16, %rax
          sarq $16, %rax
          assert %rax == 0xffff800012345678
          shrq $60, %rax
          assert %rax == 0xf
          movq $0x8000000000000000, %rax          # shl: CF is the bit shifted out, ZF the result
          shlq $1, %rax
          movq $1, %rdx
          jnc sem_shl_done
          jnz sem_shl_done
          movq $0, %rdx
        sem_shl_done:
          assert %rdx == 0
          movq $3, %rax                           # sar: CF is bit 0
          sarq $1, %rax
          movq $1, %rdx
          jnc sem_sar_done
          movq $0, %rdx
        sem_sar_done:
          assert %rdx == 0 && %rax == 1
          movq $0x12345678ffffff80, %rax          # movslq sign-extends the low half
          movslq %eax, %rdx
          assert %rdx == 0xffffffffffffff80
          movq $0xffffffff12345678, %rax          # 32-bit results zero-extend
          movl %eax, %eax
          assert %rax == 0x12345678
          movq $0xffffffff12345678, %rax
          andl $0xffff0000, %eax
          assert %rax == 0x12340000
          xorl %eax, %eax
          assert %rax == 0
          movq $0x100000033, %rax                 # cmpl compares the low 32 bits only
          pushq %rax
          movq $1, %rdx
          cmpl $0x33, (%rsp)
          jne sem_cmpl_done
          movq $0, %rdx
        sem_cmpl_done:
          assert %rdx == 0
          movq $0x80, %rax                        # testb's sign is bit 7
          movq %rax, (%rsp)
          movq $1, %rdx
          testb $0x80, (%rsp)
          jns sem_testb_done
          jz sem_testb_done
          movq $0, %rdx
        sem_testb_done:
          assert %rdx == 0
          verw (%rsp)                             # a checked read; ZF becomes unknown
          popq %rax
          popq %rcx

        """
    }

    func system(canonical: String = "0xffff800012345678") throws -> SystemModel {
        try system(snippet: Self.snippet(canonical: canonical))
    }

    func system(snippet: String) throws -> SystemModel {
        let text = try String(contentsOf: packageRoot.appendingPathComponent(CodeReferenceTests.trampoline), encoding: .utf8)
        let anchor = "  pushq %rcx\n  jmp do_syscall\n"
        let range = try XCTUnwrap(text.range(of: anchor), "the trampoline's syscall entry changed")
        return try elaborateSpec(text.replacingCharacters(in: range, with: "  pushq %rcx\n" + snippet + "  jmp do_syscall\n"))
    }

    func verdicts(_ model: SystemModel) throws -> (executor: PropertyStatus?, referenceViolated: Bool, undecided: [String]) {
        let smt = Checker.check(model, options: CheckOptions(eventDepth: 0, entryPoints: ["syscall"]), jobs: 1)
        XCTAssertFalse(smt.hasErrors, "\(smt.diagnostics.map(\.message.text))")
        let reference = try CodeReference(model: model, domains: ["ncpu": [1], "nproc": [1]], eventBound: 0, entryPoints: ["syscall"]).evaluate()
        return (smt.properties.first { $0.property == .assertions }?.status, reference.isViolated(.assertions), reference.undecided)
    }

    func testExecutorAndReferenceComputeTheNewFormsAlike() throws {
        let right = try verdicts(try system())
        XCTAssertEqual(right.executor, .proved)
        XCTAssertFalse(right.referenceViolated)
        XCTAssertEqual(right.undecided, [])
        // The same code with one wrong expectation: both sides must see the assertion fail.
        let wrong = try verdicts(try system(canonical: "0x0000800012345678"))
        XCTAssertEqual(wrong.executor, .violated)
        XCTAssertTrue(wrong.referenceViolated)
    }

    /// A load whose address depends on a user register: the path cannot tell which of two stack
    /// slots it reads, so the value must be one of the two stored there. An unconstrained unknown
    /// in its place fails the first assertion with a value no run can load (a false alarm that
    /// the generated-code differential found, through a user-chosen RSP in an NMI handler).
    static func slotChoice(expected: String) -> String {
        """
          movq $5, %rax
          pushq %rax
          movq $7, %rax
          pushq %rax
          movq %rdi, %rbx                         # user-chosen: selects a slot below
          andq $8, %rbx
          addq %rsp, %rbx
          movq (%rbx), %rdx
          assert \(expected)
          popq %rax
          popq %rax

        """
    }

    func testALoadTheAddressOfWhichThePathCannotPinFindsWhatWasStoredThere() throws {
        let right = try verdicts(try system(snippet: Self.slotChoice(expected: "%rdx == 5 || %rdx == 7")))
        XCTAssertEqual(right.executor, .proved)
        XCTAssertFalse(right.referenceViolated)
        XCTAssertEqual(right.undecided, [])
        // RDI = 0 reads the slot pushed last: both sides must see that it is not 5.
        let wrong = try verdicts(try system(snippet: Self.slotChoice(expected: "%rdx == 5")))
        XCTAssertEqual(wrong.executor, .violated)
        XCTAssertTrue(wrong.referenceViolated)
    }
}
