import IsocheckChecker
import IsocheckModel
import XCTest

/// `CheckOptions.offeredEvents`: only the listed asynchronous events are offered at instruction
/// boundaries, entry points are unaffected, and a restricted run says so and reports no
/// unreachable code.
final class OfferedEventsTests: XCTestCase {
    /// A SYSCALL entry that runs its first instructions at CPL0 on the user's RSP, with an NMI
    /// gate without IST: only an NMI there pushes a frame where nothing is mapped. The
    /// interrupt is enabled only once the kernel stack is loaded, and is harmless.
    static let spec = """
        principal task
        frame e at 0x200000 size 4K public
        frame ks at 0x300000 size 16K secret
        space kernel kernel root 0x1000 {
          map 0xffffffff81e00000 .. +4K -> e
          map 0xfffffe0000000000 .. +16K -> ks rw nx
        }
        space user user of task root 0x2000 {
          map 0xffffffff81e00000 .. +4K -> e
        }
        stack kstack = 0xfffffe0000000000 .. +16K
        handoff done
        cpu {
          user user
          kernel kernel
          kernel_cr3 = 0x1000
          user_cr3 = 0x2000
          kernel_rsp = 0xfffffe0000002000
          lstar entry
          vector 2 nmi
          vector 32 irq
        }
        code t at 0xffffffff81e00000 trampoline {
        entry:
          swapgs
          movq $0x1000, %rax
          movq %rax, %cr3
          movq $0xfffffe0000004000, %rsp
          sti
          nop
          cli
          jmp done
        nmi:
          iretq
        irq:
          iretq
        }
        """

    func check(offering vectors: Set<UInt64>?) throws -> SpecResult {
        try checkSpec(Self.spec, options: CheckOptions(eventDepth: 1, entryPoints: ["syscall"], offeredEvents: vectors))
    }

    /// Every event delivered along the counterexample traces of `result`.
    func deliveredEvents(_ result: SpecResult) -> Set<String> {
        Set(result.properties.flatMap(\.counterexamples).flatMap(\.trace).map(\.text).filter { $0.hasSuffix(" is delivered") })
    }

    func testTheNMIOnlyBugIsFoundWhenNMIIsOffered() throws {
        let result = try check(offering: [2])
        XCTAssertEqual(result.status(.accessesMapped), .violated)
        let counterexample = try XCTUnwrap(result.result(.accessesMapped)?.counterexamples.first)
        XCTAssertTrue(counterexample.reason.contains("NMI: frame push"), counterexample.reason)
        XCTAssertTrue(counterexample.trace.contains { $0.text == "NMI is delivered" })
        // A delivery fault becomes #DF, which is not offered but raised: nothing else is offered.
        XCTAssertTrue(deliveredEvents(result).isSubset(of: ["NMI is delivered", "#DF is delivered"]), "\(deliveredEvents(result))")
    }

    func testTheNMIOnlyBugIsNotFoundWhenOnlyInterruptsAreOffered() throws {
        let result = try check(offering: Set(32...255))
        for property in result.properties {
            XCTAssertNotEqual(property.status, .violated, "\(property.property.rawValue): \(property.counterexamples.map(\.reason))")
        }
        let statistics = try XCTUnwrap(result.execution)
        XCTAssertEqual(statistics.events, 2, "the interrupt is still offered where RFLAGS.IF is set: after sti and after nop")
        XCTAssertEqual(statistics.entryPoints, 1)
    }

    func testNoEventOfferedIsDepthZeroButSaysSo() throws {
        let restricted = try check(offering: [])
        XCTAssertEqual(restricted.execution?.events, 0)
        let depthZero = try checkSpec(Self.spec, options: CheckOptions(eventDepth: 0, entryPoints: ["syscall"]))
        XCTAssertEqual(restricted.execution?.paths, depthZero.execution?.paths, "entry points are not restricted")
        XCTAssertEqual(restricted.properties.map(\.status), depthZero.properties.map(\.status))
        XCTAssertTrue(restricted.diagnostics.contains { $0.message.id == "check.filtered-events" })
        XCTAssertFalse(depthZero.diagnostics.contains { $0.message.id == "check.filtered-events" })
    }

    func testARestrictedRunIsMarkedAndClaimsNoUnreachableCode() throws {
        let marked = try XCTUnwrap(try check(offering: [2, 18]).diagnostics.first { $0.message.id == "check.filtered-events" })
        XCTAssertEqual(marked.severity, .warning)
        XCTAssertTrue(marked.message.text.contains("NMI, #MC"), marked.message.text)
        XCTAssertTrue(marked.message.text.contains("covers no other event"), marked.message.text)
        let interrupts = try XCTUnwrap(try check(offering: Set(32...255)).diagnostics.first { $0.message.id == "check.filtered-events" })
        XCTAssertTrue(interrupts.message.text.contains("every external interrupt"), interrupts.message.text)
        XCTAssertFalse(CheckOptions(offeredEvents: [2]).coversEverything, "unreachable code is judged only on full runs")
        XCTAssertTrue(CheckOptions().coversEverything)
    }
}
