import IsocheckModel
import XCTest

/// Operand sizes in code sections: the suffix or the registers' names give it, and forms the
/// model would get wrong are errors at their place, never a silent 64-bit reading.
final class OperandSizeDiagnosticsTests: XCTestCase {
    func code(_ line: String) -> String { "code c at 0x1000 {\n  \(line)\n  hlt\n}\n" }

    func testMixedRegisterSizesAreAnError() {
        assertDiagnostic(code("movq %1️⃣eax, %rbx"), id: "elab.operand-size", messageContains: "64-bit registers")
        assertDiagnostic(code("addl %eax, %1️⃣rbx"), id: "elab.operand-size", messageContains: "32-bit registers")
    }

    func testNarrowStoresAndNarrowArithmeticAreRefused() {
        assertDiagnostic(code("1️⃣movl %eax, 8(%rsp)"), id: "elab.operand-size", messageContains: "narrow stores to memory are not modelled")
        assertDiagnostic(code("1️⃣andb $1, 8(%rsp)"), id: "elab.operand-size", messageContains: "test and cmp only")
    }

    func testMovslqNeedsAThirtyTwoBitSource() {
        assertDiagnostic(code("1️⃣movslq %rax, %rbx"), id: "elab.operand-size", messageContains: "movslq %eax, %rsi")
    }

    func testShiftCountsAreImmediates() {
        assertDiagnostic(code("shlq %1️⃣rcx, %rax"), id: "elab.bad-operand", messageContains: "constant immediate count")
    }

    func testSuffixesAndRegistersGiveTheWidth() throws {
        let source = """
            code c at 0x1000 {
              testb $3, 8(%rsp)
              cmpl $0x33, 8(%rsp)
              movl %eax, %ebx
              xorl %eax, %eax
              andq $1, %rax
              movslq %eax, %rsi
              shrq $3, %rdx
              cld
              hlt
            }

            """
        let (model, diagnostics) = Elaborator.load(.init(path: "t.isospec", text: source))
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.message.text), [])
        let instructions = try XCTUnwrap(model?.program.blocks.first?.instructions)
        XCTAssertEqual(instructions.map(\.width), [8, 32, 32, 32, 64, 64, 64, 64, 64])
        XCTAssertEqual(instructions.map(\.opcode), [.test, .cmp, .mov, .xor, .and, .movslq, .shr, .nop, .stop])
    }
}
