import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel
import IsocheckReference
import XCTest

/// `handoff NAME returns %rax = EXPR copying BYTES from %REG` (Linux's sync_regs): the executor
/// and the code reference both give %rax the result and copy the qwords, so code after the call
/// reads the copy; a wrong expectation fails in both, and without the copy the words are unknown.
final class HandoffResultTests: XCTestCase {
    static let destination = "KSTACK_VA + 0x100"

    static func snippet(expected: String) -> String {
        """
          pushq $0x1234
          pushq $0x5678
          movq %rsp, %rdi
          call sem_copy_regs
          assert %rax == \(destination)
          movq 8(%rax), %rdx
          assert %rdx == \(expected)
          movq (%rax), %rdx
          assert %rdx == 0x5678
          popq %rdx
          popq %rdx

        """
    }

    func system(expected: String = "0x1234", copying: Bool = true) throws -> SystemModel {
        let text = try String(contentsOf: packageRoot.appendingPathComponent(CodeReferenceTests.trampoline), encoding: .utf8)
        let anchor = "  pushq %rcx\n  jmp do_syscall\n"
        let range = try XCTUnwrap(text.range(of: anchor), "the trampoline's syscall entry changed")
        let handoff = "handoff sem_copy_regs returns %rax = \(Self.destination)" + (copying ? " copying 16 from %rdi" : "") + "\n"
        return try elaborateSpec(text.replacingCharacters(in: range, with: "  pushq %rcx\n" + Self.snippet(expected: expected) + "  jmp do_syscall\n") + "\n" + handoff)
    }

    func verdicts(_ model: SystemModel) throws -> (executor: PropertyStatus?, referenceViolated: Bool, undecided: [String]) {
        let smt = Checker.check(model, options: CheckOptions(eventDepth: 0, entryPoints: ["syscall"]), jobs: 1)
        XCTAssertFalse(smt.hasErrors, "\(smt.diagnostics.map(\.message.text))")
        let reference = try CodeReference(model: model, domains: ["ncpu": [1], "nproc": [1]], eventBound: 0, entryPoints: ["syscall"]).evaluate()
        return (smt.properties.first { $0.property == .assertions }?.status, reference.isViolated(.assertions), reference.undecided)
    }

    func testTheResultAndTheCopyReachTheCodeAfterTheCall() throws {
        let right = try verdicts(try system())
        XCTAssertEqual(right.executor, .proved)
        XCTAssertFalse(right.referenceViolated)
        XCTAssertEqual(right.undecided, [])
        let wrong = try verdicts(try system(expected: "0x1235"))
        XCTAssertEqual(wrong.executor, .violated)
        XCTAssertTrue(wrong.referenceViolated)
    }

    func testWithoutTheCopyTheDestinationHoldsAnything() throws {
        let uncopied = try verdicts(try system(copying: false))
        XCTAssertEqual(uncopied.executor, .violated)
    }

    func testBadSummariesAreErrorsAtTheirPlace() throws {
        let cases: [(String, String, Int)] = [
            ("handoff f returns %rbx = 1\n", "expected 'rax': a C function returns its value in %rax", 20),
            ("handoff f returns %rax = 1 copying 16 from %rax\n", "elab.handoff-copy-source", 45),
            ("handoff f returns %rax = 1 copying 12 from %rdi\n", "elab.handoff-copy-size", 36),
            ("handoff f returns %rax = 1 copying 16 from %foo\n", "elab.handoff-copy-source", 45),
        ]
        for (line, expected, column) in cases {
            let (model, diagnostics) = Elaborator.load(SourceFile(path: "bad.isospec", text: line))
            XCTAssertNil(model, line)
            let error = try XCTUnwrap(diagnostics.first { $0.severity == .error }, line)
            XCTAssertTrue(error.message.id == expected || error.message.text.hasPrefix(expected), "\(line): \(error.message.id) \(error.message.text)")
            XCTAssertEqual(error.location?.line, 1, line)
            XCTAssertEqual(error.location?.column, column, line)
        }
    }
}
