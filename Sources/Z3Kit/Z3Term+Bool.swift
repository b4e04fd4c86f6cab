import CZ3

/// Boolean and equality constructors, sort-checked in Swift like the bit-vector ones.
extension Z3Context {
    private func boolean(_ op: String, _ terms: [Z3Term]) throws {
        try own(terms)
        for term in terms where term.sortKind != .bool {
            throw Z3Error.sort("\(op) needs Bool operands, got \(term.sortKind)")
        }
    }

    /// Exact sort identity, so even sorts this layer does not model are compared safely.
    private func sameSort(_ op: String, _ terms: [Z3Term]) throws {
        try own(terms)
        guard let first = terms.first else { return }
        let sort = Z3_get_sort(raw, first.raw)
        for term in terms.dropFirst() where !Z3_is_eq_sort(raw, sort, Z3_get_sort(raw, term.raw)) {
            throw Z3Error.sort("\(op) needs operands of one sort, got \(first.sortKind) and \(term.sortKind)")
        }
    }

    /// N-ary Z3 calls take a C array; this keeps the pointer scoped to the call.
    private func nary(
        _ terms: [Z3Term],
        _ make: (OpaquePointer?, UInt32, UnsafePointer<OpaquePointer?>?) -> OpaquePointer?
    ) throws -> Z3Term {
        let asts: [OpaquePointer?] = terms.map(\.raw)
        return try asts.withUnsafeBufferPointer { buffer in
            try wrap(make(raw, UInt32(buffer.count), buffer.baseAddress))
        }
    }

    /// Empty conjunction is `true`, so callers can fold obligations without special cases.
    public func and(_ terms: [Z3Term]) throws -> Z3Term {
        try boolean("and", terms)
        if terms.isEmpty { return bool(true) }
        if terms.count == 1 { return terms[0] }
        return try nary(terms, Z3_mk_and)
    }

    /// Empty disjunction is `false`.
    public func or(_ terms: [Z3Term]) throws -> Z3Term {
        try boolean("or", terms)
        if terms.isEmpty { return bool(false) }
        if terms.count == 1 { return terms[0] }
        return try nary(terms, Z3_mk_or)
    }

    public func and(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try and([a, b]) }
    public func or(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try or([a, b]) }

    public func not(_ a: Z3Term) throws -> Z3Term {
        try boolean("not", [a])
        return try wrap(Z3_mk_not(raw, a.raw))
    }

    public func implies(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term {
        try boolean("=>", [a, b])
        return try wrap(Z3_mk_implies(raw, a.raw, b.raw))
    }

    /// Equality of any two terms of one sort (Bool or bit-vector alike).
    public func eq(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term {
        try sameSort("=", [a, b])
        return try wrap(Z3_mk_eq(raw, a.raw, b.raw))
    }

    public func ite(_ c: Z3Term, _ t: Z3Term, _ e: Z3Term) throws -> Z3Term {
        try boolean("ite", [c])
        try sameSort("ite", [t, e])
        return try wrap(Z3_mk_ite(raw, c.raw, t.raw, e.raw))
    }

    /// Pairwise disequality; fewer than two terms are trivially distinct.
    public func distinct(_ terms: [Z3Term]) throws -> Z3Term {
        try sameSort("distinct", terms)
        if terms.count < 2 { return bool(true) }
        return try nary(terms, Z3_mk_distinct)
    }
}
