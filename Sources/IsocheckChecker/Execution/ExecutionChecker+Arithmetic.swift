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
        if [.shl, .shr, .sar].contains(instruction.opcode) { return try executeShift(instruction, in: &state) }
        guard var source = try read(operands[0], in: &state), var destination = try read(operands[1], in: &state) else { return false }
        let zero = ValueExpr.literal(0)
        // Narrow forms work on the low bits and set flags at their width.
        let width = instruction.width
        let mask = width == 64 ? UInt64.max : (UInt64(1) << UInt64(width)) - 1
        func narrow(_ value: ValueExpr) -> ValueExpr { width == 64 ? value : .binary(.bitAnd, value, .literal(mask)) }
        source = narrow(source)
        destination = narrow(destination)
        func signOf(_ value: ValueExpr) -> ValueExpr {
            let top = ValueExpr.binary(.shiftRight, value, .literal(UInt64(width - 1)))
            return .binary(.notEqual, width == 64 ? top : .binary(.bitAnd, top, .literal(1)), zero)
        }
        var result: ValueExpr?
        switch instruction.opcode {
        case .add:
            let sum = narrow(.binary(.add, destination, source))
            result = sum
            state.flags = Flags(zero: .binary(.equal, sum, zero), carry: .binary(.less, sum, destination), sign: signOf(sum))
        case .sub, .cmp:
            let difference = narrow(.binary(.subtract, destination, source))
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

    /// shl/shr/sar by a constant count: CF is the last bit shifted out; a count of 0 (after
    /// masking to 6 bits) changes nothing, flags included.
    mutating func executeShift(_ instruction: Instruction, in state: inout MachineState) throws -> Bool {
        let operands = instruction.operands
        guard case .immediate(let countExpr) = operands[0], let rawCount = countExpr.constantValue else {
            // The elaborator and the lifter admit constant counts only; never drop a path silently.
            unknowns[.cr3MatchesPrivilege, default: []].append(UnknownOutcome(
                location: instruction.range.start, reason: "a shift by a count that is not a constant; the path was not followed"))
            return false
        }
        let count = rawCount & 63
        guard count != 0 else {
            state.index += 1
            return true
        }
        guard let value = try read(operands[1], in: &state) else { return false }
        let one = ValueExpr.literal(1)
        let result: ValueExpr
        let carryBit: ValueExpr
        switch instruction.opcode {
        case .shl:
            result = .binary(.shiftLeft, value, .literal(count))
            carryBit = .binary(.bitAnd, .binary(.shiftRight, value, .literal(64 - count)), one)
        case .shr:
            result = .binary(.shiftRight, value, .literal(count))
            carryBit = .binary(.bitAnd, .binary(.shiftRight, value, .literal(count - 1)), one)
        default:
            // Arithmetic shift: the logical shift with the moved sign bit extended, (x ^ m) - m.
            let movedSign = ValueExpr.literal(UInt64(1) << (63 - count))
            result = .binary(.subtract, .binary(.bitXor, .binary(.shiftRight, value, .literal(count)), movedSign), movedSign)
            carryBit = .binary(.bitAnd, .binary(.shiftRight, value, .literal(count - 1)), one)
        }
        let zero = ValueExpr.literal(0)
        state.flags = Flags(zero: .binary(.equal, result, zero), carry: .binary(.notEqual, carryBit, zero),
                            sign: .binary(.notEqual, .binary(.shiftRight, result, .literal(63)), zero))
        guard try write(result, to: operands[1], in: &state) else { return false }
        state.index += 1
        return true
    }
}
