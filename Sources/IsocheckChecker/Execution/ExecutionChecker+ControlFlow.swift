import IsocheckModel
import Z3Kit

/// jmp, jcc (forking where both sides are feasible), call, ret, hlt/ud2.
extension ExecutionChecker {
    /// Return addresses pushed by `call` are opaque tokens naming the instruction after the call.
    static func token(block: Int, index: Int) -> UInt64 { CodeAddress.token(block: block, index: index) }

    static func location(ofToken token: UInt64) -> (block: Int, index: Int)? { CodeAddress.location(ofToken: token) }

    mutating func executeControlFlow(_ instruction: Instruction, in state: inout MachineState) throws -> Bool {
        switch instruction.opcode {
        case .stop:
            statistics.paths += 1
            return false
        case .jmp:
            guard case .label(let label) = instruction.operands[0] else { return false }
            return try transfer(&state, to: label)
        case .jcc(let condition):
            guard case .label(let label) = instruction.operands[0] else { return false }
            guard let flags = state.flags else {
                unknowns[.cr3MatchesPrivilege, default: []].append(UnknownOutcome(
                    location: instruction.range.start, reason: "conditional jump on flags no modelled instruction set; the path was not followed"))
                return false
            }
            let taken = try encode(Self.condition(condition, flags))
            let snapshot = state
            try branch(taken) { checker in
                var next = snapshot
                guard try checker.transfer(&next, to: label) else { return }
                try checker.explore(next)
            }
            try branch(context.not(taken)) { checker in
                var next = snapshot
                next.index += 1
                try checker.explore(next)
            }
            return false
        case .call:
            guard case .label(let label) = instruction.operands[0] else { return false }
            if case .handoff(let name)? = model.program.labels[label] {
                guard model.program.returningHandoffs.contains(name) else {
                    try handoff(state, name: name)
                    return false
                }
                // Kernel C code that returns: it needs kernel proper, and clobbers what the ABI lets it.
                guard try checkKernelProper(state, name: name) else { return false }
                for register in [Register.rax, .rcx, .rdx, .rsi, .rdi, .r8, .r9, .r10, .r11] {
                    state.registers[register] = state.fresh("\(name).\(register.rawValue)")
                }
                state.flags = nil
                state.index += 1
                return true
            }
            let token = Self.token(block: state.block, index: state.index + 1)
            guard try push(&state, .literal(token), what: "call's return address") else { return false }
            return jump(&state, to: label)
        case .ret:
            guard let value = try pop(&state, what: "ret") else { return false }
            guard let target = value.constantValue.flatMap(Self.location(ofToken:)) else {
                unknowns[.accessesMapped, default: []].append(UnknownOutcome(
                    location: currentLocation(state), reason: "ret to an address the model cannot follow"))
                return false
            }
            state.block = target.block
            state.index = target.index
            return true
        default: return false
        }
    }

    static func condition(_ condition: BranchCondition, _ flags: Flags) -> ValueExpr {
        switch condition {
        case .equal: flags.zero
        case .notEqual: .unary(.logicalNot, flags.zero)
        case .carry: flags.carry
        case .notCarry: .unary(.logicalNot, flags.carry)
        case .above: .binary(.and, .unary(.logicalNot, flags.carry), .unary(.logicalNot, flags.zero))
        case .belowOrEqual: .binary(.or, flags.carry, flags.zero)
        case .sign: flags.sign
        case .notSign: .unary(.logicalNot, flags.sign)
        }
    }
}
