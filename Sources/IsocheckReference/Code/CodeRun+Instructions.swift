import IsocheckModel

/// Every instruction the spec language has, executed on numbers.
extension CodeRun {
    mutating func execute(_ instruction: Instruction) throws {
        let operands = instruction.operands
        switch instruction.opcode {
        case .mov:
            let value = try read(operands[0])
            if case .cr3 = operands[1] {
                try writeCR3(number(value))
            } else if instruction.width == 32 {
                try write(.number(number(value) & 0xffff_ffff), to: operands[1])
            } else {
                try write(value, to: operands[1])
            }
        case .lea:
            try write(.number(try effectiveAddress(operands[0])), to: operands[1])
        case .push:
            try push(try read(operands[0]))
        case .pop:
            try write(try pop(what: "pop"), to: operands[0])
        case .not:
            let value = try read(operands[0])
            try write(.number(~number(value)), to: operands[0])
        case .add, .sub, .and, .or, .xor, .bt, .bts, .btr, .test, .cmp:
            try arithmetic(instruction.opcode, operands, width: instruction.width)
        case .shl, .shr, .sar:
            try shift(instruction.opcode, operands)
        case .movslq:
            let low = number(try read(operands[0])) & 0xffff_ffff
            try write(.number(UInt64(bitPattern: Int64(Int32(bitPattern: UInt32(low))))), to: operands[1])
        case .verw:
            _ = try read(operands[0])
            machine.flags = nil
        case .jmp:
            guard case .label(let label) = operands[0] else { throw PathEnd() }
            // A tail call into kernel C code that returns: it comes back to our caller.
            if case .handoff(let name)? = model.program.labels[label], model.program.returningHandoffs.contains(name) {
                try returnFromKernelProper(name: name)
                try returnTo()
                return
            }
            try transfer(to: label)
            return
        case .jcc(let condition):
            guard case .label(let label) = operands[0] else { throw PathEnd() }
            guard let flags = machine.flags else { try undecided("a conditional jump on flags nothing set") }
            if Self.holds(condition, flags) {
                try transfer(to: label)
                return
            }
        case .call:
            guard case .label(let label) = operands[0] else { throw PathEnd() }
            if case .handoff(let name)? = model.program.labels[label] {
                guard model.program.returningHandoffs.contains(name) else { try handoff(name: name) }
                try returnFromKernelProper(name: name)
            } else {
                try push(.number(model.program.address(block: machine.block, index: machine.index + 1)), what: "call's return address")
                try transfer(to: label)
                return
            }
        case .ret:
            try returnTo()
            return
        case .stop:
            throw PathEnd()
        case .assertion:
            guard case .condition(let condition)? = operands.first else { throw PathEnd() }
            var values = environment
            values.parameters["%cr3"] = machine.cr3
            // Only the registers the condition names are looked at.
            for register in Register.allCases where condition.parameters.contains("%" + register.rawValue) {
                values.parameters["%" + register.rawValue] = self.register(register)
            }
            if try condition.evaluate(in: values).condition != true {
                try violate(.assertions, "assertion '\(instruction.text)' fails")
            }
        case .lfence, .nop: break
        case .cli: machine.rflags &= ~0x200
        case .sti: machine.rflags |= 0x200
        case .swapgs: (machine.gsIsKernel, machine.shadowGSIsKernel) = (machine.shadowGSIsKernel, machine.gsIsKernel)
        case .rdgsbase:
            guard case .register(let destination) = operands[0] else { throw PathEnd() }
            machine.registers[destination] = .number(machine.gsIsKernel ? try setting("kernel_gs") ?? 0 : userGSBase())
        case .wrgsbase:
            guard case .register(let source) = operands[0] else { throw PathEnd() }
            let value = register(source)
            if value == (try setting("kernel_gs") ?? 0) {
                machine.gsIsKernel = true
            } else if value == userGSBase() {
                machine.gsIsKernel = false
            } else {
                try undecided("wrgsbase of a value that is neither kernel_gs nor user mode's GS base")
            }
        case .lsl:
            guard case .register(let selector) = operands[0], case .register(let destination) = operands[1] else { throw PathEnd() }
            guard register(selector) & 0xffff == 0x7b, let limit = try setting("cpunode") else {
                try undecided("lsl of a selector other than CPUNODE's 0x7b, or with no 'cpunode'")
            }
            machine.registers[destination] = .number(limit)
            machine.flags = nil
        case .pushfq: try push(.number(machine.rflags), what: "pushfq")
        case .popfq:
            machine.rflags = number(try pop(what: "popfq"))
            machine.flags = nil
        case .rdmsr:
            let kernelGS = try setting("kernel_gs") ?? 0
            let userGS = userGSBase()
            let msr: UInt64
            switch register(.rcx) {
            case 0xc000_0101: msr = machine.gsIsKernel ? kernelGS : userGS
            case 0xc000_0102: msr = machine.shadowGSIsKernel ? kernelGS : userGS
            default: try undecided("rdmsr of an MSR the model does not hold")
            }
            machine.registers[.rax] = .number(msr & 0xffff_ffff)
            machine.registers[.rdx] = .number(msr >> 32)
        case .iretq:
            try iret()
        case .sysretq:
            try sysret()
        }
        machine.index += 1
    }

    /// Kernel C code that returns: it needs kernel proper, and may clobber what the ABI lets it
    /// (or sets and copies what its summary says).
    mutating func returnFromKernelProper(name: String) throws {
        try checkKernelProper(name: name)
        let result = model.program.handoffResults[name]
        if let result {
            machine.registers[.rax] = .number(try value(result.value))
            if let source = result.copiedFrom {
                for offset in stride(from: UInt64(0), to: result.copiedBytes, by: 8) {
                    let word = try read(.memory(base: source, displacement: .literal(offset)))
                    try write(word, to: .memory(base: .rax, displacement: .literal(offset)))
                }
            }
        }
        for register in [Register.rax, .rcx, .rdx, .rsi, .rdi, .r8, .r9, .r10, .r11] where result == nil || register != .rax {
            machine.registers[register] = input("\(name).\(register.rawValue)")
        }
        machine.flags = nil
    }

    /// `ret`: pops the return address, which must name modelled code.
    mutating func returnTo() throws {
        let token = number(try pop(what: "ret"))
        guard let target = model.program.location(of: token) else { try undecided("ret to an address the model cannot follow") }
        machine.block = target.block
        machine.index = target.index
    }

    mutating func arithmetic(_ opcode: Opcode, _ operands: [Operand], width: Int) throws {
        let mask = width == 64 ? UInt64.max : (UInt64(1) << UInt64(width)) - 1
        let source = number(try read(operands[0])) & mask
        let destination = number(try read(operands[1])) & mask
        func sign(_ value: UInt64) -> Bool { (value >> UInt64(width - 1)) & 1 != 0 }
        var result: UInt64?
        switch opcode {
        case .add:
            let sum = (destination &+ source) & mask
            result = sum
            machine.flags = .init(zero: sum == 0, carry: sum < destination, sign: sign(sum))
        case .sub, .cmp:
            let difference = (destination &- source) & mask
            if opcode == .sub { result = difference }
            machine.flags = .init(zero: destination == source, carry: destination < source, sign: sign(difference))
        case .and, .or, .xor, .test:
            let value = opcode == .or ? destination | source : opcode == .xor ? destination ^ source : destination & source
            if opcode != .test { result = value }
            machine.flags = .init(zero: value == 0, carry: false, sign: sign(value))
        case .bt, .bts, .btr:
            let mask: UInt64 = 1 << (source & 63)
            let previous = machine.flags
            machine.flags = .init(zero: previous?.zero ?? false, carry: destination & mask != 0, sign: previous?.sign ?? false)
            if opcode == .bts { result = destination | mask }
            if opcode == .btr { result = destination & ~mask }
        default:
            throw PathEnd()
        }
        if let result { try write(.number(result), to: operands[1]) }
    }

    /// shl/shr/sar by a constant count, on numbers: Swift's own shifts, Int64 for the arithmetic one.
    mutating func shift(_ opcode: Opcode, _ operands: [Operand]) throws {
        guard case .immediate(let countExpr) = operands[0] else { try undecided("a shift by a count that is not an immediate") }
        let count = try value(countExpr) & 63
        guard count != 0 else { return }
        let value = number(try read(operands[1]))
        let result: UInt64
        let carry: Bool
        switch opcode {
        case .shl:
            result = value << count
            carry = (value >> (64 - count)) & 1 != 0
        case .shr:
            result = value >> count
            carry = (value >> (count - 1)) & 1 != 0
        default:
            result = UInt64(bitPattern: Int64(bitPattern: value) >> Int64(count))
            carry = (value >> (count - 1)) & 1 != 0
        }
        machine.flags = .init(zero: result == 0, carry: carry, sign: result >> 63 != 0)
        try write(.number(result), to: operands[1])
    }

    static func holds(_ condition: BranchCondition, _ flags: ReferenceMachine.Flags) -> Bool {
        switch condition {
        case .equal: flags.zero
        case .notEqual: !flags.zero
        case .carry: flags.carry
        case .notCarry: !flags.carry
        case .above: !flags.carry && !flags.zero
        case .belowOrEqual: flags.carry || flags.zero
        case .sign: flags.sign
        case .notSign: !flags.sign
        }
    }

    // MARK: operands

    /// The VA a memory operand names, with the GS check for per-CPU fields.
    mutating func effectiveAddress(_ operand: Operand) throws -> UInt64 {
        switch operand {
        case .memory(let base, let displacement):
            return register(base) &+ (try value(displacement))
        case .perCPU(let field, let displacement):
            guard machine.gsIsKernel else { try violate(.gsMatchesPrivilege, "%gs:\(field) is accessed at CPL\(machine.cpl) with the user GS base") }
            guard let declared = model.perCPUFields.first(where: { $0.name == field }) else { throw PathEnd() }
            return (try setting("kernel_gs") ?? 0) &+ (try value(declared.offset)) &+ (try value(displacement))
        case .fixed(let field):
            guard let declared = model.perCPUFields.first(where: { $0.name == field }), let base = declared.fixedBase else { throw PathEnd() }
            return (try value(base)) &+ (try value(declared.offset))
        case .absolute(let address):
            return try value(address)
        case .scaled(let index, let scale, let displacement):
            return (try value(displacement)) &+ register(index) &* scale
        default:
            throw PathEnd()
        }
    }

    mutating func read(_ operand: Operand) throws -> ReferenceValue {
        switch operand {
        case .register(let register): return machine.registers[register] ?? .number(0)
        case .cr3: return .number(machine.cr3)
        case .immediate(let expr): return .number(try value(expr))
        case .label, .condition: throw PathEnd()
        case .memory, .absolute, .scaled:
            let address = try effectiveAddress(operand)
            try access(address, .read, what: "load")
            return load(address)
        case .perCPU(let field, let displacement):
            let address = try effectiveAddress(operand)
            try access(address, .read, what: "load from %gs:\(field)")
            let displacementValue = try value(displacement)
            return try perCPUValue(key: "\(field)+\(displacementValue)", field: field, declaredApplies: displacementValue == 0)
        case .fixed(let field):
            let address = try effectiveAddress(operand)
            try access(address, .read, what: "load from \(field)")
            return try perCPUValue(key: "fixed:" + field, field: field, declaredApplies: true)
        }
    }

    mutating func write(_ value: ReferenceValue, to operand: Operand) throws {
        switch operand {
        case .register(let register):
            machine.registers[register] = value
        case .memory, .absolute, .scaled:
            let through = if case .memory(let base, _) = operand { "%" + base.rawValue } else { "an absolute address" }
            let address = try effectiveAddress(operand)
            try access(address, .write, what: "store through \(through)")
            if machine.cpl == 0, !tables.isOnKernelStack(address) {
                try violate(.stackIsKernel, "store through \(through) at CPL0 to 0x\(String(address, radix: 16)), outside every kernel stack")
            }
            store(address, value)
        case .perCPU(let field, let displacement):
            let address = try effectiveAddress(operand)
            try access(address, .write, what: "store to %gs:\(field)")
            machine.perCPU["\(field)+\(try self.value(displacement))"] = value
        case .fixed(let field):
            let address = try effectiveAddress(operand)
            try access(address, .write, what: "store to \(field)")
            machine.perCPU["fixed:" + field] = value
        case .cr3, .immediate, .label, .condition:
            throw PathEnd()
        }
    }

    /// A field's value: the last store, else its declared value, else one input the path keeps.
    mutating func perCPUValue(key: String, field: String, declaredApplies: Bool) throws -> ReferenceValue {
        if let written = machine.perCPU[key] { return written }
        if declaredApplies, let initial = model.perCPUFields.first(where: { $0.name == field })?.initialValue { return .number(try value(initial)) }
        let chosen = input("percpu.\(field)")
        machine.perCPU[key] = chosen
        return chosen
    }

    // MARK: memory

    /// Both ends of the 8 bytes must be mapped for the access in the active table.
    mutating func access(_ address: UInt64, _ kind: ConcreteTables.Access, what: String) throws {
        guard let space = machine.space else { throw PathEnd() }
        for byte in [address, address &+ 7] where !tables.isMapped(space, byte, kind, cpl: machine.cpl) {
            try violate(.accessesMapped, "\(what) at 0x\(String(address, radix: 16)) (\(kind.rawValue)) is not mapped in \(space.description)")
        }
    }

    mutating func push(_ value: ReferenceValue, what: String = "push", implicit: Bool = false) throws {
        let address = register(.rsp) &- 8
        try access(address, implicit ? .implicitWrite : .write, what: what)
        if machine.cpl == 0, !tables.isOnKernelStack(address) {
            try violate(.stackIsKernel, "\(what) at CPL0 to 0x\(String(address, radix: 16)), outside every kernel stack")
        }
        store(address, value)
        machine.registers[.rsp] = .number(address)
    }

    mutating func pop(what: String) throws -> ReferenceValue {
        let address = register(.rsp)
        try access(address, .read, what: what)
        machine.registers[.rsp] = .number(address &+ 8)
        return load(address)
    }

    /// Memory nothing wrote holds some value; the path keeps the one it chose.
    mutating func load(_ address: UInt64) -> ReferenceValue {
        if let known = machine.memory[address] { return known }
        if let initial = model.declaredMemory(at: .literal(address)), let number = try? value(initial) { return .number(number) }
        let chosen = input("stack")
        machine.memory[address] = chosen
        return chosen
    }

    /// A store, seen through every declared alias of its bytes as well.
    mutating func store(_ address: UInt64, _ value: ReferenceValue) {
        machine.store(address, value)
        for alias in model.entry.aliases {
            guard let start = try? self.value(alias.start), let target = try? self.value(alias.target), let size = try? self.value(alias.size) else { continue }
            for (view, other) in [(start, target), (target, start)] where address &- view < size {
                machine.store(other &+ (address &- view), value)
            }
        }
    }
}
