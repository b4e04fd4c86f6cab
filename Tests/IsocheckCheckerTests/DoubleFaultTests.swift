import IsocheckChecker
import XCTest

/// A fault while the CPU pushes an event's frame becomes #DF (DESIGN.md §2), whichever slot of
/// the frame faults. The #DF handler here hands off on whatever table is loaded, so it breaks
/// cr3-matches-privilege exactly when it runs after an event from user mode.
final class DoubleFaultTests: XCTestCase {
    /// The NMI's IST stack starts `istOffset` bytes into the entry area, below which nothing is
    /// mapped: at 0x10 the first two slots of the frame (SS, RSP) fit and the third does not.
    static func spec(istOffset: Int) -> String {
        """
        principal proc
        frame text at 0x1000000 size 4K public
        frame area at 0x3000000 size 12K public
        frame upage at 0x4000000 size 4K owned by proc
        space kernel kernel root 0x100000 {
          map 0xffffffff81000000 .. +4K -> text
          map 0xfffffe0000000000 .. +12K -> area rw nx
          map 0x400000 .. +4K -> upage rw user nx
        }
        region low = 0 .. 0x800000000000
        region entry_text = 0xffffffff81000000 .. +4K
        region entry_area = 0xfffffe0000000000 .. +12K
        space user user of proc root 0x101000 {
          from kernel only low, entry_text, entry_area
        }
        stack estacks = 0xfffffe0000000000 .. +12K
        handoff done
        cpu {
          user user
          kernel kernel
          kernel_cr3 = 0x100000
          user_cr3 = 0x101000
          ist1 = 0xfffffe0000000000 + \(istOffset)
          ist2 = 0xfffffe0000000000 + 12K
          vector 2 nmi ist 1
          vector 8 df ist 2
        }
        code tramp at 0xffffffff81000000 trampoline {
        nmi:
          movq %cr3, %rax
          andq $~0x1000, %rax
          movq %rax, %cr3
          jmp done
        df:
          jmp done
        }
        """
    }

    static let nmiFromUser = CheckOptions(eventDepth: 0, entryPoints: ["vector 2 from user"])

    func testAFaultOnALaterSlotOfTheFrameRaisesDoubleFault() throws {
        let result = try checkSpec(Self.spec(istOffset: 0x10), options: Self.nmiFromUser)
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .violated)
        let viaDoubleFault = (result.result(.cr3MatchesPrivilege)?.counterexamples ?? []).filter { counterexample in
            counterexample.trace.contains { $0.text.contains("#DF is delivered") } && counterexample.location.line == 35
        }
        XCTAssertFalse(viaDoubleFault.isEmpty, "the #DF handler's hand-off on the user table: \(result.result(.cr3MatchesPrivilege)?.counterexamples.map(\.reason) ?? [])")
        // The push that faults is the third, RFLAGS: SS and RSP fit above the unmapped page.
        let pushes = (result.result(.accessesMapped)?.counterexamples ?? []).map(\.reason)
        XCTAssertTrue(pushes.contains { $0.contains("frame push (RFLAGS)") }, "\(pushes)")
        XCTAssertFalse(pushes.contains { $0.contains("frame push (SS)") || $0.contains("frame push (RSP)") }, "\(pushes)")
    }

    func testAFrameThatFitsRaisesNoDoubleFault() throws {
        // 0x30 holds all five slots: the #DF handler never runs, and the NMI handler switches CR3.
        let result = try checkSpec(Self.spec(istOffset: 0x30), options: Self.nmiFromUser)
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .proved)
        XCTAssertEqual(result.status(.accessesMapped), .proved)
    }
}

