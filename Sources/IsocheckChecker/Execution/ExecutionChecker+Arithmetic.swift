import IsocheckModel
import IsocheckSyntax

/// add, sub, and, or, xor, not, bt/bts/btr, test, cmp: values and the flags jcc reads.
extension ExecutionChecker {
    mutating func executeArithmetic(_ instruction: Instruction, in state: inout MachineState) throws -> Bool {
        let operands = instruction.operands
        if instruction.opcode == .not {
            guard let value = try read(operands[0], in: &state) else { return false }
            guard try write(.unary(.bitNot, value), to: operands[0], in: &state) else { return false }
            state.index += 1
            return true
        }
        guard let source = try read(operands[0], in: &state), let destination = try read(operands[1], in: &state) else { return false }
        let zero = ValueExpr.literal(0)
        func signOf(_ value: ValueExpr) -> ValueExpr { .binary(.notEqual, .binary(.shiftRight, value, .literal(63)), zero) }
        var result: ValueExpr?
        switch instruction.opcode {
        case .add:
            let sum = ValueExpr.binary(.add, destination, source)
            result = sum
            state.flags = Flags(zero: .binary(.equal, sum, zero), carry: .binary(.less, sum, destination), sign: signOf(sum))
        case .sub, .cmp:
            let difference = ValueExpr.binary(.subtract, destination, source)
            if instruction.opcode == .sub { result = difference }
            state.flags = Flags(zero: .binary(.equal, destination, source), carry: .binary(.less, destination, source), sign: signOf(difference))
        case .and, .or, .xor, .test:
            let op: BinaryOperator = instruction.opcode == .or ? .bitOr : instruction.opcode == .xor ? .bitXor : .bitAnd
            let value = ValueExpr.binary(op, destination, source)
            if instruction.opcode != .test { result = value }
            state.flags = Flags(zero: .binary(.equal, value, zero), carry: .boolean(false), sign: signOf(value))
        case .bt, .bts, .btr:
            let bit = ValueExpr.binary(.bitAnd, source, .literal(63))
            let mask = ValueExpr.binary(.shiftLeft, .literal(1), bit)
            let carry = ValueExpr.binary(.notEqual, .binary(.bitAnd, destination, mask), zero)
            state.flags = Flags(zero: state.flags?.zero ?? .boolean(false), carry: carry, sign: state.flags?.sign ?? .boolean(false))
            if instruction.opcode == .bts { result = .binary(.bitOr, destination, mask) }
            if instruction.opcode == .btr { result = .binary(.bitAnd, destination, .unary(.bitNot, mask)) }
        default: return false
        }
        if let result {
            guard try write(result, to: operands[1], in: &state) else { return false }
        }
        state.index += 1
        return true
    }
}
