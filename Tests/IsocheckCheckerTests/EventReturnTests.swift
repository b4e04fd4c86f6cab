import IsocheckChecker
import IsocheckModel
import XCTest

/// After an event returns, the interrupted code goes on with whatever the handler left behind.
final class EventReturnTests: XCTestCase {
    /// Kernel code saves its CR3 on the stack; an interrupt handler on the same stack overwrites
    /// that slot (above its own frame) and restores every register, so only the stack shows it.
    func spec(handlerStore: String) -> String {
        """
        principal task
        frame k at 0x100000 size 64K secret
        frame e at 0x200000 size 4K public
        space kernel kernel root 0x1000 {
          map 0xffffffff81e00000 .. +4K -> e
          map 0xffffc90000000000 .. +64K -> k rw nx
        }
        space user user of task root 0x2000 {
          map 0xffffffff81e00000 .. +4K -> e
        }
        stack ks = 0xffffc90000000000 .. +64K
        handoff done
        cpu {
          user user
          kernel kernel
          kernel_cr3 = 0x1000
          user_cr3 = 0x2000
          kernel_rsp = 0xffffc90000008000
          vector 32 irq
          exit start
        }
        code t at 0xffffffff81e00000 trampoline {
        start:
          movq %cr3, %rax
          pushq %rax
          sti
          nop
          cli
          popq %rax
          movq %rax, %cr3
          jmp done
        irq:
          \(handlerStore)
          iretq
        }
        """
    }

    func testHandlerThatCorruptsTheInterruptedStackIsFollowed() throws {
        // The CPU aligns RSP down to 16 before the 5-qword frame, so the interrupted code's saved
        // CR3 is at 48(%rsp) (40 would hit the alignment padding).
        let result = try checkSpec(spec(handlerStore: "movq $0x1234000, 48(%rsp)"), options: CheckOptions(eventDepth: 1))
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .violated, "the corrupted CR3 selects no table")
    }

    func testVectorHandedStraightToKernelProperGetsItsChecks() throws {
        // From user mode the gate leads directly to a hand-off: the user table is still loaded.
        let text = """
            principal task
            frame e at 0x200000 size 4K public
            frame es at 0x300000 size 4K public
            space kernel kernel root 0x1000 {
              map 0xffffffff81e00000 .. +4K -> e
              map 0xfffffe0000000000 .. +4K -> es rw nx
            }
            space user user of task root 0x2000 {
              map 0xffffffff81e00000 .. +4K -> e
              map 0xfffffe0000000000 .. +4K -> es rw nx
            }
            stack entry_stack = 0xfffffe0000000000 .. +4K
            handoff done
            cpu {
              user user
              kernel kernel
              kernel_cr3 = 0x1000
              user_cr3 = 0x2000
              kernel_rsp = 0xfffffe0000000800
              rsp0 = 0xfffffe0000001000
              vector 32 done
            }
            code t at 0xffffffff81e00000 trampoline {
            x:
              jmp done
            }
            """
        let result = try checkSpec(text, options: CheckOptions(eventDepth: 0))
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .violated)
        XCTAssertEqual(result.status(.accessesMapped), .proved)
    }

    func testHandlerThatLeavesTheStackAloneProves() throws {
        let result = try checkSpec(spec(handlerStore: "nop"), options: CheckOptions(eventDepth: 1))
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .proved)
    }
}
