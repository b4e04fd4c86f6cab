import X86Decoding

/// One decoded instruction as the model's instruction, or the reason the model cannot take it.
/// Only exact translations are made (cld and std aside: the model keeps no direction flag); an
/// instruction whose effect the model would get wrong (an 8-bit register, a narrow store to
/// memory, a bit test that addresses other bytes, an indirect branch) is refused.
struct InstructionLifting {
    /// The label naming a branch or call target.
    let label: (UInt64) -> String
    /// The per-CPU field that `%gs:offset` names.
    let perCPUField: (UInt64) -> String

    func lift(_ decoded: DecodedInstruction) -> Result<Instruction.Parts, LiftRefusal> {
        let mnemonic = decoded.mnemonic
        // Zydis names the 2-byte `66 90` "nop" as well as the multi-byte nopl forms.
        if decoded.category == "NOP" || mnemonic == "nop" { return .success(.init(opcode: .nop, operands: [], width: 64)) }
        guard let opcode = Self.opcodes[mnemonic] else {
            return .failure(LiftRefusal("the model has no '\(mnemonic)'"))
        }
        let visible = decoded.visibleOperands
        switch opcode {
        case .sysretq where decoded.operandBits != 64:
            return .failure(LiftRefusal("SYSRET without REX.W returns to 32-bit compatibility mode"))
        case .push where decoded.operandBits != 64, .pop where decoded.operandBits != 64:
            return .failure(LiftRefusal("a \(decoded.operandBits)-bit \(mnemonic) moves RSP by \(decoded.operandBits / 8) bytes; the model pushes and pops 8"))
        case .jmp, .jcc, .call:
            guard let target = decoded.branchTarget else {
                return .failure(LiftRefusal("an indirect \(mnemonic): its target is not in the instruction"))
            }
            return .success(.init(opcode: opcode, operands: [.label(label(target))], width: 64))
        case .lsl:
            // The selector is the low 16 bits of any general register; the limit lands in a 64-bit one.
            guard visible.count == 2, case .register(let destination) = visible[0].value, case .register(let source) = visible[1].value,
                  destination.bits == 64, let limit = Register(rawValue: destination.name), let selector = Register(rawValue: source.enclosing)
            else { return .failure(LiftRefusal("the model takes lsl between general registers, into a 64-bit one")) }
            return .success(.init(opcode: .lsl, operands: [.register(selector), .register(limit)], width: 64))
        case .bt, .bts, .btr:
            if visible.count == 2, case .memory = visible[0].value, case .register = visible[1].value {
                return .failure(LiftRefusal("a bit test with a register offset on memory may address other bytes"))
            }
        case .lea:
            // lea of a RIP-relative address is a constant: the model's mov of an immediate.
            if visible.count == 2, case .memory(let memory) = visible[1].value, let absolute = memory.absolute,
               case .register(let destination) = visible[0].value, destination.bits == 64, let wide = Register(rawValue: destination.name) {
                return .success(.init(opcode: .mov, operands: [.immediate(.literal(absolute)), .register(wide)], width: 64))
            }
        default:
            break
        }
        // Sized instructions keep the decoder's operand size; every other one works on 64 bits.
        let width = Opcode.sized.contains(opcode) ? decoded.operandBits : 64
        var operands: [Operand] = []
        // Zydis lists destination first (Intel order); the model keeps AT&T order, source first.
        for (position, operand) in visible.reversed().enumerated() {
            let expectedBits = opcode == .movslq && position == 0 ? 32 : opcode == .verw ? 16 : width
            switch convert(operand, bits: expectedBits) {
            case .success(let converted): operands.append(converted)
            case .failure(let refusal): return .failure(refusal)
            }
        }
        if let problem = opcode.operandProblem(operands) {
            switch problem {
            case .count(let expected): return .failure(LiftRefusal("the model takes \(expected) for '\(mnemonic)'"))
            case .kind(let position, let expected):
                return .failure(LiftRefusal("the model takes \(expected) as the \(position) operand of '\(mnemonic)'"))
            }
        }
        if let expected = opcode.widthProblem(width, operands) {
            return .failure(LiftRefusal("'\(mnemonic)' at \(width) bits: the model needs \(expected)"))
        }
        return .success(.init(opcode: opcode, operands: operands, width: width))
    }

    /// An operand of the size the instruction works at; registers by their 64-bit name (the
    /// width says which bits), memory through %gs, a base register or a fixed VA.
    private func convert(_ operand: DecodedOperand, bits: Int) -> Result<Operand, LiftRefusal> {
        switch operand.value {
        case .register(let register):
            if register.name == "cr3" { return .success(.cr3) }
            guard register.bits == bits, bits == 32 || bits == 64, let general = Register(rawValue: register.enclosing) else {
                return .failure(LiftRefusal("the register %\(register.name): the model has the general registers at 32 and 64 bits, and CR3"))
            }
            return .success(.register(general))
        case .immediate(let value):
            return .success(.immediate(.literal(value)))
        case .pointer:
            return .failure(LiftRefusal("a far pointer"))
        case .memory(let memory):
            guard operand.bits == bits || memory.isAddressOnly else {
                return .failure(LiftRefusal("a \(operand.bits)-bit memory operand in a \(bits)-bit instruction"))
            }
            if memory.segment?.name == "gs" {
                guard let offset = memory.absolute else {
                    return .failure(LiftRefusal("a %gs operand with a register in its address"))
                }
                return .success(.perCPU(field: perCPUField(offset), displacement: .literal(0)))
            }
            if let segment = memory.segment?.name, !["ds", "ss"].contains(segment) {
                return .failure(LiftRefusal("a %\(segment) segment override"))
            }
            if let absolute = memory.absolute { return .success(.absolute(.literal(absolute))) }
            if memory.base == nil, let index = memory.index, index.bits == 64, let general = Register(rawValue: index.name) {
                return .success(.scaled(index: general, scale: UInt64(memory.scale), displacement: .literal(UInt64(bitPattern: memory.displacement))))
            }
            guard memory.index == nil, let base = memory.base, let general = Register(rawValue: base.name) else {
                return .failure(LiftRefusal("an address with both a base and an index register: the model addresses memory as displacement(%register) or displacement(,%index,scale)"))
            }
            return .success(.memory(base: general, displacement: .literal(UInt64(bitPattern: memory.displacement))))
        }
    }

    /// Zydis's mnemonics for the instructions the model executes.
    static let opcodes: [String: Opcode] = [
        "mov": .mov, "lea": .lea, "push": .push, "pop": .pop,
        "add": .add, "sub": .sub, "and": .and, "or": .or, "xor": .xor, "not": .not,
        "bt": .bt, "bts": .bts, "btr": .btr, "test": .test, "cmp": .cmp,
        "jmp": .jmp, "jz": .jcc(.equal), "jnz": .jcc(.notEqual), "jb": .jcc(.carry), "jnb": .jcc(.notCarry),
        "jnbe": .jcc(.above), "jbe": .jcc(.belowOrEqual), "js": .jcc(.sign), "jns": .jcc(.notSign),
        "call": .call, "ret": .ret, "lfence": .lfence, "cli": .cli, "sti": .sti,
        "pushfq": .pushfq, "popfq": .popfq, "swapgs": .swapgs, "iretq": .iretq, "sysret": .sysretq,
        "rdmsr": .rdmsr, "hlt": .stop, "ud2": .stop,
        "shl": .shl, "shr": .shr, "sar": .sar, "movsxd": .movslq, "verw": .verw,
        "rdgsbase": .rdgsbase, "wrgsbase": .wrgsbase, "lsl": .lsl,
        // The model keeps no direction flag: nothing it checks depends on string direction.
        "cld": .nop, "std": .nop,
    ]
}

/// Why an instruction was not lifted, in words a kernel developer can act on.
public struct LiftRefusal: Error, Sendable, Hashable {
    public let reason: String
    init(_ reason: String) { self.reason = reason }
}
