import IsocheckModel
import Z3Kit

/// mov, lea, push, pop (MOV to and from CR3 are system instructions, in +System).
extension ExecutionChecker {
    mutating func executeDataMovement(_ instruction: Instruction, in state: inout MachineState) throws -> Bool {
        let operands = instruction.operands
        switch instruction.opcode {
        case .mov:
            if case .cr3 = operands[1] {
                guard let value = try read(operands[0], in: &state) else { return false }
                return try writeCR3(value, in: &state)
            }
            guard let value = try read(operands[0], in: &state) else { return false }
            // A 32-bit move zero-extends into the full register (narrow stores to memory are refused).
            let moved = instruction.width == 32 ? ValueExpr.binary(.bitAnd, value, .literal(0xffff_ffff)) : value
            guard try write(moved, to: operands[1], in: &state) else { return false }
        case .movslq:
            guard let value = try read(operands[0], in: &state) else { return false }
            guard try write(Self.signExtended32(value), to: operands[1], in: &state) else { return false }
        case .lea:
            let address: ValueExpr
            switch operands[0] {
            case .memory(let base, let displacement):
                address = .binary(.add, state.register(base), displacement)
            case .perCPU(let field, let displacement):
                guard let computed = try perCPUAddress(&state, field: field, displacement: displacement) else { return false }
                address = computed
            case .fixed(let field):
                guard let computed = fixedAddress(field) else { return false }
                address = computed
            case .absolute(let computed):
                address = computed
            default: return false
            }
            guard try write(address, to: operands[1], in: &state) else { return false }
        case .push:
            guard let value = try read(operands[0], in: &state) else { return false }
            guard try push(&state, value, what: "push") else { return false }
        case .pop:
            guard let value = try pop(&state, what: "pop") else { return false }
            guard try write(value, to: operands[0], in: &state) else { return false }
        default: return false
        }
        state.index += 1
        return true
    }

    /// The low 32 bits of `value`, sign-extended: (low ^ 2^31) - 2^31, exact modulo 2^64.
    static func signExtended32(_ value: ValueExpr) -> ValueExpr {
        let low = ValueExpr.binary(.bitAnd, value, .literal(0xffff_ffff))
        return .binary(.subtract, .binary(.bitXor, low, .literal(0x8000_0000)), .literal(0x8000_0000))
    }
}
