import IsocheckDiagnostics
import IsocheckModel
import Z3Kit

extension ExecutionChecker {
    /// Runs one path from the state's instruction until it ends; forks recurse.
    mutating func explore(_ start: MachineState) throws {
        var state = start
        if !state.assumptions.isEmpty {
            var terms: [Z3Term] = []
            for assumption in state.assumptions { terms.append(try encode(assumption)) }
            let assumed = try context.and(terms)
            state.assumptions = []
            try branch(assumed) { checker in try checker.explore(state) }
            return
        }
        while true {
            guard state.block < model.program.blocks.count,
                state.index < model.program.blocks[state.block].instructions.count
            else { return }
            let block = model.program.blocks[state.block]
            let instruction = block.instructions[state.index]
            executed.insert([state.block, state.index])
            site = instruction.range.start
            state.inCode = true
            statistics.boundaries += 1
            guard state.trace.count < Self.stepBound else {
                unknowns[.cr3MatchesPrivilege, default: []].append(UnknownOutcome(
                    location: instruction.range.start, reason: "a path ran longer than \(Self.stepBound) steps (a loop?) and was cut off"))
                return
            }
            state.trace.append(traceStep(state, kind: .instruction, text: "\(block.name): \(instruction.text)", location: instruction.range.start))
            guard try boundaryChecks(&state, block: block) else { return }
            try offerEvents(state)
            statistics.instructions += 1
            guard try execute(instruction, in: &state) else { return }
        }
    }

    /// cr3-matches-privilege and the fetch of the instruction, at every boundary.
    mutating func boundaryChecks(_ state: inout MachineState, block: CodeBlock) throws -> Bool {
        guard let active = state.space else { return false }
        obligations[.cr3MatchesPrivilege, default: 0] += 1
        if state.cpl == 0, active.space.isUser, !block.isTrampoline {
            try fail(.cr3MatchesPrivilege, state: state,
                     reason: "kernel code outside the trampoline runs at CPL0 with the user table \(active.space.name) loaded")
            return false
        }
        // One name per block, so the same fetch question is the same term everywhere.
        let offset = try context.bvConst("fetch.\(block.name)", width: 64)
        let address = try context.add(encode(block.address), offset)
        let unmapped = try context.and(
            context.ult(offset, encode(block.size)),
            context.not(encoder.isMapped(active, address: address, access: .fetch, cpl: state.cpl)))
        state.trace[state.trace.count - 1].accesses.append(("fetch", block.address))
        let key = "fetch|\(state.block)|\(active.space.name)|\(active.indices.map(ValueExprKey.of))|\(state.cpl)"
        return try require(.accessesMapped, violation: unmapped, state: state,
                           reason: "instruction fetch from \(block.name) is not mapped executable in \(active.space.name)", cacheKey: key)
    }

    /// Paths longer than this are cut off and reported as unknown, never as proved.
    static let stepBound = 2_000

    /// Offers each asynchronous event that can arrive here, each on its own branch. An event is
    /// not offered inside its own handler: NMIs are blocked until IRETQ, a nested #MC shuts the
    /// CPU down (MCIP), and kernels keep breakpoints out of the #DB path.
    mutating func offerEvents(_ state: MachineState) throws {
        guard state.eventsTaken < eventBound else { return }
        for gate in model.entry.gates.sorted(by: { $0.vector < $1.vector }) {
            let vector = gate.vector
            if state.activeVectors.contains(vector) { continue }
            if let offered = offeredEvents, !offered.contains(vector) { continue }
            var enabled: Z3Term = context.bool(true)
            switch vector {
            case 2: if state.nmiBlocked { continue }
            case 1, 18: break
            default:
                guard vector >= 32 else { continue }
                enabled = try context.not(context.eq(encode(.binary(.bitAnd, state.rflags, .literal(0x200))), encoder.expressions.literal(0)))
            }
            try branch(enabled) { checker in
                checker.statistics.events += 1
                guard let handler = try checker.deliver(vector: vector, to: state, offered: true) else { return }
                try checker.explore(handler)
            }
        }
    }

    /// Executes one instruction; false when the path ends.
    mutating func execute(_ instruction: Instruction, in state: inout MachineState) throws -> Bool {
        switch instruction.opcode {
        case .mov, .lea, .push, .pop, .movslq: return try executeDataMovement(instruction, in: &state)
        case .add, .sub, .and, .or, .xor, .not, .bt, .bts, .btr, .test, .cmp, .shl, .shr, .sar:
            return try executeArithmetic(instruction, in: &state)
        case .jmp, .jcc, .call, .ret, .stop: return try executeControlFlow(instruction, in: &state)
        case .assertion:
            guard case .condition(let condition)? = instruction.operands.first else { return false }
            var values: [String: ValueExpr] = ["%cr3": state.cr3]
            for register in Register.allCases { values["%" + register.rawValue] = state.register(register) }
            let holds = try encode(condition.substitutingParameters(values))
            guard try require(.assertions, violation: context.not(holds), state: state,
                              reason: "assertion '\(instruction.text)' fails")
            else { return false }
            state.index += 1
            return true
        case .lfence, .nop, .cli, .sti, .pushfq, .popfq, .swapgs, .iretq, .sysretq, .rdmsr, .verw, .rdgsbase, .wrgsbase, .lsl:
            return try executeSystem(instruction, in: &state)
        }
    }

    /// Moves control to a label; a hand-off label ends the path with the kernel-proper checks.
    mutating func jump(_ state: inout MachineState, to label: String) -> Bool {
        switch model.program.labels[label] {
        case .instruction(let block, let index)?:
            state.block = block
            state.index = index
            return true
        case .handoff?, nil:
            return false
        }
    }

    /// Transfers to `label`; returns false after a hand-off or a failed check.
    mutating func transfer(_ state: inout MachineState, to label: String) throws -> Bool {
        if case .handoff(let name)? = model.program.labels[label] {
            try handoff(state, name: name)
            return false
        }
        return jump(&state, to: label)
    }

    /// Arrival in "kernel proper": kernel table, kernel GS, a kernel stack. The path ends.
    mutating func handoff(_ start: MachineState, name: String) throws {
        var state = start
        state.trace.append(traceStep(state, kind: .handoff, text: "hand-off to \(name) (kernel proper)", location: state.trace.last?.location))
        statistics.paths += 1
        _ = try checkKernelProper(state, name: name)
    }

    /// The state kernel C code may assume; false if the path cannot go on.
    mutating func checkKernelProper(_ state: MachineState, name: String) throws -> Bool {
        obligations[.cr3MatchesPrivilege, default: 0] += 1
        obligations[.gsMatchesPrivilege, default: 0] += 1
        if let active = state.space, active.space.isUser {
            try fail(.cr3MatchesPrivilege, state: state, reason: "hand-off to \(name) with the user table \(active.space.name) still loaded")
            return false
        }
        if !state.gsIsKernel {
            try fail(.gsMatchesPrivilege, state: state, reason: "hand-off to \(name) with the user GS base")
            return false
        }
        let slot = try encode(ValueExprKey.add(state.register(.rsp), 0 &- 8))
        return try require(.stackIsKernel, violation: context.not(encoder.isOnKernelStack(slot)), state: state,
                           reason: "hand-off to \(name) with RSP on no declared kernel stack", cacheKey: "handoff")
    }
}
