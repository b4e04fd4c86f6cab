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
