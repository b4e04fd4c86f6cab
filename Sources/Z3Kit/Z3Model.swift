import CZ3

/// A satisfying assignment, i.e. the counterexample a failed obligation reports.
public final class Z3Model: CustomStringConvertible {
    public let context: Z3Context
    let raw: OpaquePointer

    init(context: Z3Context, raw: OpaquePointer) {
        self.context = context
        self.raw = raw
        Z3_model_inc_ref(context.raw, raw)
    }

    deinit { Z3_model_dec_ref(context.raw, raw) }

    /// With `completion`, unconstrained constants get a default value instead of
    /// being left symbolic, so every asked-for value is concrete.
    public func evaluate(_ t: Z3Term, completion: Bool = true) throws -> Z3Term {
        try context.own(t)
        var result: OpaquePointer?
        let ok = Z3_model_eval(context.raw, raw, t.raw, completion, &result)
        try context.checkError()
        guard ok else { throw Z3Error.invalidArgument("model evaluation failed for \(t.smtlib)") }
        return try context.wrap(result)
    }

    /// Unsigned value of a bit-vector of width <= 64; nil if it does not evaluate to a numeral.
    public func bitVectorValue(_ t: Z3Term) throws -> UInt64? {
        guard let width = t.width else { throw Z3Error.sort("bitVectorValue needs a bit-vector, got \(t.sortKind)") }
        guard width <= 64 else { throw Z3Error.outOfBounds("bitVectorValue supports widths <= 64, got \(width)") }
        let value = try evaluate(t)
        guard Z3_is_numeral_ast(context.raw, value.raw) else { return nil }
        var result: UInt64 = 0
        let ok = Z3_get_numeral_uint64(context.raw, value.raw, &result)
        try context.checkError()
        return ok ? result : nil
    }

    /// nil if the term does not evaluate to a Boolean literal.
    public func boolValue(_ t: Z3Term) throws -> Bool? {
        guard t.sortKind == .bool else { throw Z3Error.sort("boolValue needs a Bool, got \(t.sortKind)") }
        let value = try evaluate(t)
        switch Z3_get_bool_value(context.raw, value.raw) {
        case Z3_L_TRUE: return true
        case Z3_L_FALSE: return false
        default: return nil
        }
    }

    public var description: String {
        Z3_model_to_string(context.raw, raw).map { String(cString: $0) } ?? ""
    }
}
