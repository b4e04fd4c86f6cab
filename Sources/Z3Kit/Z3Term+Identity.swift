import CZ3

/// Canonical forms: Z3 hash-conses terms, so after simplification two terms that mean the same
/// thing structurally share one id. Callers cache solver answers by it.
extension Z3Context {
    /// Z3's rewriter: constant folding, idempotent masks, and the like.
    public func simplify(_ term: Z3Term) throws -> Z3Term {
        try own(term)
        return try wrap(Z3_simplify(raw, term.raw))
    }
}

extension Z3Term {
    /// Unique among live terms of the context; keep the term alive while the id is used as a key.
    public var id: UInt32 { Z3_get_ast_id(context.raw, raw) }
}
