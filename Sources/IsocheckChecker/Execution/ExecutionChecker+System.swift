import IsocheckModel
import IsocheckSyntax
import Z3Kit

/// swapgs, MOV to CR3, cli/sti, pushfq/popfq, lfence, verw, iretq, sysretq: the instructions that
/// change privilege, tables or interrupt state, or clear CPU buffers.
extension ExecutionChecker {
    mutating func executeSystem(_ instruction: Instruction, in state: inout MachineState) throws -> Bool {
        switch instruction.opcode {
        case .lfence, .nop: break
        case .cli: state.rflags = .binary(.bitAnd, state.rflags, .literal(~0x200))
        case .sti: state.rflags = .binary(.bitOr, state.rflags, .literal(0x200))
        case .swapgs: (state.gsIsKernel, state.shadowGSIsKernel) = (state.shadowGSIsKernel, state.gsIsKernel)
        case .rdgsbase:
            guard case .register(let destination) = instruction.operands[0] else { return false }
            state.registers[destination] = state.gsIsKernel ? (setting("kernel_gs") ?? .literal(0)) : Self.userGSBase
        case .wrgsbase:
            guard case .register(let source) = instruction.operands[0] else { return false }
            try writeGSBase(state.register(source), state)
            return false
        case .lsl:
            guard case .register(let selector) = instruction.operands[0], case .register(let destination) = instruction.operands[1]
            else { return false }
            guard state.register(selector).constantValue.map({ $0 & 0xffff }) == Self.cpunodeSelector, let limit = setting("cpunode") else {
                unknowns[.gsMatchesPrivilege, default: []].append(UnknownOutcome(
                    location: currentLocation(state), reason: "lsl of a selector other than the CPUNODE segment's 0x7b, or with no 'cpunode' in the cpu block"))
                return false
            }
            state.registers[destination] = limit
            state.flags = nil
        case .rdmsr:
            guard try readMSR(&state) else { return false }
        case .pushfq:
            guard try push(&state, state.rflags, what: "pushfq") else { return false }
        case .popfq:
            guard let value = try pop(&state, what: "popfq") else { return false }
            state.rflags = value
            state.flags = nil
        case .verw:
            // The read is checked like any load; ZF then depends on the selector's descriptor,
            // which the model does not hold, so the flags become unknown.
            guard try read(instruction.operands[0], in: &state) != nil else { return false }
            state.flags = nil
        case .iretq:
            try iret(state)
            return false
        case .sysretq:
            try sysret(state)
            return false
        default: return false
        }
        state.index += 1
        return true
    }

    /// The symbolic GS base user mode chose; user space can only pick lower-half addresses.
    static let userGSBase = ValueExpr.parameter("@user.gs_base")

    /// RDMSR of MSR_GS_BASE (0xc0000101) or MSR_KERNEL_GS_BASE (0xc0000102): EDX:EAX.
    mutating func readMSR(_ state: inout MachineState) throws -> Bool {
        let kernelGS = setting("kernel_gs") ?? .literal(0)
        let value: ValueExpr
        switch state.register(.rcx).constantValue {
        case 0xc000_0101?: value = state.gsIsKernel ? kernelGS : Self.userGSBase
        case 0xc000_0102?: value = state.shadowGSIsKernel ? kernelGS : Self.userGSBase
        default:
            unknowns[.gsMatchesPrivilege, default: []].append(UnknownOutcome(
                location: currentLocation(state), reason: "rdmsr of an MSR the model does not hold (only 0xc0000101 and 0xc0000102)"))
            return false
        }
        state.registers[.rax] = .binary(.bitAnd, value, .literal(0xffff_ffff))
        state.registers[.rdx] = .binary(.shiftRight, value, .literal(32))
        return true
    }

    /// The GDT selector of Linux's CPUNODE segment, whose limit `lsl` reads.
    static let cpunodeSelector: UInt64 = 0x7b

    /// WRGSBASE: the GS base becomes the kernel's per-CPU base or user mode's, forking where it
    /// could be either; any other value is beyond what the model tracks, so the path is unknown.
    mutating func writeGSBase(_ value: ValueExpr, _ state: MachineState) throws {
        let isKernel = try encode(.binary(.equal, value, setting("kernel_gs") ?? .literal(0)))
        let isUser = try encode(.binary(.equal, value, Self.userGSBase))
        for (condition, kernel) in [(isKernel, true), (try context.and([context.not(isKernel), isUser]), false)] {
            try branch(condition) { checker in
                var next = state
                next.gsIsKernel = kernel
                next.index += 1
                try checker.explore(next)
            }
        }
        try branch(context.and([context.not(isKernel), context.not(isUser)])) { checker in
            checker.unknowns[.gsMatchesPrivilege, default: []].append(UnknownOutcome(
                location: checker.currentLocation(state),
                reason: "wrgsbase of a value that is neither this CPU's per-CPU base (kernel_gs) nor user mode's GS base; the model tracks only those two"))
        }
    }

    /// MOV to CR3: bit 63 is the no-flush request (with PCIDE), bits 11:0 the PCID, bits 51:12
    /// the root, which must select a declared table. Forks on which table it selects.
    mutating func writeCR3(_ value: ValueExpr, in state: inout MachineState) throws -> Bool {
        let noFlush: ValueExpr = model.cpu.pcide
            ? .binary(.notEqual, .binary(.bitAnd, value, .literal(1 << 63)), .literal(0)) : .boolean(false)
        state.lastCR3Write = (.binary(.bitAnd, value, .literal(0xfff)), noFlush)
        state.cr3 = Self.storedCR3(value)
        let candidates = encoder.spacesSelected(byCR3: state.cr3)
        var none: [Z3Term] = []
        let snapshot = state
        for candidate in candidates {
            let condition = try encode(candidate.condition)
            none.append(try context.not(condition))
            try branch(condition) { checker in
                var next = snapshot
                next.space = ActiveSpace(space: candidate.space, indices: candidate.indices)
                if !candidate.space.isUser { next.kernelPCIDs.append(.binary(.bitAnd, next.cr3, .literal(0xfff))) }
                next.index += 1
                try checker.explore(next)
            }
        }
        try branch(context.and(none)) { checker in
            try checker.fail(.cr3MatchesPrivilege, state: snapshot,
                             reason: "MOV to CR3 loads a root that is no declared page table (a wrong mask or a missing bit)")
        }
        return false
    }

    /// SYSCALL from user mode: RCX <- RIP, R11 <- RFLAGS, RFLAGS &= ~FMASK, CPL 0; RSP, CR3 and
    /// GS are unchanged, so the first instructions run on the user stack and the user table.
    mutating func syscall(_ start: MachineState, target: String) throws {
        var state = start
        state.registers[.rcx] = state.fresh("user.rip")
        state.registers[.r11] = state.rflags
        state.rflags = .binary(.bitAnd, state.rflags, .unary(.bitNot, model.entry.fmask))
        state.cpl = 0
        state.trace.append(traceStep(state, kind: .event, text: "SYSCALL: CPL 0, RIP <- LSTAR (\(target)); RSP, CR3, GS unchanged", location: nil))
        guard try transfer(&state, to: target) else { return }
        try explore(state)
    }

    /// SYSRET: a non-canonical RCX raises #GP at CPL0 (Intel), on the current (user) RSP.
    mutating func sysret(_ state: MachineState) throws {
        let rcx = state.register(.rcx)
        let top = ValueExpr.binary(.shiftRight, rcx, .literal(47))
        let canonical = try encode(.binary(.or, .binary(.equal, top, .literal(0)), .binary(.equal, top, .literal(0x1ffff))))
        if model.entry.gates.contains(where: { $0.vector == 13 }) {
            try branch(context.not(canonical)) { checker in
                var faulting = state
                faulting.trace.append(checker.traceStep(state, kind: .event, text: "SYSRET with non-canonical RCX: #GP at CPL0", location: state.trace.last?.location))
                guard let handler = try checker.deliver(vector: 13, to: faulting, offered: false) else { return }
                try checker.explore(handler)
            }
        }
        try branch(canonical) { checker in
            var next = state
            next.cpl = 3
            next.rflags = state.register(.r11)
            try checker.returnToUser(next, how: "SYSRET")
        }
    }

    /// What CR3 holds after a write of `value`: bit 63 (no-flush) is never stored. One mask, however
    /// often the value goes round (saved, restored), so that equal states read equal.
    static func storedCR3(_ value: ValueExpr) -> ValueExpr {
        let mask = ValueExpr.literal(~(1 << 63))
        if case .binary(.bitAnd, let inner, .literal(~(1 << 63))) = value { return storedCR3(inner) }
        return .binary(.bitAnd, value, mask)
    }

    /// IRETQ pops RIP, CS, RFLAGS, RSP, SS. To CPL3 it may first fault at CPL0 on a bad frame
    /// (before the privilege change: current stack, current CR3); to CPL0 it resumes what an
    /// event interrupted.
    mutating func iret(_ start: MachineState) throws {
        var state = start
        guard let rip = try pop(&state, what: "IRETQ frame (RIP)"), let cs = try pop(&state, what: "IRETQ frame (CS)"),
            let rflags = try pop(&state, what: "IRETQ frame (RFLAGS)"), let rsp = try pop(&state, what: "IRETQ frame (RSP)"),
            try pop(&state, what: "IRETQ frame (SS)") != nil
        else { return }
        let toUser = try encode(.binary(.equal, .binary(.bitAnd, cs, .literal(3)), .literal(3)))
        try branch(toUser) { checker in
            // The frame is the user's to corrupt (sigreturn), so the fault is always possible. One
            // fault per path: the handler's own return to user mode would only repeat it.
            if !start.iretFaulted, checker.model.entry.gates.contains(where: { $0.vector == 13 }) {
                var faulting = start
                faulting.iretFaulted = true
                faulting.trace.append(checker.traceStep(start, kind: .event, text: "IRETQ faults on a bad user frame: #GP at CPL0, before the privilege change",
                                                        location: start.trace.last?.location))
                if let handler = try checker.deliver(vector: 13, to: faulting, offered: false) { try checker.explore(handler) }
            }
            var next = state
            next.cpl = 3
            next.rflags = rflags
            next.registers[.rsp] = rsp
            next.nmiBlocked = false
            try checker.returnToUser(next, how: "IRETQ")
        }
        try branch(context.not(toUser)) { checker in
            var next = state
            if !next.activeVectors.isEmpty { next.activeVectors.removeLast() }
            next.rflags = rflags
            next.registers[.rsp] = rsp
            next.nmiBlocked = false
            guard let token = rip.constantValue, let target = checker.location(of: token) else {
                // Returning into kernel code the model does not hold: kernel proper again.
                try checker.handoff(next, name: "the interrupted kernel code")
                return
            }
            // RFLAGS comes back from the frame: the arithmetic flags only if it is the frame the
            // event pushed; otherwise nothing is known about them.
            next.flags = nil
            if let context = next.interrupted.last, context.resumeAddress == token {
                next.interrupted.removeLast()
                next.flags = context.flags
                next.block = target.block
                next.index = target.index
                // The handler left everything as it was, registers and the stack above RSP alike:
                // the uninterrupted path covers the rest. Otherwise the interrupted code goes on.
                let (rspBase, rspOffset) = ValueExprKey.linear(context.rsp)
                let storesBelow = next.stack.dropFirst(context.storeCount).allSatisfy { store in
                    let (base, offset) = ValueExprKey.linear(store.address)
                    return base.map(ValueExprKey.of) == rspBase.map(ValueExprKey.of)
                        && Int64(bitPattern: offset &- rspOffset) < 0
                }
                if next.snapshot == context.snapshot,
                   try storesBelow || checker.storesAreDisjoint(Array(next.stack.dropFirst(context.storeCount)),
                                                                from: Array(next.stack.prefix(context.storeCount))) {
                    checker.statistics.paths += 1
                    return
                }
            }
            next.block = target.block
            next.index = target.index
            try checker.explore(next)
        }
    }

    /// The privilege drop to CPL3: the table must be the user's own, with its PCID, and no
    /// kernel translation may survive in the TLB under that PCID.
    mutating func returnToUser(_ start: MachineState, how: String) throws {
        var state = start
        state.trace.append(traceStep(state, kind: .returnToUser, text: "\(how) to user mode (CPL 3)", location: state.trace.last?.location))
        statistics.paths += 1
        guard let active = state.space else { return }
        if active.space.name != model.entry.userSpace {
            try fail(.cr3MatchesPrivilege, state: state, reason: "\(how) enters user mode with \(active.space.name) loaded, not the user's table")
            return
        }
        var wrongTable: [Z3Term] = []
        for (index, expected) in zip(active.indices, model.entry.userIndices) {
            wrongTable.append(try context.not(context.eq(encode(index), encode(expected))))
        }
        guard try require(.cr3MatchesPrivilege, violation: context.or(wrongTable), state: state,
                          reason: "\(how) enters user mode with another principal's user table")
        else { return }
        if model.cpu.pcide, let userCR3 = setting("user_cr3") {
            let wrongPCID = try context.not(context.eq(
                encode(.binary(.bitAnd, state.cr3, .literal(0xfff))), encode(.binary(.bitAnd, userCR3, .literal(0xfff)))))
            guard try require(.cr3MatchesPrivilege, violation: wrongPCID, state: state,
                              reason: "\(how) enters user mode with a PCID that is not the user PCID")
            else { return }
        }
        obligations[.gsMatchesPrivilege, default: 0] += 1
        if state.gsIsKernel {
            try fail(.gsMatchesPrivilege, state: state, reason: "\(how) enters user mode with the kernel GS base")
            return
        }
        if model.cpu.pcide, let write = state.lastCR3Write, !state.kernelPCIDs.isEmpty {
            let shared = try state.kernelPCIDs.map { try context.eq(encode(write.pcid), encode($0)) }
            let stale = try context.and(encode(write.noFlush), context.or(shared))
            _ = try require(.noStaleKernelTLB, violation: stale, state: state,
                            reason: "user mode runs under the kernel's PCID without a flush: kernel translations stay usable")
        }
    }
}
