import IsocheckModel
import IsocheckSyntax
import Z3Kit

/// Encodes model expressions as 64-bit bit-vector terms (conditions as Boolean terms), with
/// the SMT-LIB semantics the concrete evaluator mirrors: wrap-around arithmetic, unsigned
/// comparisons and division.
struct ExpressionEncoder {
    let context: Z3Context
    var parameters: [String: Z3Term]
    var indices: [IndexVariable: Z3Term] = [:]
    private var literalCache: [UInt64: Z3Term] = [:]

    init(context: Z3Context, parameters: [String: Z3Term]) {
        self.context = context
        self.parameters = parameters
    }

    /// Shared numerals: each distinct 64-bit constant costs the solver memory.
    mutating func literal(_ value: UInt64) throws -> Z3Term {
        if let cached = literalCache[value] { return cached }
        let term = try context.bv(value, width: 64)
        literalCache[value] = term
        return term
    }

    mutating func encode(_ expr: ValueExpr) throws -> Z3Term {
        switch expr {
        case .literal(let value): return try literal(value)
        case .boolean(let value): return context.bool(value)
        case .parameter(let name):
            if let term = parameters[name] { return term }
            // Symbolic inputs of the executor ('@rax.3'): created on first use.
            guard name.hasPrefix("@") else { throw EncodingError.unbound(name) }
            // SMT-LIB reserves symbols that start with '@': exported problems must parse elsewhere.
            let term = try context.bvConst("$" + name.dropFirst(), width: 64)
            parameters[name] = term
            return term
        case .index(let variable):
            guard let term = indices[variable] else { throw EncodingError.unbound(variable.name) }
            return term
        case .unary(let op, let operand):
            let inner = try encode(operand)
            switch op {
            case .negate: return try context.neg(inner)
            case .bitNot: return try context.bvnot(inner)
            case .logicalNot: return try context.not(inner)
            }
        case .binary(let op, let leftExpr, let rightExpr):
            let left = try encode(leftExpr)
            let right = try encode(rightExpr)
            return try apply(op, left, right)
        }
    }

    private func apply(_ op: BinaryOperator, _ left: Z3Term, _ right: Z3Term) throws -> Z3Term {
        switch op {
        case .or: try context.or(left, right)
        case .and: try context.and(left, right)
        case .equal: try context.eq(left, right)
        case .notEqual: try context.not(context.eq(left, right))
        case .less: try context.ult(left, right)
        case .lessEqual: try context.ule(left, right)
        case .greater: try context.ugt(left, right)
        case .greaterEqual: try context.uge(left, right)
        case .bitOr: try context.bvor(left, right)
        case .bitXor: try context.bvxor(left, right)
        case .bitAnd: try context.bvand(left, right)
        case .shiftLeft: try context.shl(left, right)
        case .shiftRight: try context.lshr(left, right)
        case .add: try context.add(left, right)
        case .subtract: try context.sub(left, right)
        case .multiply: try context.mul(left, right)
        case .divide: try context.udiv(left, right)
        case .remainder: try context.urem(left, right)
        }
    }
}

enum EncodingError: Error, CustomStringConvertible {
    case unbound(String)
    var description: String {
        switch self {
        case .unbound(let name): "internal error: '\(name)' has no solver variable"
        }
    }
}
