import IsocheckDiagnostics

extension Expr {
    /// Where `name` first appears in the expression, for diagnostics about misplaced names.
    public func firstUse(of name: String) -> SourceRange? {
        switch kind {
        case .number: return nil
        case .name(let used): return used == name ? range : nil
        case .unary(_, let operand): return operand.firstUse(of: name)
        case .binary(_, let left, let right): return left.firstUse(of: name) ?? right.firstUse(of: name)
        }
    }
}
