import IsocheckImport
import IsocheckModel
import X86Decoding
import XCTest

/// Lifting reached instructions into the model: exact translations or a refusal naming the
/// instruction, never a silent skip.
final class LiftingTests: XCTestCase {
    func lift(_ configuration: String, from symbols: [String]) throws -> (CapturedCode, LiftedCode) {
        let code = try CodeData.code(configuration)
        let entries = try symbols.map { try XCTUnwrap(code.symbol(named: $0)).address }
        let walk = MachineCodeWalk(code: code, walked: ["entry-text", "thunks-text"], entries: entries)
        return (code, LiftedCode(walk: walk, code: code, listingPath: "lifted.s"))
    }

    func testEveryReachedInstructionIsEitherLiftedOrRefusedWithItsPlace() throws {
        let (_, lifted) = try lift("pti-on", from: ["entry_SYSCALL_64"])
        let liftedCount = lifted.blocks.reduce(0) { $0 + $1.instructions.count }
        XCTAssertEqual(liftedCount + lifted.refusals.count, lifted.instructionCount)
        XCTAssertEqual(lifted.listing.text.split(separator: "\n").count, lifted.instructionCount + 1, "a header and one line each")
        for refusal in lifted.refusals {
            XCTAssertTrue(lifted.listing.lineText(refusal.range.start.line).contains("# not modelled: \(refusal.reason)"),
                          "the listing line of \(refusal.place) names the refusal")
        }
    }

    func testSyscallEntryLiftsToTheModelsInstructions() throws {
        let (_, lifted) = try lift("pti-on", from: ["entry_SYSCALL_64"])
        let block = try XCTUnwrap(lifted.blocks.first { $0.name == "entry-text" })
        guard case .instruction(let blockIndex, let start)? = lifted.labels["entry_SYSCALL_64"] else {
            return XCTFail("no label at entry_SYSCALL_64")
        }
        XCTAssertEqual(lifted.blocks[blockIndex].name, "entry-text")
        let head = block.instructions[start..<start + 7]
        XCTAssertEqual(head.map(\.opcode), [.swapgs, .mov, .nop, .mov, .nop, .and, .mov])
        // mov %rsp,%gs:0x6014: the user RSP saved in TSS.sp2, a per-CPU cell of its own.
        guard case .register(.rsp) = head[start + 1].operands[0],
              case .perCPU(let field, _) = head[start + 1].operands[1] else { return XCTFail("\(head[start + 1].operands)") }
        XCTAssertEqual(field, "%gs:0x6014")
        // mov %cr3,%rsp ... mov %rsp,%cr3, in AT&T order
        guard case .cr3 = head[start + 3].operands[0], case .cr3 = head[start + 6].operands[1] else {
            return XCTFail("CR3 operands out of order")
        }
        guard case .immediate(.literal(let mask)) = head[start + 5].operands[0] else { return XCTFail("and without its mask") }
        XCTAssertEqual(mask, 0xffff_ffff_ffff_e7ff, "PTI_USER_PGTABLE_AND_PCID_MASK cleared, sign-extended")
        XCTAssertEqual(lifted.handoffs.first { $0.address == 0xffff_ffff_86c4_3dc0 }?.returns, true, "call do_syscall_64")
        // TSS.sp2 and sp0, cpu_current_top_of_stack; espfix_waddr and espfix_stack on the IRET
        // exit to a 16-bit stack, which the slow exit reaches.
        XCTAssertEqual(Set(lifted.perCPUFields.keys), [0x6004, 0x6014, 0x1fb50, 0x19000, 0x19008])
    }

    func testRefusalsAreTheInstructionsTheModelWouldGetWrong() throws {
        let (code, lifted) = try lift("pti-on", from: ["entry_SYSCALL_64"])
        let refused = Dictionary(grouping: lifted.refusals, by: { $0.text.split(separator: " ").first.map(String.init) ?? "" })
        // The canonical-RCX check of the SYSRET path shifts; movslq sign-extends the syscall
        // number; verw is the MDS buffer clear; 32-bit ALU forms zero-extend.
        XCTAssertTrue(Set(refused.keys).isSuperset(of: ["shl", "sar", "movsxd", "verw"]), "\(refused.keys.sorted())")
        for refusal in lifted.refusals {
            XCTAssertEqual(code.describe(refusal.address), refusal.place)
            XCTAssertFalse(refusal.reason.isEmpty)
        }
    }

    func testThirtyTwoBitIdiomsLiftOnlyWhereExact() throws {
        let lifting = try lift("pti-on", from: ["entry_SYSCALL_64"]).1
        let all = lifting.blocks.flatMap(\.instructions)
        let xorR8 = try XCTUnwrap(all.first { $0.text.hasSuffix("xor %r8d, %r8d") })
        guard case .register(.r8) = xorR8.operands[0], case .register(.r8) = xorR8.operands[1] else {
            return XCTFail("xor %r8d,%r8d is xor %r8,%r8: \(xorR8.operands)")
        }
        XCTAssertTrue(lifting.refusals.contains { $0.text == "mov %edx, %eax" } || !all.contains { $0.text.hasSuffix("mov %edx, %eax") },
                      "a 32-bit register move zero-extends; it must not lift to a 64-bit move")
    }
}
