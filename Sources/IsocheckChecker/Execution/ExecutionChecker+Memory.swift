import IsocheckModel
import Z3Kit

/// Loads and stores: every one is checked against the table active at that instant, and at CPL0
/// every stack write must land on a kernel stack.
extension ExecutionChecker {
    /// Checks that [address, address + 8) is mapped for `access`; false if the path must stop.
    mutating func checkAccess(_ state: inout MachineState, address: ValueExpr, access: AccessKind, what: String, length: UInt64 = 8) throws -> Bool {
        guard let active = state.space else { return false }
        state.trace[state.trace.count - 1].accesses.append((access.rawValue, address))
        let first = try encode(address)
        let last = try context.add(first, encoder.expressions.literal(length - 1))
        let unmapped = try context.or(
            context.not(encoder.isMapped(active, address: first, access: access, cpl: state.cpl)),
            context.not(encoder.isMapped(active, address: last, access: access, cpl: state.cpl)))
        let key = accessKey(access, address: address, active: active, cpl: state.cpl)
        return try require(.accessesMapped, violation: unmapped, state: state,
                           reason: "\(what) (\(access.rawValue)) is not mapped for this access in \(active.space.name)", cacheKey: key)
    }

    func accessKey(_ access: AccessKind, address: ValueExpr, active: ActiveSpace, cpl: Int) -> String {
        "\(access.rawValue)|\(ValueExprKey.of(address))|\(active.space.name)|\(active.indices.map(ValueExprKey.of))|\(cpl)"
    }

    mutating func push(_ state: inout MachineState, _ value: ValueExpr, what: String, implicit: Bool = false) throws -> Bool {
        let address = ValueExprKey.add(state.register(.rsp), 0 &- 8)
        guard try checkAccess(&state, address: address, access: implicit ? .implicitWrite : .write, what: what) else { return false }
        if state.cpl == 0 {
            let offStack = try context.not(encoder.isOnKernelStack(encode(address)))
            let key = "stack|\(ValueExprKey.of(address))"
            guard try require(.stackIsKernel, violation: offStack, state: state,
                              reason: "\(what) at CPL0 lands outside every declared kernel stack", cacheKey: key)
            else { return false }
        }
        try recordStore(&state, address: address, value: value)
        state.registers[.rsp] = address
        return true
    }

    mutating func pop(_ state: inout MachineState, what: String) throws -> ValueExpr? {
        let address = state.register(.rsp)
        guard try checkAccess(&state, address: address, access: .read, what: what) else { return nil }
        let value = try load(&state, stackAddress: address)
        state.registers[.rsp] = ValueExprKey.add(address, 8)
        return value
    }

    /// The last value stored at `address`. Where the path cannot tell whether an older store is
    /// at this address, the value is a fresh unknown tied to each candidate on the path: equal to
    /// that store's value exactly when the address is that store's and no newer candidate's.
    /// Without the tie a witness could give a load through a user-chosen RSP a value the stored
    /// frame never held, and report a violation no run can reach.
    mutating func load(_ state: inout MachineState, stackAddress address: ValueExpr) throws -> ValueExpr {
        var candidates: [(address: ValueExpr, value: ValueExpr)] = []
        for store in state.stack.reversed() {
            switch ValueExprKey.compare(store.address, address) {
            case true?: return try resolve(address, among: candidates, otherwise: store.value, in: &state)
            case false?: continue
            case nil:
                // Addresses on different stacks differ on every path: ask once, without the path.
                let equal = try context.eq(encode(store.address), encode(address))
                if try globallyUnsat(equal) { continue }
                if try check(pathSolver, equal, purpose: "an older store is not at this address") == .unsat { continue }
                if try check(pathSolver, context.not(equal), purpose: "an older store is at this address") == .unsat {
                    return try resolve(address, among: candidates, otherwise: store.value, in: &state)
                }
                candidates.append(store)
            }
        }
        return try resolve(address, among: candidates, otherwise: model.declaredMemory(at: address), in: &state)
    }

    /// The value a load at `address` finds: that of the first of `candidates` (newest first) whose
    /// address it is, else `otherwise` (nil: memory nothing wrote, unknown). The choice is made by
    /// constraints on the path, so both the solver's witnesses and its proofs respect it.
    mutating func resolve(_ address: ValueExpr, among candidates: [(address: ValueExpr, value: ValueExpr)],
                          otherwise: ValueExpr?, in state: inout MachineState) throws -> ValueExpr {
        if candidates.isEmpty, let otherwise { return otherwise }
        let value = state.fresh(candidates.isEmpty ? "stack" : "memory")
        let loaded = try encode(value), at = try encode(address)
        // A newer store counts as missed only if its eight bytes do not overlap the load's: a
        // partial overlap leaves the value unknown, as it would be in part.
        var newerMissed: [Z3Term] = []
        for candidate in candidates {
            let stored = try encode(candidate.address)
            let hit = try context.eq(at, stored)
            try pathSolver.assert(context.implies(context.and(newerMissed + [hit]), context.eq(loaded, encode(candidate.value))))
            let distance = try context.add(context.sub(at, stored), encoder.expressions.literal(7))
            newerMissed.append(try context.not(context.ult(distance, encoder.expressions.literal(15))))
        }
        if let otherwise, !newerMissed.isEmpty {
            try pathSolver.assert(context.implies(context.and(newerMissed), context.eq(loaded, encode(otherwise))))
        }
        return value
    }

    /// The address of a per-CPU field through %gs; fails gs-matches-privilege at CPL0 on the user GS.
    mutating func perCPUAddress(_ state: inout MachineState, field: String, displacement: ValueExpr) throws -> ValueExpr? {
        obligations[.gsMatchesPrivilege, default: 0] += 1
        guard state.gsIsKernel else {
            try fail(.gsMatchesPrivilege, state: state, reason: "%gs:\(field) is accessed at CPL\(state.cpl) with the user GS base")
            return nil
        }
        guard let declared = model.perCPUFields.first(where: { $0.name == field }) else { return nil }
        let base = setting("kernel_gs") ?? .literal(0)
        return .binary(.add, .binary(.add, base, declared.offset), displacement)
    }

    func perCPUKey(_ field: String, _ displacement: ValueExpr) -> String { "\(field)+\(ValueExprKey.of(displacement))" }

    /// The VA of a field of a `percpu at VA` area: the same on every CPU, no GS base involved.
    func fixedAddress(_ field: String) -> ValueExpr? {
        guard let declared = model.perCPUFields.first(where: { $0.name == field }), let base = declared.fixedBase else { return nil }
        return .binary(.add, base, declared.offset)
    }

    /// What a per-CPU field holds on this path: the last store, else its declared value, else
    /// one unknown that later reads on the path share.
    mutating func perCPUValue(_ state: inout MachineState, key: String, field: String, declaredApplies: Bool) -> ValueExpr {
        if let written = state.perCPU[key] { return written }
        if declaredApplies, let initial = model.perCPUFields.first(where: { $0.name == field })?.initialValue {
            return initial
        }
        let value = state.fresh("percpu.\(field)")
        state.perCPU[key] = value
        return value
    }

    mutating func read(_ operand: Operand, in state: inout MachineState) throws -> ValueExpr? {
        switch operand {
        case .register(let register): return state.register(register)
        case .cr3: return state.cr3
        case .immediate(let value): return value
        case .label, .condition: return nil
        case .memory(let base, let displacement):
            let address = ValueExprKey.add(state.register(base), displacement.constantValue ?? 0)
            let effective = displacement.constantValue == nil ? .binary(.add, state.register(base), displacement) : address
            guard try checkAccess(&state, address: effective, access: .read, what: "load from \(ValueExprKey.of(displacement))(%\(base.rawValue))")
            else { return nil }
            return try load(&state, stackAddress: effective)
        case .perCPU(let field, let displacement):
            guard let address = try perCPUAddress(&state, field: field, displacement: displacement) else { return nil }
            guard try checkAccess(&state, address: address, access: .read, what: "load from %gs:\(field)") else { return nil }
            return perCPUValue(&state, key: perCPUKey(field, displacement), field: field, declaredApplies: displacement.constantValue == 0)
        case .fixed(let field):
            guard let address = fixedAddress(field) else { return nil }
            guard try checkAccess(&state, address: address, access: .read, what: "load from \(field)") else { return nil }
            return perCPUValue(&state, key: "fixed:" + field, field: field, declaredApplies: true)
        case .absolute(let address):
            guard try checkAccess(&state, address: address, access: .read, what: "load from \(ValueExprKey.of(address))") else { return nil }
            return try load(&state, stackAddress: address)
        case .scaled(let index, let scale, let displacement):
            return try read(.absolute(Self.scaledAddress(state.register(index), scale, displacement)), in: &state)
        }
    }

    /// `displacement + index * scale`, folded when the index is known.
    static func scaledAddress(_ index: ValueExpr, _ scale: UInt64, _ displacement: ValueExpr) -> ValueExpr {
        if let value = index.constantValue, let base = displacement.constantValue { return .literal(base &+ value &* scale) }
        return .binary(.add, displacement, .binary(.multiply, index, .literal(scale)))
    }

    mutating func write(_ value: ValueExpr, to operand: Operand, in state: inout MachineState) throws -> Bool {
        switch operand {
        case .register(let register):
            state.registers[register] = value
            return true
        case .memory(let base, let displacement):
            let address = displacement.constantValue.map { ValueExprKey.add(state.register(base), $0) }
                ?? .binary(.add, state.register(base), displacement)
            return try store(value, at: address, described: "\(ValueExprKey.of(displacement))(%\(base.rawValue))",
                             through: "%\(base.rawValue)", in: &state)
        case .absolute(let address):
            return try store(value, at: address, described: ValueExprKey.of(address), through: "an absolute address", in: &state)
        case .scaled(let index, let scale, let displacement):
            return try write(value, to: .absolute(Self.scaledAddress(state.register(index), scale, displacement)), in: &state)
        case .perCPU(let field, let displacement):
            guard let address = try perCPUAddress(&state, field: field, displacement: displacement) else { return false }
            guard try checkAccess(&state, address: address, access: .write, what: "store to %gs:\(field)") else { return false }
            state.perCPU[perCPUKey(field, displacement)] = value
            return true
        case .fixed(let field):
            guard let address = fixedAddress(field) else { return false }
            guard try checkAccess(&state, address: address, access: .write, what: "store to \(field)") else { return false }
            state.perCPU["fixed:" + field] = value
            return true
        case .cr3, .immediate, .label, .condition:
            return false
        }
    }

    /// A store to memory other than per-CPU fields: mapped and writable, and at CPL0 on a
    /// declared kernel stack (the only memory the model tracks).
    mutating func store(_ value: ValueExpr, at address: ValueExpr, described: String, through: String, in state: inout MachineState) throws -> Bool {
        guard try checkAccess(&state, address: address, access: .write, what: "store to \(described)") else { return false }
        if state.cpl == 0 {
            let offStack = try context.not(encoder.isOnKernelStack(encode(address)))
            guard try require(.stackIsKernel, violation: offStack, state: state,
                              reason: "store through \(through) at CPL0 lands outside every declared kernel stack",
                              cacheKey: "stack|\(ValueExprKey.of(address))")
            else { return false }
        }
        try recordStore(&state, address: address, value: value)
        return true
    }
}
