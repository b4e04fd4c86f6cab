import X86Decoding
import XCTest

/// What the decoder reports for the instructions the entry code is made of, including the
/// effects the assembly does not show. The lifter's soundness rests on these.
final class DecoderEffectTests: XCTestCase {
    let decoder = X86Decoder()

    func decode(_ bytes: [UInt8], at address: UInt64 = 0xffff_ffff_86e0_0080) throws -> DecodedInstruction {
        try decoder.decode(bytes[...], at: address)
    }

    func testStoreThroughGSKeepsTheSegmentAndTheOffset() throws {
        // mov %rsp,%gs:0x6014 (entry_SYSCALL_64+0x3 in the pti-on capture)
        let store = try decode([0x65, 0x48, 0x89, 0x24, 0x25, 0x14, 0x60, 0x00, 0x00])
        XCTAssertEqual(store.mnemonic, "mov")
        XCTAssertEqual(store.length, 9)
        XCTAssertEqual(store.text, "mov %rsp, %gs:0x6014")
        let destination = try XCTUnwrap(store.visibleOperands.first)
        guard case .memory(let memory) = destination.value else { return XCTFail("expected memory, got \(destination.value)") }
        XCTAssertEqual(memory.segment?.name, "gs")
        XCTAssertNil(memory.base)
        XCTAssertEqual(memory.absolute, 0x6014)
        XCTAssertTrue(destination.writes)
        XCTAssertFalse(destination.reads)
        XCTAssertEqual(destination.bits, 64)
    }

    func testPushWritesRSPAndMemoryItDoesNotShow() throws {
        let push = try decode([0x41, 0x53])  // push %r11
        XCTAssertEqual(push.visibleOperands.count, 1)
        let hidden = push.operands.filter { $0.visibility == .hidden }
        XCTAssertTrue(hidden.contains { if case .register(let r) = $0.value { r.name == "rsp" && $0.writes } else { false } },
                      "push must report its write of RSP: \(hidden)")
        XCTAssertTrue(hidden.contains { if case .memory(let m) = $0.value { m.base?.name == "rsp" && $0.writes } else { false } },
                      "push must report its store below RSP: \(hidden)")
    }

    func testSyscallAndSysretClobberRCXAndR11() throws {
        let sysret = try decode([0x48, 0x0f, 0x07])
        XCTAssertEqual(sysret.mnemonic, "sysret")
        XCTAssertEqual(sysret.operandBits, 64, "REX.W selects the 64-bit return")
        XCTAssertEqual(try decode([0x0f, 0x07]).operandBits, 32, "without REX.W SYSRET returns to compatibility mode")
        let syscall = try decode([0x0f, 0x05])
        let written = Set(syscall.operands.filter(\.writes).compactMap { if case .register(let r) = $0.value { r.name } else { nil } })
        XCTAssertTrue(written.isSuperset(of: ["rcx", "r11"]), "syscall writes \(written)")
    }

    func testRelativeBranchesCarryTheirAbsoluteTarget() throws {
        // call do_syscall_64 at entry_SYSCALL_64_after_hwframe+0x69 (pti-on)
        let call = try decode([0xe8, 0x9a, 0x3c, 0xe4, 0xff], at: 0xffff_ffff_86e0_0121)
        XCTAssertEqual(call.category, "CALL")
        XCTAssertEqual(call.branchTarget, 0xffff_ffff_86c4_3dc0)
        let jne = try decode([0x0f, 0x85, 0x0f, 0x10, 0x00, 0x00], at: 0xffff_ffff_86e0_013b)
        XCTAssertEqual(jne.mnemonic, "jnz")
        XCTAssertEqual(jne.category, "COND_BR")
        XCTAssertEqual(jne.branchTarget, 0xffff_ffff_86e0_1150)
        XCTAssertTrue(jne.flagsTested.contains(.zero))
        let indirect = try decode([0xff, 0xe0])  // jmp *%rax
        XCTAssertNil(indirect.branchTarget)
    }

    func testRIPRelativeOperandResolvesToAnAbsoluteAddress() throws {
        // verw -0x1e7(%rip) at entry_SYSRETQ_unsafe_stack+0x5 names x86_verw_sel
        let verw = try decode([0x0f, 0x00, 0x2d, 0x19, 0xfe, 0xff, 0xff], at: 0xffff_ffff_86e0_0220)
        guard case .memory(let memory)? = verw.visibleOperands.first?.value else { return XCTFail("expected memory") }
        XCTAssertEqual(memory.base?.name, "rip")
        XCTAssertEqual(memory.absolute, 0xffff_ffff_86e0_0040)
    }

    func testFlagsOfCompareAndMoves() throws {
        let compare = try decode([0x49, 0x39, 0xcb])  // cmp %rcx,%r11
        XCTAssertTrue(compare.flagsWritten.isSuperset(of: .status))
        XCTAssertTrue(try decode([0x48, 0x89, 0xe7]).flagsWritten.isEmpty, "mov changes no flag")
        XCTAssertTrue(try decode([0x9d]).flagsWritten.contains(.interrupt), "popfq writes IF")
    }

    func testTwoByteNopAndControlRegisterMoves() throws {
        XCTAssertEqual(try decode([0x66, 0x90]).mnemonic, "nop")
        let toCR3 = try decode([0x0f, 0x22, 0xdc])  // mov %rsp,%cr3
        XCTAssertEqual(toCR3.text, "mov %rsp, %cr3")
        guard case .register(let control)? = toCR3.visibleOperands.first?.value else { return XCTFail("expected a register") }
        XCTAssertEqual(control.name, "cr3")
        XCTAssertTrue(toCR3.visibleOperands[0].writes)
    }

    func testThirtyTwoBitRegistersNameTheirEnclosingRegister() throws {
        let xor = try decode([0x45, 0x31, 0xc0])  // xor %r8d,%r8d
        guard case .register(let register)? = xor.visibleOperands.first?.value else { return XCTFail("expected a register") }
        XCTAssertEqual(register.name, "r8d")
        XCTAssertEqual(register.bits, 32)
        XCTAssertEqual(register.enclosing, "r8")
    }

    func testBadBytesAreAnErrorWithTheAddress() {
        XCTAssertThrowsError(try decode([0x65, 0x48, 0x89], at: 0x1000)) { error in
            let decodeError = error as? DecodeError
            XCTAssertEqual(decodeError?.address, 0x1000)
            XCTAssertEqual(decodeError?.reason, "the bytes end inside an instruction")
        }
        XCTAssertThrowsError(try decode([0x06], at: 0x2000)) { error in  // push %es: invalid in 64-bit mode
            XCTAssertTrue((error as? DecodeError)?.description.contains("0x2000") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try decode([], at: 0x3000))
    }
}
