import X86Decoding

/// One decoded instruction as the model's instruction, or the reason the model cannot take it.
/// Only exact translations are made: an instruction whose effect the model would get wrong (a
/// 32-bit move that zero-extends, a shift, a bit test that addresses other bytes) is refused.
struct InstructionLifting {
    /// The label naming a branch or call target.
    let label: (UInt64) -> String
    /// The per-CPU field that `%gs:offset` names.
    let perCPUField: (UInt64) -> String

    func lift(_ decoded: DecodedInstruction) -> Result<(Opcode, [Operand]), LiftRefusal> {
        let mnemonic = decoded.mnemonic
        // Zydis names the 2-byte `66 90` "nop" as well as the multi-byte nopl forms.
        if decoded.category == "NOP" || mnemonic == "nop" { return .success((.nop, [])) }
        if let special = liftZeroExtendingIdiom(decoded) { return special }
        guard let opcode = Self.opcodes[mnemonic] else {
            return .failure(LiftRefusal("the model has no '\(mnemonic)'"))
        }
        switch opcode {
        case .sysretq where decoded.operandBits != 64:
            return .failure(LiftRefusal("SYSRET without REX.W returns to 32-bit compatibility mode"))
        case .jmp, .jcc, .call:
            guard let target = decoded.branchTarget else {
                return .failure(LiftRefusal("an indirect \(mnemonic): its target is not in the instruction"))
            }
            return .success((opcode, [.label(label(target))]))
        case .bt, .bts, .btr:
            let explicit = decoded.visibleOperands
            if explicit.count == 2, case .memory = explicit[0].value, case .register = explicit[1].value {
                return .failure(LiftRefusal("a bit test with a register offset on memory may address other bytes"))
            }
        default:
            break
        }
        var operands: [Operand] = []
        // Zydis lists destination first (Intel order); the model keeps AT&T order, source first.
        for operand in decoded.visibleOperands.reversed() {
            switch convert(operand, opcode: opcode) {
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
        return .success((opcode, operands))
    }

    /// `xor %esi,%esi` and `mov $imm32,%ecx` clear the upper half exactly as their 64-bit forms
    /// would; compilers and the kernel's macros emit them for brevity.
    private func liftZeroExtendingIdiom(_ decoded: DecodedInstruction) -> Result<(Opcode, [Operand]), LiftRefusal>? {
        let explicit = decoded.visibleOperands
        guard explicit.count == 2, case .register(let destination) = explicit[0].value, destination.bits == 32,
              let wide = Register(rawValue: destination.enclosing) else { return nil }
        switch (decoded.mnemonic, explicit[1].value) {
        case ("xor", .register(let source)) where source == destination:
            return .success((.xor, [.register(wide), .register(wide)]))
        case ("mov", .immediate(let value)):
            return .success((.mov, [.immediate(.literal(value & 0xFFFF_FFFF)), .register(wide)]))
        default:
            return nil
        }
    }

    private func convert(_ operand: DecodedOperand, opcode: Opcode) -> Result<Operand, LiftRefusal> {
        switch operand.value {
        case .register(let register):
            if register.name == "cr3" { return .success(.cr3) }
            guard register.bits == 64, let general = Register(rawValue: register.name) else {
                return .failure(LiftRefusal("the register %\(register.name): the model keeps the 64-bit general registers and CR3 only"))
            }
            return .success(.register(general))
        case .immediate(let value):
            return .success(.immediate(.literal(value)))
        case .pointer:
            return .failure(LiftRefusal("a far pointer"))
        case .memory(let memory):
            guard operand.bits == 64 || memory.isAddressOnly else {
                return .failure(LiftRefusal("a \(operand.bits)-bit memory operand: the model moves 64-bit values only"))
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
            guard memory.index == nil, let base = memory.base, base.name != "rip",
                  let general = Register(rawValue: base.name) else {
                return .failure(LiftRefusal("an absolute or indexed address: the model addresses memory as displacement(%register)"))
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
    ]
}

/// Why an instruction was not lifted, in words a kernel developer can act on.
public struct LiftRefusal: Error, Sendable, Hashable {
    public let reason: String
    init(_ reason: String) { self.reason = reason }
}
