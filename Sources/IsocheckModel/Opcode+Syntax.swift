/// Mnemonics as kernel developers write them (with or without the size suffix), and what
/// operands each instruction accepts. One table, used by the elaborator and the docs.
extension Opcode {
    init?(mnemonic: String) {
        let table: [String: Opcode] = [
            "mov": .mov, "movq": .mov, "lea": .lea, "leaq": .lea, "push": .push, "pushq": .push, "pop": .pop, "popq": .pop,
            "add": .add, "addq": .add, "sub": .sub, "subq": .sub, "and": .and, "andq": .and, "or": .or, "orq": .or,
            "xor": .xor, "xorq": .xor, "not": .not, "notq": .not,
            "bt": .bt, "btq": .bt, "bts": .bts, "btsq": .bts, "btr": .btr, "btrq": .btr,
            "test": .test, "testq": .test, "cmp": .cmp, "cmpq": .cmp,
            "jmp": .jmp, "je": .jcc(.equal), "jz": .jcc(.equal), "jne": .jcc(.notEqual), "jnz": .jcc(.notEqual),
            "jc": .jcc(.carry), "jb": .jcc(.carry), "jnae": .jcc(.carry), "jnc": .jcc(.notCarry), "jae": .jcc(.notCarry),
            "jnb": .jcc(.notCarry), "ja": .jcc(.above), "jnbe": .jcc(.above), "jbe": .jcc(.belowOrEqual), "jna": .jcc(.belowOrEqual),
            "js": .jcc(.sign), "jns": .jcc(.notSign),
            "call": .call, "callq": .call, "ret": .ret, "retq": .ret,
            "lfence": .lfence, "nop": .nop, "cli": .cli, "sti": .sti,
            "pushfq": .pushfq, "pushf": .pushfq, "popfq": .popfq, "popf": .popfq,
            "swapgs": .swapgs, "iretq": .iretq, "sysretq": .sysretq, "hlt": .stop, "ud2": .stop, "rdmsr": .rdmsr, "assert": .assertion,
            "rdgsbase": .rdgsbase, "rdgsbaseq": .rdgsbase, "wrgsbase": .wrgsbase, "wrgsbaseq": .wrgsbase, "lsl": .lsl, "lslq": .lsl,
            "shl": .shl, "shlq": .shl, "sal": .shl, "salq": .shl, "shr": .shr, "shrq": .shr, "sar": .sar, "sarq": .sar,
            "movslq": .movslq, "movsxd": .movslq, "verw": .verw,
            // The model keeps no direction flag: nothing it checks depends on string direction.
            "cld": .nop, "std": .nop,
        ]
        guard let opcode = table[mnemonic] else { return nil }
        self = opcode
    }

    /// Instructions that take a b/w/l size suffix for a narrow operand size.
    static let sized: Set<Opcode> = [.mov, .add, .sub, .and, .or, .xor, .test, .cmp]

    /// A mnemonic with its operand size: `testb` is test at 8 bits, `cmpl` cmp at 32; nil
    /// width when the mnemonic does not say (then the registers do).
    public static func parse(_ mnemonic: String) -> (opcode: Opcode, width: Int?)? {
        if let opcode = Opcode(mnemonic: mnemonic) { return (opcode, mnemonic.hasSuffix("q") && sized.contains(opcode) ? 64 : nil) }
        let widths: [Character: Int] = ["b": 8, "w": 16, "l": 32]
        guard let last = mnemonic.last, let width = widths[last],
              let opcode = Opcode(mnemonic: String(mnemonic.dropLast())), sized.contains(opcode) else { return nil }
        return (opcode, width)
    }

    /// Why `width` does not suit these operands, or nil.
    func widthProblem(_ width: Int, _ operands: [Operand]) -> String? {
        guard width != 64 else { return nil }
        guard Self.sized.contains(self) else { return "a 64-bit operand size" }
        if width < 32 && self != .test && self != .cmp { return "a 32- or 64-bit operand size (8- and 16-bit forms are modelled for test and cmp only)" }
        if self != .test && self != .cmp, operands.count == 2 {
            switch operands[1] {
            case .register: break
            default: return "a register destination at this size (narrow stores to memory are not modelled)"
            }
        }
        return nil
    }

    /// Control never falls through to the next instruction.
    public var isTerminator: Bool {
        switch self {
        case .jmp, .ret, .iretq, .sysretq, .stop: true
        default: false
        }
    }

    enum OperandProblem {
        case count(String)
        case kind(position: String, expected: String)
    }

    func operandProblem(_ operands: [Operand]) -> OperandProblem? {
        func isRegister(_ o: Operand) -> Bool { if case .register = o { return true }; return false }
        func isMemory(_ o: Operand) -> Bool {
            switch o {
            case .memory, .scaled, .perCPU, .fixed, .absolute: true
            default: false
            }
        }
        func isImmediate(_ o: Operand) -> Bool { if case .immediate = o { return true }; return false }
        func isLabel(_ o: Operand) -> Bool { if case .label = o { return true }; return false }
        func isCR3(_ o: Operand) -> Bool { if case .cr3 = o { return true }; return false }
        switch self {
        case .mov:
            guard operands.count == 2 else { return .count("two operands") }
            let (source, destination) = (operands[0], operands[1])
            if isLabel(source) { return .kind(position: "first", expected: "a register, %cr3, an immediate or memory") }
            if isCR3(source) || isCR3(destination) {
                if isCR3(source) && !isRegister(destination) { return .kind(position: "second", expected: "a register (MOV from CR3)") }
                if isCR3(destination) && !isRegister(source) { return .kind(position: "first", expected: "a register (MOV to CR3)") }
                return nil
            }
            if !(isRegister(destination) || isMemory(destination)) { return .kind(position: "second", expected: "a register or memory") }
            if isMemory(source) && isMemory(destination) { return .kind(position: "second", expected: "a register when the source is memory") }
            return nil
        case .lea:
            guard operands.count == 2 else { return .count("two operands") }
            if !isMemory(operands[0]) { return .kind(position: "first", expected: "a memory operand") }
            if !isRegister(operands[1]) { return .kind(position: "second", expected: "a register") }
            return nil
        case .push:
            guard operands.count == 1 else { return .count("one operand") }
            if isLabel(operands[0]) || isCR3(operands[0]) { return .kind(position: "first", expected: "a register, an immediate or memory") }
            return nil
        case .pop, .not:
            guard operands.count == 1 else { return .count("one operand") }
            if !(isRegister(operands[0]) || (self == .pop && isMemory(operands[0]))) {
                return .kind(position: "first", expected: self == .pop ? "a register or memory" : "a register")
            }
            return nil
        case .add, .sub, .and, .or, .xor, .bt, .bts, .btr, .test, .cmp:
            guard operands.count == 2 else { return .count("two operands") }
            if !(isRegister(operands[0]) || isImmediate(operands[0]) || isMemory(operands[0])) {
                return .kind(position: "first", expected: "a register, an immediate or memory")
            }
            if !(isRegister(operands[1]) || isMemory(operands[1])) { return .kind(position: "second", expected: "a register or memory") }
            if isMemory(operands[0]) && isMemory(operands[1]) { return .kind(position: "second", expected: "a register when the source is memory") }
            return nil
        case .shl, .shr, .sar:
            guard operands.count == 2 else { return .count("two operands") }
            guard case .immediate(let count) = operands[0], count.constantValue != nil else {
                return .kind(position: "first", expected: "a constant immediate count (shifts by %cl are not modelled)")
            }
            if !(isRegister(operands[1]) || isMemory(operands[1])) { return .kind(position: "second", expected: "a register or memory") }
            return nil
        case .rdgsbase, .wrgsbase:
            guard operands.count == 1 else { return .count("one operand") }
            if !isRegister(operands[0]) { return .kind(position: "first", expected: "a 64-bit register") }
            return nil
        case .lsl:
            guard operands.count == 2 else { return .count("two operands") }
            if !isRegister(operands[0]) { return .kind(position: "first", expected: "a register holding the selector") }
            if !isRegister(operands[1]) { return .kind(position: "second", expected: "a register") }
            return nil
        case .movslq:
            guard operands.count == 2 else { return .count("two operands") }
            if !isRegister(operands[0]) { return .kind(position: "first", expected: "a 32-bit register") }
            if !isRegister(operands[1]) { return .kind(position: "second", expected: "a register") }
            return nil
        case .verw:
            guard operands.count == 1 else { return .count("one operand") }
            if !isMemory(operands[0]) { return .kind(position: "first", expected: "memory") }
            return nil
        case .jmp, .jcc, .call:
            guard operands.count == 1 else { return .count("one label") }
            if !isLabel(operands[0]) { return .kind(position: "first", expected: "a label (indirect branches are not modelled)") }
            return nil
        case .assertion:
            guard operands.count == 1, case .condition = operands[0] else { return .count("one condition") }
            return nil
        case .ret, .lfence, .nop, .cli, .sti, .pushfq, .popfq, .swapgs, .iretq, .sysretq, .stop, .rdmsr:
            return operands.isEmpty ? nil : .count("no operands")
        }
    }
}
