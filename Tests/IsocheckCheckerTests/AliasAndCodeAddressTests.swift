import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel
import XCTest

/// `alias` (two VAs, one memory: NetBSD's entry stack page) and `$label` (an instruction's
/// address as a value: FreeBSD's doreti_iret check).
final class AliasAndCodeAddressTests: XCTestCase {
    /// An interrupt from user mode arrives on a page the user table maps onto the kernel stack's
    /// last page; the handler switches to the kernel VA of the same bytes and reads CS back there.
    func spec(alias: Bool) -> String {
        """
        principal task
        frame e at 0x200000 size 4K public
        frame ks at 0x300000 size 8K {
          0 .. 4K: secret
          4K .. 8K: owned by task
        }
        space kernel kernel root 0x1000 {
          map 0xffffffff81e00000 .. +4K -> e
          map 0xffffc90000000000 .. +8K -> ks rw nx
        }
        space user user of task root 0x2000 {
          map 0xffffffff81e00000 .. +4K -> e
          map 0xfffffe0000000000 .. +4K -> ks + 4K rw nx
        }
        stack fake = 0xfffffe0000000000 .. +4K
        stack kstack = 0xffffc90000000000 .. +8K
        handoff work returns
        cpu {
          user user
          kernel kernel
          kernel_cr3 = 0x1000
          user_cr3 = 0x2000
          kernel_rsp = 0xffffc90000000800
          rsp0 = 0xfffffe0000001000
          vector 32 irq
          \(alias ? "alias 0xfffffe0000000000 .. +4K = 0xffffc90000001000" : "")
        }
        code t at 0xffffffff81e00000 trampoline {
        irq:
          testq $3, 8(%rsp)
          jz irq_kernel
          swapgs
          movq %cr3, %rax
          xorq $0x3000, %rax
          movq %rax, %cr3
          movq $0xffffc90000001fd8, %rsp
          call work
          testq $3, 8(%rsp)
          jz irq_return
          movq %cr3, %rax
          xorq $0x3000, %rax
          movq %rax, %cr3
          movq $0xfffffe0000000fd8, %rsp
          swapgs
          iretq
        irq_kernel:
          call work
        irq_return:
          iretq
        }
        """
    }

    func testAFrameWrittenThroughOneViewIsReadThroughTheOther() throws {
        let result = try checkSpec(spec(alias: true), options: CheckOptions(eventDepth: 0))
        for property in [PropertyID.cr3MatchesPrivilege, .accessesMapped, .gsMatchesPrivilege, .stackIsKernel] {
            XCTAssertEqual(result.status(property), .proved, property.rawValue)
        }
    }

    func testWithoutTheAliasTheReadBackIsUnknownAndBothReturnsAreExplored() throws {
        // Memory is tracked by VA: the kernel VA holds no store, so CS may be anything, and the
        // IRETQ that believes it returns to the kernel runs with the kernel table into user mode.
        let result = try checkSpec(spec(alias: false), options: CheckOptions(eventDepth: 0))
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .violated)
    }

    func testALabelAsAnImmediateIsItsInstructionsAddress() throws {
        let text = spec(alias: true).replacingOccurrences(of: "  call work\n  testq", with: "  movq $irq_return, %rdx\n  call work\n  testq")
        let (model, diagnostics) = Elaborator.load(SourceFile(path: "t.isospec", text: text))
        XCTAssertTrue(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let block = try XCTUnwrap(model?.program.blocks.first)
        let load = try XCTUnwrap(block.instructions.first { $0.text.contains("$irq_return") })
        guard case .immediate(let value) = load.operands[0] else { return XCTFail("not an immediate") }
        let target = try XCTUnwrap(block.instructions.lastIndex { $0.text.contains("iretq") })
        XCTAssertEqual(value.constantValue, CodeAddress.token(block: 0, index: target))
        XCTAssertEqual(CodeAddress.location(ofToken: CodeAddress.token(block: 0, index: target))?.index, target)
        // Tokens are not canonical, so no RIP the CPU pushes for real code can equal one.
        let token = CodeAddress.token(block: 0, index: target)
        XCTAssertFalse(token >> 47 == 0 || token >> 47 == 0x1ffff)
    }
}
