import CZ3

/// One reference-counted Z3 expression. Owning the reference in `deinit` is what
/// keeps long runs from accumulating every term ever built.
///
/// Deliberately not `Equatable` and without operators: equality and ordering of
/// bit-vectors are solver-level facts, built with `eq`, `ult`, `ule`, ... on
/// `Z3Context`, and must never be confused with Swift-level identity or signed order.
public final class Z3Term: CustomStringConvertible {
    /// Strong, so the context cannot be deleted while this term still points into it.
    public let context: Z3Context
    let raw: OpaquePointer
    public let sortKind: Z3SortKind

    init(context: Z3Context, raw: OpaquePointer) {
        self.context = context
        self.raw = raw
        Z3_inc_ref(context.raw, raw)
        sortKind = context.sortKind(of: raw)
    }

    deinit { Z3_dec_ref(context.raw, raw) }

    /// Alias of `sortKind`, for call sites that read better as `term.sort`.
    public var sort: Z3SortKind { sortKind }

    /// Bit-vector width, or nil for any other sort.
    public var width: Int? {
        if case .bitVector(let width) = sortKind { width } else { nil }
    }

    /// SMT-LIB text, for diagnostics and for emitting reproducible queries.
    public var smtlib: String {
        Z3_ast_to_string(context.raw, raw).map { String(cString: $0) } ?? ""
    }

    public var description: String { smtlib }
}

extension Z3Context {
    /// Cannot fail for a live context, so no `try` clutters every formula.
    public func bool(_ value: Bool) -> Z3Term {
        Z3Term(context: self, raw: value ? trueAST : falseAST)
    }

    /// Rejects values that do not fit `width` instead of silently truncating them.
    public func bv(_ value: UInt64, width: Int) throws -> Z3Term {
        let sort = try bvSort(width: width)
        if width < 64, value >> UInt64(width) != 0 {
            throw Z3Error.outOfBounds("value \(value) does not fit in \(width) bits")
        }
        return try wrap(Z3_mk_unsigned_int64(raw, value, sort))
    }

    public func boolConst(_ name: String) throws -> Z3Term {
        try wrap(Z3_mk_const(raw, symbol(name), try boolSort()))
    }

    public func bvConst(_ name: String, width: Int) throws -> Z3Term {
        try wrap(Z3_mk_const(raw, symbol(name), try bvSort(width: width)))
    }
}
