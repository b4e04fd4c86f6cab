import IsocheckDiagnostics

extension Parser {
    /// Precedence climbing over `BinaryOperator.precedence`. Inside a binder (`[i < N]`) the
    /// count stops before comparisons so `<` and `]` stay the binder's own.
    mutating func parseExpression(stoppingAtComparison: Bool = false) throws -> Expr {
        try parseBinary(minimumPrecedence: stoppingAtComparison ? 4 : 1)
    }

    mutating func parseBinary(minimumPrecedence: Int) throws -> Expr {
        var left = try parseUnary()
        while case .punct(let text) = current.kind, let op = BinaryOperator(rawValue: text),
            op.precedence >= minimumPrecedence
        {
            _ = advance()
            // Comparisons do not chain: `a < b < c` is almost always a mistake.
            let right = try parseBinary(minimumPrecedence: op.precedence + 1)
            if op.isComparison, case .punct(let next) = current.kind, let nextOp = BinaryOperator(rawValue: next),
                nextOp.isComparison
            {
                throw Failure(diagnostic: .error(.expected("'&&' or '||' between comparisons", found: current), at: current.range.start))
            }
            left = Expr(.binary(op, left, right), range: left.range.union(right.range))
        }
        return left
    }

    mutating func parseUnary() throws -> Expr {
        let start = current.range
        if case .punct(let text) = current.kind, let op = UnaryOperator(rawValue: text) {
            _ = advance()
            let operand = try parseUnary()
            return Expr(.unary(op, operand), range: start.union(operand.range))
        }
        return try parsePrimary()
    }

    mutating func parsePrimary() throws -> Expr {
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            return Expr(.number(value), range: token.range)
        case .identifier(let name):
            _ = advance()
            return Expr(.name(name), range: token.range)
        case .punct("%") where peek().identifier != nil:
            // A register, meaningful only in a code block's `assert`.
            _ = advance()
            let register = advance()
            return Expr(.name("%" + (register.identifier ?? "")), range: token.range.union(register.range))
        case .punct("("):
            _ = advance()
            skipNewlines()
            let inner = try parseExpression()
            skipNewlines()
            let close = try expectPunct(")")
            return Expr(inner.kind, range: token.range.union(close.range))
        default:
            throw failure("an expression")
        }
    }
}
