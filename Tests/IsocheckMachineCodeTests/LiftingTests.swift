import IsocheckImport
@testable import IsocheckModel
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

    /// Return addresses and interrupted RIPs are real VAs in lifted code, so the entry code's
    /// comparisons of a frame's RIP with a symbol see what the CPU would put there.
    func testLiftedInstructionsAreAddressedByTheirVAs() throws {
        let (code, lifted) = try lift("pti-on", from: ["asm_exc_page_fault", "entry_SYSCALL_64"])
        var program = Program()
        program.blocks = lifted.blocks
        let iret = try XCTUnwrap(code.symbol(named: "native_irq_return_iret")).address
        let location = try XCTUnwrap(program.location(of: iret))
        XCTAssertTrue(program.blocks[location.block].instructions[location.index].text.hasPrefix("native_irq_return_iret: iretq"))
        XCTAssertEqual(program.address(block: location.block, index: location.index), iret)
        // The instruction after the call of error_entry: the return address the call pushes.
        guard case .instruction(let block, let call)? = lifted.labels["asm_exc_page_fault+0x4"] else { return XCTFail("no call site") }
        XCTAssertEqual(program.address(block: block, index: call + 1), 0xffff_ffff_86e0_0be9)
        XCTAssertEqual(program.blocks[block].instructions[call + 1].text, "asm_exc_page_fault+0x9: mov %rax, %rsp")
        XCTAssertNil(program.location(of: iret + 1), "inside an instruction is no instruction")
        XCTAssertTrue(program.liftedCodeContains(iret + 1))
        XCTAssertFalse(program.liftedCodeContains(0xffff_ffff_8000_0000))
        // Hand-written code keeps tokens, which are not canonical addresses.
        let token = CodeAddress.token(block: 7, index: 3)
        XCTAssertEqual(program.location(of: token)?.index, 3)
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

    func testEveryInstructionLSTARAndTheGatesReachIsModelled() throws {
        let code = try CodeData.code("pti-on")
        let entries = [try XCTUnwrap(code.lstar)] + code.gates.map(\.handler).filter { code.blob(containing: $0)?.name == "entry-text" }
        let walk = MachineCodeWalk(code: code, walked: ["entry-text", "thunks-text"], entries: entries)
        let lifted = LiftedCode(walk: walk, code: code, listingPath: "lifted.s")
        XCTAssertEqual(lifted.instructionCount, 1227)
        XCTAssertEqual(lifted.refusals.map(\.place), [], lifted.refusals.map { "\($0.place) \($0.text): \($0.reason)" }.joined(separator: "\n"))
        // paranoid_entry's FSGSBASE path, as the model takes it.
        let all = lifted.blocks.flatMap(\.instructions)
        let rdgsbase = try XCTUnwrap(all.first { $0.text.hasPrefix("paranoid_entry+0x62:") })
        XCTAssertEqual(rdgsbase.opcode, .rdgsbase)
        let lsl = try XCTUnwrap(all.first { $0.text.hasPrefix("paranoid_entry+0x6e:") })
        guard lsl.opcode == .lsl, case .register(.rax) = lsl.operands[0], case .register(.rax) = lsl.operands[1] else { return XCTFail("\(lsl)") }
        let load = try XCTUnwrap(all.first { $0.text.hasPrefix("paranoid_entry+0x78:") })
        guard case .scaled(.rax, 8, .literal(0xffff_ffff_8761_cb60)) = load.operands[0] else { return XCTFail("__per_cpu_offset[%rax]: \(load.operands)") }
        XCTAssertEqual(try XCTUnwrap(all.first { $0.text.hasPrefix("paranoid_entry+0x80:") }).opcode, .wrgsbase)
    }

    func testSyscallPathLiftsCompletelyWithItsNarrowAndShiftForms() throws {
        let (_, lifted) = try lift("pti-on", from: ["entry_SYSCALL_64"])
        XCTAssertTrue(lifted.refusals.isEmpty, lifted.refusals.map { "\($0.place) \($0.text): \($0.reason)" }.joined(separator: "\n"))
        let all = lifted.blocks.flatMap(\.instructions)
        func find(_ suffix: String) throws -> Instruction { try XCTUnwrap(all.first { $0.text.hasSuffix(suffix) }, suffix) }
        XCTAssertEqual(try find("xor %r8d, %r8d").width, 32)
        XCTAssertEqual(try find("movsxd %eax, %rsi").opcode, .movslq)
        let shl = try find("shl $0x10, %rcx")
        XCTAssertEqual(shl.opcode, .shl)
        XCTAssertEqual(try find("sar $0x10, %rcx").opcode, .sar)
        let testb = try find("testb $0x04, 0x20(%rsp)")
        XCTAssertEqual(testb.width, 8)
        guard case .memory(.rsp, .literal(0x20)) = testb.operands[1] else { return XCTFail("\(testb.operands)") }
        let andEAX = try find("and $0xffff0000, %eax")
        XCTAssertEqual(andEAX.width, 32)
        let verw = try find("verw 0xffffffff86e00040")
        guard case .absolute(.literal(0xffff_ffff_86e0_0040)) = verw.operands[0] else { return XCTFail("\(verw.operands)") }
    }
}

/// Instructions the lifter must refuse, decoded from bytes: each would be wrong if lifted.
final class LiftRefusalTests: XCTestCase {
    func lift(_ bytes: [UInt8]) throws -> Result<Instruction.Parts, LiftRefusal> {
        let decoded = try X86Decoder().decode(bytes[...], at: 0xffff_ffff_8100_0000)
        return InstructionLifting(label: { String($0, radix: 16) }, perCPUField: { "%gs:\($0)" }).lift(decoded)
    }

    func refusal(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        switch try lift(bytes) {
        case .success(let parts): XCTFail("lifted as \(parts.opcode)", file: file, line: line); return ""
        case .failure(let refusal): return refusal.reason
        }
    }

    func testWhatTheModelWouldGetWrongIsRefused() throws {
        XCTAssertTrue(try refusal([0x88, 0x07]).contains("the register %al"), "mov %al,(%rdi): an 8-bit register")
        XCTAssertTrue(try refusal([0x89, 0x07]).contains("narrow stores to memory"), "mov %eax,(%rdi): a 32-bit store")
        XCTAssertTrue(try refusal([0xff, 0xe0]).contains("indirect"), "jmp *%rax")
        XCTAssertTrue(try refusal([0x0f, 0x07]).contains("compatibility mode"), "sysretl")
        XCTAssertTrue(try refusal([0x48, 0x0f, 0xa3, 0x38]).contains("register offset on memory"), "bt %rdi,(%rax)")
        XCTAssertTrue(try refusal([0x48, 0xd3, 0xe0]).contains("%cl"), "shl %cl,%rax: a count in a register")
        XCTAssertTrue(try refusal([0x48, 0x8b, 0x04, 0xc3]).contains("both a base and an index"), "mov (%rbx,%rax,8),%rax")
        XCTAssertTrue(try refusal([0x0f, 0x01, 0xf9]).contains("the model has no 'rdtscp'"), "rdtscp")
        XCTAssertTrue(try refusal([0x0f, 0x30]).contains("no 'wrmsr'"))
        XCTAssertTrue(try refusal([0x66, 0x6a, 0x01]).contains("moves RSP by 2 bytes"), "pushw $1")
        XCTAssertTrue(try refusal([0x65, 0x48, 0x8b, 0x07]).contains("%gs operand with a register"), "mov %gs:(%rdi),%rax")
    }

    func testExactFormsLift() throws {
        guard case .success(let xor) = try lift([0x31, 0xf6]) else { return XCTFail("xor %esi,%esi") }
        XCTAssertEqual(xor.width, 32)
        guard case .success(let lea) = try lift([0x48, 0x8d, 0x0d, 0x81, 0xfc, 0xff, 0xff]) else { return XCTFail("lea rip") }
        XCTAssertEqual(lea.opcode, .mov, "lea of a RIP-relative address is a constant")
        guard case .immediate(.literal(0xffff_ffff_80ff_fc88)) = lea.operands[0] else { return XCTFail("\(lea.operands)") }
        guard case .success(let cld) = try lift([0xfc]) else { return XCTFail("cld") }
        XCTAssertEqual(cld.opcode, .nop)
        guard case .success(let scaled) = try lift([0x48, 0x8b, 0x04, 0xc5, 0x00, 0x10, 0x00, 0x00]),
              case .scaled(.rax, 8, .literal(0x1000)) = scaled.operands[0] else { return XCTFail("mov 0x1000(,%rax,8),%rax") }
        guard case .success(let lsl) = try lift([0x48, 0x0f, 0x03, 0xc0]), lsl.opcode == .lsl else { return XCTFail("lsl %ax,%rax") }
        guard case .success(let wrgsbase) = try lift([0xf3, 0x48, 0x0f, 0xae, 0xd8]), wrgsbase.opcode == .wrgsbase,
              case .register(.rax) = wrgsbase.operands[0] else { return XCTFail("wrgsbase %rax") }
    }
}
