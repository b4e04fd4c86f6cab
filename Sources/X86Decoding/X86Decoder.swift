import CZydis

/// Decodes 64-bit x86 machine code with Zydis, keeping every operand the instruction touches
/// (explicit, implicit and hidden) so a lifter can account for all of its effects.
public struct X86Decoder: @unchecked Sendable {
    // Both are plain C structs configured once and only read afterwards; Zydis keeps no global
    // state, so copies may decode on any thread.
    private var decoder = ZydisDecoder()
    private var formatter = ZydisFormatter()

    public init() {
        let decoderStatus = ZydisDecoderInit(&decoder, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64)
        var formatterStatus = ZydisFormatterInit(&formatter, ZYDIS_FORMATTER_STYLE_ATT)
        // Closer to objdump's AT&T text: lower-case hex, no zero padding of addresses, immediates
        // in the operand's width rather than negative.
        let properties: [(ZydisFormatterProperty, ZyanUPointer)] = [
            (ZYDIS_FORMATTER_PROP_HEX_UPPERCASE, 0),
            (ZYDIS_FORMATTER_PROP_ADDR_PADDING_ABSOLUTE, ZyanUPointer(bitPattern: Int(ZYDIS_PADDING_DISABLED.rawValue))),
            (ZYDIS_FORMATTER_PROP_ADDR_PADDING_RELATIVE, ZyanUPointer(bitPattern: Int(ZYDIS_PADDING_DISABLED.rawValue))),
            (ZYDIS_FORMATTER_PROP_IMM_SIGNEDNESS, ZyanUPointer(ZYDIS_SIGNEDNESS_UNSIGNED.rawValue)),
        ]
        for (property, value) in properties where Self.succeeded(formatterStatus) {
            formatterStatus = ZydisFormatterSetProperty(&formatter, property, value)
        }
        precondition(Self.succeeded(decoderStatus) && Self.succeeded(formatterStatus),
                     "Zydis rejected its own 64-bit configuration")
    }

    /// The instruction at the start of `bytes`, which the CPU would fetch from `address`.
    public func decode(_ bytes: ArraySlice<UInt8>, at address: UInt64) throws(DecodeError) -> DecodedInstruction {
        var instruction = ZydisDecodedInstruction()
        var operands = [ZydisDecodedOperand](repeating: ZydisDecodedOperand(), count: Int(ZYDIS_MAX_OPERAND_COUNT))
        let window = Array(bytes.prefix(15))
        let status = window.withUnsafeBytes { raw in
            operands.withUnsafeMutableBufferPointer { buffer in
                withUnsafePointer(to: decoder) {
                    ZydisDecoderDecodeFull($0, raw.baseAddress, raw.count, &instruction, buffer.baseAddress)
                }
            }
        }
        guard Self.succeeded(status) else {
            throw DecodeError(address: address, bytes: window, reason: Self.reason(status, available: window.count))
        }
        let used = Array(operands.prefix(Int(instruction.operand_count)))
        let decoded = used.map { operand(of: instruction, $0, at: address) }
        var branchTarget: UInt64?
        if let relative = used.first(where: { $0.type == ZYDIS_OPERAND_TYPE_IMMEDIATE && $0.imm.is_relative != 0 }) {
            branchTarget = absoluteAddress(of: instruction, relative, at: address)
        }
        let flags = instruction.cpu_flags?.pointee
        let written: UInt32 = flags.map { $0.modified | $0.set_0 | $0.set_1 | $0.undefined } ?? 0
        return DecodedInstruction(
            address: address,
            bytes: Array(window.prefix(Int(instruction.length))),
            mnemonic: String(cString: ZydisMnemonicGetString(instruction.mnemonic)),
            text: format(instruction, used, at: address),
            category: String(cString: ZydisCategoryGetString(instruction.meta.category)),
            operands: decoded,
            flagsTested: X86Flags(rawValue: flags?.tested ?? 0),
            flagsWritten: X86Flags(rawValue: written),
            branchTarget: branchTarget,
            operandBits: Int(instruction.operand_width))
    }

    private func operand(of instruction: ZydisDecodedInstruction, _ operand: ZydisDecodedOperand, at address: UInt64) -> DecodedOperand {
        let value: DecodedOperand.Value
        switch operand.type {
        case ZYDIS_OPERAND_TYPE_REGISTER:
            // Zydis always names a register operand's register; "none" would make the lifter refuse.
            value = .register(Self.register(operand.reg.value) ?? X86Register(name: "none", bits: 0, enclosing: "none"))
        case ZYDIS_OPERAND_TYPE_MEMORY:
            let memory = operand.mem
            let usesRegisters = (memory.base != ZYDIS_REGISTER_NONE && memory.base != ZYDIS_REGISTER_RIP)
                || memory.index != ZYDIS_REGISTER_NONE
            value = .memory(X86MemoryReference(
                segment: Self.register(memory.segment),
                base: Self.register(memory.base),
                index: Self.register(memory.index),
                scale: Int(memory.scale),
                displacement: memory.disp.value,
                absolute: usesRegisters ? nil : absoluteAddress(of: instruction, operand, at: address),
                isAddressOnly: memory.type == ZYDIS_MEMOP_TYPE_AGEN))
        case ZYDIS_OPERAND_TYPE_POINTER:
            value = .pointer(segment: operand.ptr.segment, offset: operand.ptr.offset)
        default:
            value = .immediate(operand.imm.value.u)
        }
        let actions = UInt32(operand.actions)
        let visibility: DecodedOperand.Visibility = switch operand.visibility {
        case ZYDIS_OPERAND_VISIBILITY_EXPLICIT: .explicit
        case ZYDIS_OPERAND_VISIBILITY_IMPLICIT: .implicit
        default: .hidden
        }
        return DecodedOperand(
            value: value,
            bits: Int(operand.size),
            reads: actions & (ZYDIS_OPERAND_ACTION_READ.rawValue | ZYDIS_OPERAND_ACTION_CONDREAD.rawValue) != 0,
            writes: actions & (ZYDIS_OPERAND_ACTION_WRITE.rawValue | ZYDIS_OPERAND_ACTION_CONDWRITE.rawValue) != 0,
            isConditional: actions & (ZYDIS_OPERAND_ACTION_CONDREAD.rawValue | ZYDIS_OPERAND_ACTION_CONDWRITE.rawValue) != 0,
            visibility: visibility)
    }

    private func absoluteAddress(of instruction: ZydisDecodedInstruction, _ operand: ZydisDecodedOperand, at address: UInt64) -> UInt64? {
        var result: UInt64 = 0
        let status = withUnsafePointer(to: instruction) { instructionPointer in
            withUnsafePointer(to: operand) { ZydisCalcAbsoluteAddress(instructionPointer, $0, address, &result) }
        }
        return Self.succeeded(status) ? result : nil
    }

    private func format(_ instruction: ZydisDecodedInstruction, _ operands: [ZydisDecodedOperand], at address: UInt64) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        let status = withUnsafePointer(to: formatter) { formatterPointer in
            withUnsafePointer(to: instruction) { instructionPointer in
                operands.withUnsafeBufferPointer { operandPointer in
                    ZydisFormatterFormatInstruction(formatterPointer, instructionPointer, operandPointer.baseAddress,
                                                    instruction.operand_count_visible, &buffer, buffer.count, address, nil)
                }
            }
        }
        guard Self.succeeded(status) else { return String(cString: ZydisMnemonicGetString(instruction.mnemonic)) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func register(_ register: ZydisRegister) -> X86Register? {
        guard register != ZYDIS_REGISTER_NONE else { return nil }
        let enclosing = ZydisRegisterGetLargestEnclosing(ZYDIS_MACHINE_MODE_LONG_64, register)
        return X86Register(
            name: String(cString: ZydisRegisterGetString(register)),
            bits: Int(ZydisRegisterGetWidth(ZYDIS_MACHINE_MODE_LONG_64, register)),
            enclosing: String(cString: ZydisRegisterGetString(enclosing == ZYDIS_REGISTER_NONE ? register : enclosing)))
    }

    /// Zyan statuses carry an error bit in bit 31 (ZYAN_SUCCESS is a macro Swift cannot import).
    private static func succeeded(_ status: ZyanStatus) -> Bool { status & 0x8000_0000 == 0 }

    private static func reason(_ status: ZyanStatus, available: Int) -> String {
        // ZYDIS_STATUS_NO_MORE_DATA: error bit, module 2 (Zydis), code 0.
        if status == 0x8020_0000 { return available == 0 ? "no bytes left" : "the bytes end inside an instruction" }
        return "not a valid x86-64 instruction (Zydis status 0x\(String(status, radix: 16)))"
    }
}
