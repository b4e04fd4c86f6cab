import IsocheckModel
import Z3Kit

/// jmp, jcc (forking where both sides are feasible), call, ret, hlt/ud2.
extension ExecutionChecker {
    /// What `call` pushes and an event saves as RIP: a lifted instruction's VA, else a token.
    func address(block: Int, index: Int) -> UInt64 { model.program.address(block: block, index: index) }

    func location(of address: UInt64) -> (block: Int, index: Int)? { model.program.location(of: address) }

    mutating func executeControlFlow(_ instruction: Instruction, in state: inout MachineState) throws -> Bool {
        switch instruction.opcode {
        case .stop:
            statistics.paths += 1
            return false
        case .jmp:
            guard case .label(let label) = instruction.operands[0] else { return false }
            // A tail call into kernel C code that returns: it comes back to our caller.
            if case .handoff(let name)? = model.program.labels[label], model.program.returningHandoffs.contains(name) {
                guard try returnFromKernelProper(&state, name: name) else { return false }
                return try returnTo(&state)
            }
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
                guard try returnFromKernelProper(&state, name: name) else { return false }
                state.index += 1
                return true
            }
            let token = address(block: state.block, index: state.index + 1)
            guard try push(&state, .literal(token), what: "call's return address") else { return false }
            return jump(&state, to: label)
        case .ret:
            return try returnTo(&state)
        default: return false
        }
    }

    /// Kernel C code that returns: it needs kernel proper, and clobbers what the ABI lets it
    /// (or sets and copies what its summary says).
    mutating func returnFromKernelProper(_ state: inout MachineState, name: String) throws -> Bool {
        guard try checkKernelProper(state, name: name) else { return false }
        let result = model.program.handoffResults[name]
        if let result {
            state.registers[.rax] = result.value
            guard try copy(result, in: &state) else { return false }
        }
        for register in [Register.rax, .rcx, .rdx, .rsi, .rdi, .r8, .r9, .r10, .r11] where result == nil || register != .rax {
            state.registers[register] = state.fresh("\(name).\(register.rawValue)")
        }
        state.flags = nil
        return true
    }

    /// `ret`: pops the return address, which must name modelled code.
    mutating func returnTo(_ state: inout MachineState) throws -> Bool {
        guard let value = try pop(&state, what: "ret") else { return false }
        guard let target = value.constantValue.flatMap(location(of:)) else {
            unknowns[.accessesMapped, default: []].append(UnknownOutcome(
                location: currentLocation(state), reason: "ret to an address the model cannot follow"))
            return false
        }
        state.block = target.block
        state.index = target.index
        return true
    }

    /// A hand-off's copy, qword by qword from the source register's target to %rax's, through
    /// the table loaded at the call: the loads and stores are checked like the code's own.
    mutating func copy(_ result: HandoffResult, in state: inout MachineState) throws -> Bool {
        guard let source = result.copiedFrom else { return true }
        for offset in stride(from: UInt64(0), to: result.copiedBytes, by: 8) {
            guard let value = try read(.memory(base: source, displacement: .literal(offset)), in: &state),
                try write(value, to: .memory(base: .rax, displacement: .literal(offset)), in: &state)
            else { return false }
        }
        return true
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
