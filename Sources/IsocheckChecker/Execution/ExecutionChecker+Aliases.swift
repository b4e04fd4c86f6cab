import IsocheckModel
import Z3Kit

/// Memory is tracked by VA. Where the spec declares that two VA ranges reach the same bytes
/// (`alias` in the cpu block), a store through one is mirrored at the other, so code that writes
/// a frame through one view and reads it back through the other sees what was written.
extension ExecutionChecker {
    mutating func recordStore(_ state: inout MachineState, address: ValueExpr, value: ValueExpr) throws {
        state.stack.append((address, value))
        for alias in model.entry.aliases {
            for (view, other) in [(alias.start, alias.target), (alias.target, alias.start)] {
                guard let mirrored = try mirror(address, from: view, to: other, size: alias.size, state: &state) else { continue }
                state.stack.append((mirrored.address, mirrored.known ? value : state.fresh("aliased")))
            }
        }
    }

    /// The same bytes seen through `to`, if `address` lies in [from, from + size). When the path
    /// cannot tell, the other view gets an unknown value: it may or may not have changed.
    mutating func mirror(_ address: ValueExpr, from: ValueExpr, to: ValueExpr, size: ValueExpr, state: inout MachineState)
        throws -> (address: ValueExpr, known: Bool)?
    {
        let (addressBase, addressOffset) = ValueExprKey.linear(address)
        let (viewBase, viewOffset) = ValueExprKey.linear(from)
        if addressBase.map(ValueExprKey.of) == viewBase.map(ValueExprKey.of), let limit = size.constantValue {
            let offset = addressOffset &- viewOffset
            return offset < limit ? (ValueExprKey.add(to, offset), true) : nil
        }
        let offset = ValueExpr.binary(.subtract, address, from)
        let inside = try encode(.binary(.less, offset, size))
        if try globallyUnsat(inside) { return nil }
        if try check(pathSolver, inside, purpose: "this store is not through the aliased range") == .unsat { return nil }
        let mirrored = ValueExpr.binary(.add, to, offset)
        if try check(pathSolver, context.not(inside), purpose: "this store is through the aliased range") == .unsat {
            return (mirrored, true)
        }
        return (mirrored, false)
    }
}

extension ExecutionChecker {
    /// Whether no store of a handler (on an IST stack, say) can be at an address the interrupted
    /// code stored to before: then every load the interrupted code makes after IRETQ finds what
    /// it found without the event, or an address it never wrote, which reads as unknown either way.
    mutating func storesAreDisjoint(_ handlerStores: [(address: ValueExpr, value: ValueExpr)],
                                    from earlier: [(address: ValueExpr, value: ValueExpr)]) throws -> Bool {
        var overlaps: [Z3Term] = []
        for store in handlerStores {
            for previous in earlier {
                switch ValueExprKey.compare(store.address, previous.address) {
                case true?: return false
                case false?: continue
                case nil:
                    // Eight-byte slots: disjoint unless they start fewer than 8 bytes apart.
                    let distance = try encode(.binary(.add, .binary(.subtract, store.address, previous.address), .literal(7)))
                    overlaps.append(try context.ult(distance, encoder.expressions.literal(15)))
                }
            }
        }
        guard !overlaps.isEmpty else { return true }
        let any = try context.or(overlaps)
        if try globallyUnsat(any) { return true }
        return try check(pathSolver, any, purpose: "the handler's stores miss every earlier store") == .unsat
    }
}
