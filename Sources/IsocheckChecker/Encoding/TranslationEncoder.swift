import IsocheckModel
import Z3Kit

/// What an access needs from the leaf that translates it.
enum AccessKind: String {
    case fetch, read, write
    /// The CPU's own accesses during event delivery (IDT, GDT, TSS, frame pushes): always
    /// supervisor accesses, whatever the CPL.
    case implicitRead = "read (by the CPU)"
    case implicitWrite = "write (by the CPU)"
}

/// Page-table lookups for the executor: "is this VA mapped with this permission in the active
/// table?". A family member is found in closed form, index = (va - first) / (second - first),
/// which can miss a member only when the family is not affine or members overlap; that makes
/// `mapped` an under-approximation, so "unmapped" may be a false alarm but "mapped" never is, and
/// a proof of accesses-mapped stays sound.
extension LayoutEncoder {
    mutating func isMapped(_ active: ActiveSpace, address: Z3Term, access: AccessKind, cpl: Int) throws -> Z3Term {
        let saved = expressions.indices
        defer { expressions.indices = saved }
        for (binder, index) in zip(active.space.binders, active.indices) {
            expressions.indices[binder.variable] = try expressions.encode(index)
        }
        var options: [Z3Term] = []
        for mapping in active.space.mappings {
            guard let permitted = permits(mapping.flags, access: access, cpl: cpl) else { continue }
            _ = permitted
            if let contains = try contains(mapping, address: address) { options.append(contains) }
        }
        return try context.or(options)
    }

    /// The member of an affine family `start(i)` whose slot holds `address`:
    /// (address - start(0)) / (start(1) - start(0)). Strides are usually constant powers of two,
    /// and a shift is far cheaper for the solver than a 64-bit divider.
    mutating func memberIndex(_ address: Z3Term, family start: ValueExpr, binder: IndexVariable) throws -> Z3Term {
        let first = start.substituting([binder: .literal(0)])
        let stride = ValueExpr.binary(.subtract, start.substituting([binder: .literal(1)]), first)
        let offset = try context.sub(address, expressions.encode(first))
        if let constant = stride.constantValue, constant != 0, constant & (constant - 1) == 0 {
            return try context.lshr(offset, expressions.literal(UInt64(constant.trailingZeroBitCount)))
        }
        return try context.udiv(offset, expressions.encode(stride))
    }

    /// nil when the flags forbid the access outright.
    func permits(_ flags: MappingFlags, access: AccessKind, cpl: Int) -> Bool? {
        let userAccess = cpl == 3 && (access == .fetch || access == .read || access == .write)
        if userAccess, !flags.contains(.user) { return nil }
        switch access {
        case .fetch:
            if flags.contains(.noExecute) { return nil }
            if cpl == 0, model.cpu.smep, flags.contains(.user) { return nil }
        case .read:
            if cpl == 0, model.cpu.smap, flags.contains(.user) { return nil }
        case .write:
            if !flags.contains(.writable) { return nil }
            if cpl == 0, model.cpu.smap, flags.contains(.user) { return nil }
        case .implicitRead: break
        case .implicitWrite:
            if !flags.contains(.writable) { return nil }
        }
        return true
    }

    /// The mapping holds `address` for some index value; nil when it cannot be decided in closed form.
    mutating func contains(_ mapping: Mapping, address: Z3Term) throws -> Z3Term? {
        guard mapping.binders.count <= 1 else { return nil }
        var parts: [Z3Term] = []
        if let binder = mapping.binders.first {
            let index = try memberIndex(address, family: mapping.virtualBase, binder: binder.variable)
            expressions.indices[binder.variable] = index
            parts.append(try context.ult(index, expressions.encode(binder.count)))
        }
        let base = try expressions.encode(mapping.virtualBase)
        parts.append(try context.ult(context.sub(address, base), expressions.encode(mapping.size)))
        parts += try restrictionsInClosedForm(mapping, virtualAddress: address)
        return try context.and(parts)
    }

    /// Like `restrictions`, but a region family's member is found in closed form (two candidate
    /// members around the page), so the result can be negated without a quantifier.
    mutating func restrictionsInClosedForm(_ mapping: Mapping, virtualAddress: Z3Term) throws -> [Z3Term] {
        guard !mapping.restrictions.isEmpty else { return [] }
        let pageBase = try context.bvand(virtualAddress, expressions.literal(~(mapping.pageSize.bytes - 1)))
        let pageSize = try expressions.literal(mapping.pageSize.bytes)
        var constraints: [Z3Term] = []
        for restriction in mapping.restrictions {
            var options: [Z3Term] = []
            for allowed in restriction.regions {
                let region = allowed.region
                let saved = expressions.indices
                defer { expressions.indices = saved }
                if let indices = allowed.indices {
                    var parts: [Z3Term] = []
                    for (binder, index) in zip(region.binders, indices) {
                        let value = try expressions.encode(index)
                        parts.append(try context.ult(value, expressions.encode(binder.count)))
                        expressions.indices[binder.variable] = value
                    }
                    parts.append(try overlaps(pageBase, pageSize, expressions.encode(region.start), expressions.encode(region.size)))
                    options.append(try context.and(parts))
                } else if region.binders.isEmpty {
                    options.append(try overlaps(pageBase, pageSize, expressions.encode(region.start), expressions.encode(region.size)))
                } else if region.binders.count == 1, let binder = region.binders.first {
                    let candidate = try memberIndex(pageBase, family: region.start, binder: binder.variable)
                    for shift in [UInt64(0), 1] {
                        let index = try context.add(candidate, expressions.literal(shift))
                        expressions.indices[binder.variable] = index
                        options.append(try context.and([
                            context.ult(index, expressions.encode(binder.count)),
                            overlaps(pageBase, pageSize, expressions.encode(region.start), expressions.encode(region.size)),
                        ]))
                    }
                }
            }
            constraints.append(try context.or(options))
        }
        return constraints
    }

    /// `address` lies in a declared kernel stack (closed form for one-index families).
    mutating func isOnKernelStack(_ address: Z3Term) throws -> Z3Term {
        var options: [Z3Term] = []
        let saved = expressions.indices
        defer { expressions.indices = saved }
        for stack in model.stacks where stack.binders.count <= 1 {
            var parts: [Z3Term] = []
            if let binder = stack.binders.first {
                let index = try memberIndex(address, family: stack.start, binder: binder.variable)
                expressions.indices[binder.variable] = index
                parts.append(try context.ult(index, expressions.encode(binder.count)))
            }
            parts.append(try context.ult(context.sub(address, expressions.encode(stack.start)), expressions.encode(stack.size)))
            options.append(try context.and(parts))
        }
        return try context.or(options)
    }

    /// The spaces (and index values) a CR3 value can select, each with its condition, as model
    /// expressions so the path keeps them. Bits 51:12 of CR3 are the root.
    func spacesSelected(byCR3 cr3: ValueExpr) -> [(space: AddressSpace, indices: [ValueExpr], condition: ValueExpr)] {
        let root = ValueExpr.binary(.bitAnd, cr3, .literal(0x000f_ffff_ffff_f000))
        var candidates: [(AddressSpace, [ValueExpr], ValueExpr)] = []
        for space in model.spaces {
            guard let rootExpr = space.root, space.binders.count <= 1 else { continue }
            let masked = { (expr: ValueExpr) in ValueExpr.binary(.bitAnd, expr, .literal(0x000f_ffff_ffff_f000)) }
            guard let binder = space.binders.first else {
                candidates.append((space, [], .binary(.equal, masked(rootExpr), root)))
                continue
            }
            let first = rootExpr.substituting([binder.variable: .literal(0)])
            let second = rootExpr.substituting([binder.variable: .literal(1)])
            let index = ValueExpr.binary(.divide, .binary(.subtract, root, first), .binary(.subtract, second, first))
            let condition = ValueExpr.binary(
                .and, .binary(.less, index, binder.count),
                .binary(.equal, masked(rootExpr.substituting([binder.variable: index])), root))
            candidates.append((space, [index], condition))
        }
        return candidates
    }
}
