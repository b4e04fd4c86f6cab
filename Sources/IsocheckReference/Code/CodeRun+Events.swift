import IsocheckModel

/// Event delivery, SYSCALL, SYSRET, IRETQ, MOV to CR3 and the two ends of every path: user mode
/// and kernel proper.
extension CodeRun {
    static let vectorsWithErrorCode: Set<UInt64> = [8, 10, 11, 12, 13, 14, 17]

    /// Delivers `vector` from the current machine: gate, stack, frame, then the handler.
    mutating func deliver(vector: UInt64, offered: Bool) throws {
        let original = machine
        if offered { machine.eventsTaken += 1 }
        note("vector \(vector) is delivered")
        guard let gate = model.entry.gates.first(where: { $0.vector == vector }) else {
            try violate(.accessesMapped, "vector \(vector) has no IDT gate")
        }
        if let idt = try setting("idt_base") {
            try deliveryAccess(idt &+ vector &* 16, length: 16, .implicitRead, vector: vector, original: original)
        }
        let newStack: UInt64
        if gate.ist > 0 {
            guard let ist = try setting("ist\(gate.ist)") else { try violate(.stackIsKernel, "vector \(vector) uses IST\(gate.ist), which is not set") }
            if let tss = try setting("tss_base") {
                try deliveryAccess(tss &+ 0x24 &+ 8 &* (gate.ist - 1), length: 8, .implicitRead, vector: vector, original: original)
            }
            newStack = ist
        } else if machine.cpl == 3 {
            guard let rsp0 = try setting("rsp0") else { try violate(.stackIsKernel, "vector \(vector) from user mode needs RSP0, which is not set") }
            if let tss = try setting("tss_base") { try deliveryAccess(tss &+ 4, length: 8, .implicitRead, vector: vector, original: original) }
            newStack = rsp0
        } else {
            newStack = register(.rsp)
        }
        if let gdt = try setting("gdt_base") { try deliveryAccess(gdt &+ 0x10, length: 8, .implicitRead, vector: vector, original: original) }
        let fromUser = machine.cpl == 3
        let returnAddress = machine.inCode ? model.program.address(block: machine.block, index: machine.index)
            : fromUser ? number(input("user.rip")) & 0x7fff_ffff_ffff : number(input("kernel.rip")) | 0xffff_8000_0000_0000
        var frame: [ReferenceValue] = [.number(fromUser ? 0x2b : 0x18), machine.registers[.rsp] ?? .number(0), .number(machine.rflags),
                                       .number(fromUser ? 0x33 : 0x10), .number(returnAddress)]
        // Kernel proper is the code the model does not hold: it never runs inside lifted code.
        if !original.inCode, !fromUser, model.program.liftedCodeContains(returnAddress) { throw PathEnd() }
        if Self.vectorsWithErrorCode.contains(vector) { frame.append(.number(0)) }
        machine.cpl = 0
        machine.registers[.rsp] = .number(newStack & ~0xf)
        for value in frame {
            let slot = register(.rsp) &- 8
            try deliveryAccess(slot, length: 8, .implicitWrite, vector: vector, original: original)
            try push(value, implicit: true)
        }
        if original.inCode {
            machine.interrupted.append((model.program.address(block: original.block, index: original.index), original.flags))
        }
        machine.rflags &= ~0x300
        if vector == 2 { machine.nmiBlocked = true }
        machine.activeVectors.append(vector)
        try transfer(to: gate.handler)
    }

    /// An access the CPU makes while delivering: if it cannot be made, the run either stops at
    /// the violation or follows the #DF the CPU raises instead (two runs).
    mutating func deliveryAccess(_ address: UInt64, length: UInt64, _ access: ConcreteTables.Access, vector: UInt64, original: ReferenceMachine) throws {
        guard let space = machine.space else { throw PathEnd() }
        if tables.isMapped(space, address, access, cpl: 0), tables.isMapped(space, address &+ (length - 1), access, cpl: 0) { return }
        let canDoubleFault = vector != 8 && model.entry.gates.contains { $0.vector == 8 }
        if canDoubleFault, oracle.choose(2) == 1 {
            note("delivery faults at 0x\(String(address, radix: 16)): #DF")
            // The event whose delivery faulted was taken: it counts toward the bound.
            let taken = machine.eventsTaken
            machine = original
            machine.eventsTaken = taken
            try deliver(vector: 8, offered: false)
            try explore()
        }
        try violate(.accessesMapped, "vector \(vector): the CPU's \(access.rawValue) of 0x\(String(address, radix: 16)) during delivery is not mapped in \(space.description)")
    }

    /// SYSCALL: RCX <- RIP (a canonical user address), R11 <- RFLAGS, RFLAGS &= ~FMASK, CPL0.
    mutating func syscall(target: String) throws {
        machine.registers[.rcx] = .number(number(input("user.rip")) & 0x7fff_ffff_ffff)
        machine.registers[.r11] = .number(machine.rflags)
        machine.rflags &= ~(try value(model.entry.fmask))
        machine.cpl = 0
        note("SYSCALL to \(target)")
        try transfer(to: target)
        try explore()
    }

    /// SYSRET: #GP at CPL0 on a non-canonical RCX, else user mode with RFLAGS from R11.
    mutating func sysret() throws {
        let top = register(.rcx) >> 47
        guard top == 0 || top == 0x1ffff else {
            guard model.entry.gates.contains(where: { $0.vector == 13 }) else { throw PathEnd() }
            note("SYSRET with non-canonical RCX: #GP at CPL0")
            try deliver(vector: 13, offered: false)
            try explore()
            throw PathEnd()
        }
        machine.cpl = 3
        machine.rflags = register(.r11)
        try returnToUser(how: "SYSRET")
    }

    /// IRETQ: pops RIP, CS, RFLAGS, RSP, SS. To user mode it may first fault (#GP at CPL0, on
    /// the state before the pops); to CPL0 it resumes the interrupted code, or kernel proper.
    mutating func iret() throws {
        let start = machine
        let rip = try pop(what: "IRETQ frame (RIP)")
        let cs = try pop(what: "IRETQ frame (CS)")
        let rflags = try pop(what: "IRETQ frame (RFLAGS)")
        let rsp = try pop(what: "IRETQ frame (RSP)")
        _ = try pop(what: "IRETQ frame (SS)")
        if number(cs) & 3 == 3 {
            if !start.iretFaulted, model.entry.gates.contains(where: { $0.vector == 13 }), oracle.choose(2) == 1 {
                machine = start
                machine.iretFaulted = true
                note("IRETQ faults on the user frame: #GP at CPL0")
                try deliver(vector: 13, offered: false)
                try explore()
            }
            machine.cpl = 3
            machine.rflags = number(rflags)
            machine.registers[.rsp] = rsp
            machine.nmiBlocked = false
            try returnToUser(how: "IRETQ")
        }
        if !machine.activeVectors.isEmpty { machine.activeVectors.removeLast() }
        machine.rflags = number(rflags)
        machine.registers[.rsp] = rsp
        machine.nmiBlocked = false
        let ripNumber = number(rip)
        guard let target = model.program.location(of: ripNumber) else {
            try handoff(name: "the interrupted kernel code")
        }
        machine.flags = nil
        if let last = machine.interrupted.last, last.token == ripNumber {
            machine.interrupted.removeLast()
            machine.flags = last.flags
        }
        machine.block = target.block
        machine.index = target.index
        note("IRETQ resumes the interrupted code")
        try explore()
    }

    /// MOV to CR3: bit 63 asks not to flush (with PCIDE), bits 11:0 are the PCID.
    mutating func writeCR3(_ value: UInt64) throws {
        machine.lastCR3Write = (value & 0xfff, model.cpu.pcide && value & (1 << 63) != 0)
        machine.cr3 = Self.stored(value)
        try selectTable(what: "MOV to CR3")
        if let space = machine.space, !space.isUser { machine.kernelPCIDs.append(machine.cr3 & 0xfff) }
    }

    /// Arrival at CPL3: the user's own table and PCID, the user GS base, no kernel translation
    /// usable under that PCID. The path ends.
    mutating func returnToUser(how: String) throws -> Never {
        note("\(how) to user mode")
        guard let space = machine.space else { throw PathEnd() }
        guard space.space == model.entry.userSpace else {
            try violate(.cr3MatchesPrivilege, "\(how) enters user mode with \(space.description) loaded, not the user's table")
        }
        let expected = try model.entry.userIndices.map(value)
        if space.indices != expected {
            try violate(.cr3MatchesPrivilege, "\(how) enters user mode with another principal's user table \(space.description)")
        }
        if model.cpu.pcide, let userCR3 = try setting("user_cr3"), machine.cr3 & 0xfff != userCR3 & 0xfff {
            try violate(.cr3MatchesPrivilege, "\(how) enters user mode with PCID 0x\(String(machine.cr3 & 0xfff, radix: 16)), not the user PCID")
        }
        if machine.gsIsKernel { try violate(.gsMatchesPrivilege, "\(how) enters user mode with the kernel GS base") }
        if model.cpu.pcide, let write = machine.lastCR3Write, write.noFlush, machine.kernelPCIDs.contains(write.pcid) {
            try violate(.noStaleKernelTLB, "user mode runs under a PCID the kernel used, without a flush")
        }
        throw PathEnd()
    }

    /// Kernel proper: the kernel's table, the kernel GS base, RSP on a kernel stack.
    mutating func checkKernelProper(name: String) throws {
        if let space = machine.space, space.isUser {
            try violate(.cr3MatchesPrivilege, "hand-off to \(name) with the user table \(space.description) loaded")
        }
        if !machine.gsIsKernel { try violate(.gsMatchesPrivilege, "hand-off to \(name) with the user GS base") }
        let rsp = register(.rsp)
        if !tables.isOnKernelStack(rsp &- 8) {
            try violate(.stackIsKernel, "hand-off to \(name) with RSP 0x\(String(rsp, radix: 16)) on no kernel stack")
        }
    }

    mutating func handoff(name: String) throws -> Never {
        note("hand-off to \(name)")
        try checkKernelProper(name: name)
        throw PathEnd()
    }

    /// To a label: an instruction, or a hand-off that ends the path.
    mutating func transfer(to label: String) throws {
        switch model.program.labels[label] {
        case .instruction(let block, let index)?:
            machine.block = block
            machine.index = index
        case .handoff(let name)?:
            try handoff(name: name)
        case nil:
            throw PathEnd()
        }
    }
}
