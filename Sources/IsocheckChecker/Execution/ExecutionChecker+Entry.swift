import IsocheckModel
import Z3Kit

/// The entry points of DESIGN.md §4: SYSCALL from user mode, every IDT vector from user mode
/// and from kernel proper, and every declared exit path from kernel proper.
extension ExecutionChecker {
    mutating func run() throws {
        try bindContextIndices()
        let entry = model.entry
        if let lstar = entry.lstar, selected("syscall") {
            statistics.entryPoints += 1
            var state = userState()
            state.entryPoint = "syscall"
            try withResolvedCR3(&state, text: "user mode (SYSCALL entry point)") { checker, state in
                try checker.syscall(state, target: lstar)
            }
        }
        for gate in entry.gates.sorted(by: { $0.vector < $1.vector }) {
            for fromUser in [true, false] where selected("vector \(gate.vector) from \(fromUser ? "user" : "kernel")") {
                statistics.entryPoints += 1
                var state = fromUser ? userState() : kernelState(interruptsEnabled: true)
                state.entryPoint = "vector \(gate.vector) from \(fromUser ? "user" : "kernel")"
                let text = "\(fromUser ? "user mode" : "kernel proper"): vector \(gate.vector) arrives"
                try withResolvedCR3(&state, text: text) { checker, state in
                    guard let handlerState = try checker.deliver(vector: gate.vector, to: state, offered: false) else { return }
                    try checker.explore(handlerState)
                }
            }
        }
        for exit in entry.exits where selected("exit \(exit.label)") {
            statistics.entryPoints += 1
            var state = kernelState(interruptsEnabled: false)
            state.entryPoint = "exit \(exit.label)"
            try withResolvedCR3(&state, text: "kernel proper: return path \(exit.label)") { checker, state in
                var next = state
                guard try checker.transfer(&next, to: exit.label) else { return }
                try checker.explore(next)
            }
        }
        for key in ["idt_base", "gdt_base", "tss_base"] where setting(key) == nil && !model.entry.gates.isEmpty {
            warnings.append(.warning(.deliveryReadUnchecked(key), at: model.cpu.range?.start))
        }
    }

    func selected(_ name: String) -> Bool { entryPoints?.contains(name) ?? true }

    /// The CPU index and the user space's indices are symbolic for every path: a proof covers all.
    mutating func bindContextIndices() throws {
        var witnesses = QueryWitnesses()
        var constraints: [Z3Term] = []
        if let cpu = model.entry.cpu { constraints += try encoder.bind([cpu], witnesses: &witnesses) }
        constraints += try encoder.bind(model.entry.userBinders, witnesses: &witnesses)
        constraints.append(try context.ult(encode(Self.userGSBase), encoder.expressions.literal(1 << 47)))
        for constraint in constraints {
            try pathSolver.assert(constraint)
            try globalSolver.assert(constraint)
        }
    }

    func setting(_ key: String) -> ValueExpr? { model.entry.settings[key] }

    func userState() -> MachineState {
        var state = MachineState()
        for register in Register.allCases { state.registers[register] = state.fresh("user.\(register.rawValue)") }
        state.rflags = .binary(.bitOr, state.fresh("user.rflags"), .literal(0x200))
        state.cpl = 3
        state.cr3 = Self.storedCR3(setting("user_cr3") ?? .literal(0))
        state.gsIsKernel = false
        state.shadowGSIsKernel = true
        // The kernel ran on this CPU before, under its own PCID.
        if let kernelCR3 = setting("kernel_cr3") { state.kernelPCIDs = [.binary(.bitAnd, kernelCR3, .literal(0xfff))] }
        return state
    }

    func kernelState(interruptsEnabled: Bool) -> MachineState {
        var state = MachineState()
        for register in Register.allCases { state.registers[register] = state.fresh("kernel.\(register.rawValue)") }
        state.registers[.rsp] = setting("kernel_rsp") ?? state.fresh("kernel.rsp")
        state.rflags = .literal(interruptsEnabled ? 0x202 : 0x2)
        state.cpl = 0
        state.cr3 = Self.storedCR3(setting("kernel_cr3") ?? .literal(0))
        state.gsIsKernel = true
        state.kernelPCIDs = [.binary(.bitAnd, state.cr3, .literal(0xfff))]
        return state
    }

    /// Resolves which declared table the state's CR3 selects, forking if several can, and
    /// reporting a CR3 that selects none.
    mutating func withResolvedCR3(
        _ state: inout MachineState, text: String, _ body: (inout ExecutionChecker, MachineState) throws -> Void
    ) throws {
        let candidates = encoder.spacesSelected(byCR3: state.cr3)
        var none: [Z3Term] = []
        for candidate in candidates {
            let condition = try encode(candidate.condition)
            none.append(try context.not(condition))
            try branch(condition) { checker in
                var next = state
                next.space = ActiveSpace(space: candidate.space, indices: candidate.indices)
                next.trace.append(checker.traceStep(next, kind: .start, text: text, location: nil))
                try body(&checker, next)
            }
        }
        try branch(context.and(none)) { checker in
            var next = state
            next.trace.append(checker.traceStep(next, kind: .start, text: text, location: nil))
            try checker.fail(.cr3MatchesPrivilege, state: next, reason: "CR3 selects no declared page table (no space's root matches bits 51:12)")
        }
    }

    func traceStep(_ state: MachineState, kind: TraceStep.Kind, text: String, location: IsocheckDiagnostics.SourceLocation?) -> TraceStep {
        TraceStep(kind: kind, text: text, location: location, cpl: state.cpl, cr3: state.cr3,
                  space: state.space?.description ?? "no table", rsp: state.register(.rsp), gsIsKernel: state.gsIsKernel, accesses: [])
    }

    /// One warning per run of consecutive instructions no path reached.
    static func unreachableWarnings(in program: Program, executed: Set<[Int]>) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for (blockIndex, block) in program.blocks.enumerated() {
            var runStart: Instruction?
            var runEnd: Instruction?
            func flush(_ warnings: inout [Diagnostic]) {
                guard let first = runStart, let last = runEnd else { return }
                let notes = first.range.start.line == last.range.start.line
                    ? [] : [Diagnostic.Note("through this instruction", at: last.range.start)]
                warnings.append(.warning(.unreachableInstruction, at: first.range.start, notes: notes))
                runStart = nil
                runEnd = nil
            }
            for (index, instruction) in block.instructions.enumerated() {
                if executed.contains([blockIndex, index]) {
                    flush(&warnings)
                } else {
                    if runStart == nil { runStart = instruction }
                    runEnd = instruction
                }
            }
            flush(&warnings)
        }
        return warnings
    }
}

import IsocheckDiagnostics

extension Diagnostic.Message {
    static func deliveryReadUnchecked(_ key: String) -> Self {
        Self(id: "check.delivery-read-unchecked", "\(key) is not set: the CPU's own reads of that table during event delivery are not checked")
    }
    static let unreachableInstruction = Self(
        id: "check.unreachable", "no path from any checked entry point reaches this code: it was not checked")
}
