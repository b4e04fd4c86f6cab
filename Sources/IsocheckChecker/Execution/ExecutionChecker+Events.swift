import IsocheckModel
import IsocheckSyntax
import Z3Kit

/// Event delivery (DESIGN.md §2): read the IDT gate, pick the stack (IST, else RSP0 on a
/// privilege change, else the current RSP), align it to 16 bytes, push SS, RSP, RFLAGS, CS, RIP
/// (and an error code), all through the table active at that instant. A fault while delivering
/// becomes #DF; a fault while delivering #DF shuts the machine down.
extension ExecutionChecker {
    static func name(ofVector vector: UInt64) -> String {
        switch vector {
        case 1: "#DB"
        case 2: "NMI"
        case 8: "#DF"
        case 13: "#GP"
        case 14: "#PF"
        case 18: "#MC"
        default: vector >= 32 ? "interrupt \(vector)" : "vector \(vector)"
        }
    }

    static let vectorsWithErrorCode: Set<UInt64> = [8, 10, 11, 12, 13, 14, 17]

    /// The state at the handler's first instruction, or nil if delivery cannot complete.
    mutating func deliver(vector: UInt64, to original: MachineState, offered: Bool) throws -> MachineState? {
        var state = original
        if offered { state.eventsTaken += 1 }
        let name = Self.name(ofVector: vector)
        state.trace.append(traceStep(state, kind: .event, text: "\(name) is delivered", location: state.trace.last?.location))
        guard let gate = model.entry.gates.first(where: { $0.vector == vector }) else {
            try fail(.accessesMapped, state: state, reason: "\(name) has no IDT gate: the CPU raises #DF")
            return nil
        }
        if let idt = setting("idt_base") {
            let gateAddress = ValueExpr.binary(.add, idt, .literal(vector * 16))
            guard try deliveryAccess(&state, gateAddress, what: "\(name): IDT gate read", vector: vector, original: original, length: 16)
            else { return nil }
        }
        let newStack: ValueExpr
        if gate.ist > 0 {
            guard let ist = setting("ist\(gate.ist)") else {
                try fail(.stackIsKernel, state: state, reason: "\(name) uses IST\(gate.ist), which the TSS does not set")
                return nil
            }
            if let tss = setting("tss_base") {
                let slot = ValueExpr.binary(.add, tss, .literal(0x24 + 8 * (gate.ist - 1)))
                guard try deliveryAccess(&state, slot, what: "\(name): TSS.IST\(gate.ist) read", vector: vector, original: original)
                else { return nil }
            }
            newStack = ist
        } else if state.cpl == 3 {
            guard let rsp0 = setting("rsp0") else {
                try fail(.stackIsKernel, state: state, reason: "\(name) from user mode needs TSS.RSP0, which is not set")
                return nil
            }
            if let tss = setting("tss_base") {
                guard try deliveryAccess(&state, .binary(.add, tss, .literal(4)), what: "\(name): TSS.RSP0 read", vector: vector, original: original)
                else { return nil }
            }
            newStack = rsp0
        } else {
            newStack = state.register(.rsp)
        }
        if let gdt = setting("gdt_base") {
            guard try deliveryAccess(&state, .binary(.add, gdt, .literal(0x10)), what: "\(name): GDT read (CS descriptor)", vector: vector, original: original)
            else { return nil }
        }
        let fromUser = state.cpl == 3
        // Outside the modelled code RIP is some canonical address of the interrupted mode.
        let returnAddress: ValueExpr =
            state.inCode ? .literal(address(block: state.block, index: state.index))
            : fromUser ? .binary(.bitAnd, state.fresh("user.rip"), .literal(0x7fff_ffff_ffff))
            : .binary(.bitOr, state.fresh("kernel.rip"), .literal(0xffff_8000_0000_0000))
        if !state.inCode, !fromUser { state.assumptions += Self.outsideLiftedCode(returnAddress, model.program) }
        let frame: [(ValueExpr, String)] = [
            (.literal(fromUser ? 0x2b : 0x18), "SS"), (state.register(.rsp), "RSP"), (state.rflags, "RFLAGS"),
            (.literal(fromUser ? 0x33 : 0x10), "CS"), (returnAddress, "RIP"),
        ] + (Self.vectorsWithErrorCode.contains(vector) ? [(.literal(0), "error code")] : [])
        state.cpl = 0
        state.registers[.rsp] = .binary(.bitAnd, newStack, .literal(~0xf))
        // Whichever push faults, the #DF that follows starts from the same interrupted state:
        // one exploration covers them all, rather than one per slot of the frame.
        let slots = (1...frame.count).map { ValueExprKey.add(state.register(.rsp), 0 &- UInt64(8 * $0)) }
        try exploreDoubleFault(state, accesses: slots.map { ($0, 8) }, vector: vector, original: original, write: true)
        for (value, field) in frame {
            guard try push(&state, value, what: consequence("\(name): frame push (\(field))", vector: vector), implicit: true) else { return nil }
        }
        if original.inCode {
            state.interrupted.append(InterruptedContext(
                resumeAddress: address(block: original.block, index: original.index),
                block: original.block, index: original.index, snapshot: original.snapshot, flags: original.flags,
                rsp: original.register(.rsp), storeCount: original.stack.count))
        }
        // Interrupt gates clear IF and TF; NMI blocks further NMIs until the next IRETQ.
        state.rflags = .binary(.bitAnd, state.rflags, .literal(~0x300))
        if vector == 2 { state.nmiBlocked = true }
        state.activeVectors.append(vector)
        guard try transfer(&state, to: gate.handler) else { return nil }
        return state
    }

    /// Kernel proper is the code the model does not hold, so its RIP lies outside every lifted
    /// block (entry code compares frame RIPs with addresses inside them).
    static func outsideLiftedCode(_ rip: ValueExpr, _ program: Program) -> [ValueExpr] {
        program.blocks.compactMap { block in
            guard block.instructionAddresses != nil else { return nil }
            return .binary(.greaterEqual, .binary(.subtract, rip, block.address), block.size)
        }
    }

    /// A delivery access: if it can fault, explore the #DF that follows, then go on assuming it
    /// did not.
    mutating func deliveryAccess(
        _ state: inout MachineState, _ address: ValueExpr, what: String, vector: UInt64, original: MachineState, length: UInt64 = 8
    ) throws -> Bool {
        try exploreDoubleFault(state, accesses: [(address, length)], vector: vector, original: original)
        return try checkAccess(&state, address: address, access: .implicitRead, what: consequence(what, vector: vector), length: length)
    }

    func consequence(_ what: String, vector: UInt64) -> String {
        vector == 8 ? "\(what); a fault while delivering #DF shuts the machine down" : "\(what); the CPU raises #DF instead"
    }

    /// On the branch where one of these delivery accesses is unmapped, deliver #DF from the
    /// original state.
    mutating func exploreDoubleFault(
        _ state: MachineState, accesses: [(address: ValueExpr, length: UInt64)], vector: UInt64, original: MachineState, write: Bool = false
    ) throws {
        guard vector != 8, model.entry.gates.contains(where: { $0.vector == 8 }), let active = state.space else { return }
        let access: AccessKind = write ? .implicitWrite : .implicitRead
        var faults: [Z3Term] = []
        for (address, length) in accesses {
            let first = try encode(address)
            let last = try context.add(first, encoder.expressions.literal(length - 1))
            faults.append(try context.not(encoder.isMapped(active, address: first, access: access, cpl: 0)))
            faults.append(try context.not(encoder.isMapped(active, address: last, access: access, cpl: 0)))
        }
        let unmapped = try context.or(faults)
        if try globallyUnsat(unmapped) { return }
        try branch(unmapped) { checker in
            var faulted = original
            faulted.trace = state.trace
            // The event whose delivery faulted was taken: it counts toward the bound.
            faulted.eventsTaken = state.eventsTaken
            faulted.trace.append(checker.traceStep(state, kind: .event, text: "delivery faults: #DF", location: state.trace.last?.location))
            guard let handler = try checker.deliver(vector: 8, to: faulted, offered: false) else { return }
            try checker.explore(handler)
        }
    }
}
