import IsocheckDiagnostics
import IsocheckSyntax

extension Elaborator {
    /// A 64-bit value, or nil after a diagnostic.
    mutating func resolveValue(_ expr: Expr) -> ValueExpr? {
        guard let resolved = resolve(expr) else { return nil }
        if resolved.isCondition {
            error(.typeMismatch(expected: "a value", found: "a condition"), at: expr.range)
            return nil
        }
        return resolved
    }

    /// A condition, or nil after a diagnostic.
    mutating func resolveCondition(_ expr: Expr) -> ValueExpr? {
        guard let resolved = resolve(expr) else { return nil }
        if !resolved.isCondition {
            error(.typeMismatch(expected: "a condition (a comparison, &&, ||, !)", found: "a value"), at: expr.range)
            return nil
        }
        return resolved
    }

    /// A value that must not depend on parameters or indices (page sizes, automatic placement).
    mutating func resolveConstant(_ expr: Expr, what: String) -> UInt64? {
        guard let value = resolveValue(expr) else { return nil }
        guard let constant = value.constantValue else {
            error(.notConstant(what), at: expr.range)
            return nil
        }
        return constant
    }

    mutating func resolve(_ expr: Expr) -> ValueExpr? {
        switch expr.kind {
        case .number(let value): return .literal(value)
        case .name(let name):
            switch scope.lookup(name) {
            case .constant(let value)?: return value
            case .parameter?: return .parameter(name)
            case .index(let variable)?: return .index(variable)
            case nil:
                if name.hasPrefix("%") {
                    let register = String(name.dropFirst())
                    guard allowRegisters else {
                        error(.typeMismatch(expected: "a value (registers appear only in a code block's assert)", found: name), at: expr.range)
                        return nil
                    }
                    guard register == "cr3" || Register(rawValue: register) != nil else {
                        error(.unknownRegister(register), at: expr.range)
                        return nil
                    }
                    return .parameter(name)
                }
                if name == "true" { return .boolean(true) }
                if name == "false" { return .boolean(false) }
                if let declaredAt = allTopLevelNames[name] {
                    if declared[name] == nil {
                        error(.declaredLater(name), at: expr.range, notes: [.init("declared here", at: declaredAt.start)])
                    } else {
                        error(.wrongKind(name, is: "not a value", expected: "a constant, parameter or index"), at: expr.range)
                    }
                } else {
                    error(.unknownName(name, kind: "name"), at: expr.range)
                }
                return nil
            }
        case .unary(let op, let operand):
            guard let inner = resolve(operand) else { return nil }
            let wantsCondition = op == .logicalNot
            guard inner.isCondition == wantsCondition else {
                error(.typeMismatch(expected: wantsCondition ? "a condition after '!'" : "a value after '\(op.rawValue)'",
                                    found: inner.isCondition ? "a condition" : "a value"), at: operand.range)
                return nil
            }
            return .unary(op, inner)
        case .binary(let op, let leftSyntax, let rightSyntax):
            let left = resolve(leftSyntax)
            let right = resolve(rightSyntax)
            guard let left, let right else { return nil }
            if op.isLogical {
                for (side, syntax) in [(left, leftSyntax), (right, rightSyntax)] where !side.isCondition {
                    error(.typeMismatch(expected: "a condition on each side of '\(op.rawValue)'", found: "a value"), at: syntax.range)
                    return nil
                }
            } else {
                for (side, syntax) in [(left, leftSyntax), (right, rightSyntax)] where side.isCondition {
                    error(.typeMismatch(expected: "a value on each side of '\(op.rawValue)'", found: "a condition"), at: syntax.range)
                    return nil
                }
            }
            return .binary(op, left, right)
        }
    }

    mutating func resolveLabel(_ label: LabelSyntax) -> Label? {
        switch label {
        case .secret: return .secret
        case .public: return .public
        case .owned(let reference, _):
            guard let principal = model.principals.first(where: { $0.name == reference.name.name }) else {
                reportUnknown(reference.name, kind: "principal")
                return nil
            }
            guard principal.arity == reference.indices.count else {
                error(.arity(principal.name, expected: principal.arity, found: reference.indices.count), at: reference.range)
                return nil
            }
            var indices: [ValueExpr] = []
            for index in reference.indices {
                guard let value = resolveValue(index) else { return nil }
                indices.append(value)
            }
            return .owned(PrincipalReference(name: principal.name, indices: indices))
        }
    }

    /// Unknown, or known but declared below: say which.
    mutating func reportUnknown(_ name: Identifier, kind: String) {
        if let declaredAt = allTopLevelNames[name.name], declared[name.name] == nil {
            error(.declaredLater(name.name), at: name.range, notes: [.init("declared here", at: declaredAt.start)])
        } else if declared[name.name] != nil {
            error(.wrongKind(name.name, is: "not a \(kind)", expected: "a \(kind)"), at: name.range)
        } else {
            error(.unknownName(name.name, kind: kind), at: name.range)
        }
    }

    /// `start .. end` or `start .. +size`, as (start, size).
    mutating func resolveRange(_ range: RangeSyntax) -> (start: ValueExpr, size: ValueExpr)? {
        guard let start = resolveValue(range.start) else { return nil }
        switch range.end {
        case .size(let sizeExpr):
            guard let size = resolveValue(sizeExpr) else { return nil }
            return (start, size)
        case .exclusive(let endExpr):
            guard let end = resolveValue(endExpr) else { return nil }
            return (start, .binary(.subtract, end, start))
        }
    }
}
