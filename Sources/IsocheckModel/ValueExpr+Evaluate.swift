import IsocheckSyntax

/// Concrete values for parameters and indices.
public struct Environment: Sendable {
    public var parameters: [String: UInt64] = [:]
    public var indices: [IndexVariable: UInt64] = [:]
    public init(parameters: [String: UInt64] = [:], indices: [IndexVariable: UInt64] = [:]) {
        self.parameters = parameters
        self.indices = indices
    }
}

public enum ConcreteValue: Equatable, Sendable {
    case value(UInt64)
    case condition(Bool)

    public var value: UInt64? {
        if case .value(let v) = self { return v }
        return nil
    }
    public var condition: Bool? {
        if case .condition(let c) = self { return c }
        return nil
    }
}

public struct UnboundName: Error, Sendable { public let name: String }

extension ValueExpr {
    /// Evaluates with the machine's semantics: 64-bit wrap-around, unsigned comparisons, and
    /// division by zero giving all ones and remainder by zero giving the dividend, as SMT-LIB's
    /// bit-vector theory defines them (so the solver and this evaluator agree).
    public func evaluate(in environment: Environment) throws -> ConcreteValue {
        switch self {
        case .literal(let value): return .value(value)
        case .boolean(let value): return .condition(value)
        case .parameter(let name):
            if let value = environment.parameters[name] { return .value(value) }
            throw UnboundName(name: name)
        case .index(let variable):
            if let value = environment.indices[variable] { return .value(value) }
            throw UnboundName(name: variable.name)
        case .unary(let op, let operand):
            let inner = try operand.evaluate(in: environment)
            switch (op, inner) {
            case (.negate, .value(let v)): return .value(0 &- v)
            case (.bitNot, .value(let v)): return .value(~v)
            case (.logicalNot, .condition(let c)): return .condition(!c)
            default: throw UnboundName(name: "ill-typed \(op.rawValue)")
            }
        case .binary(let op, let left, let right):
            return try Self.apply(op, try left.evaluate(in: environment), try right.evaluate(in: environment))
        }
    }

    static func apply(_ op: BinaryOperator, _ left: ConcreteValue, _ right: ConcreteValue) throws -> ConcreteValue {
        if case .condition(let a) = left, case .condition(let b) = right {
            switch op {
            case .and: return .condition(a && b)
            case .or: return .condition(a || b)
            case .equal: return .condition(a == b)
            case .notEqual: return .condition(a != b)
            default: throw UnboundName(name: "ill-typed \(op.rawValue)")
            }
        }
        guard case .value(let a) = left, case .value(let b) = right else { throw UnboundName(name: "ill-typed \(op.rawValue)") }
        switch op {
        case .add: return .value(a &+ b)
        case .subtract: return .value(a &- b)
        case .multiply: return .value(a &* b)
        case .divide: return .value(b == 0 ? UInt64.max : a / b)
        case .remainder: return .value(b == 0 ? a : a % b)
        case .bitAnd: return .value(a & b)
        case .bitOr: return .value(a | b)
        case .bitXor: return .value(a ^ b)
        case .shiftLeft: return .value(b >= 64 ? 0 : a << b)
        case .shiftRight: return .value(b >= 64 ? 0 : a >> b)
        case .equal: return .condition(a == b)
        case .notEqual: return .condition(a != b)
        case .less: return .condition(a < b)
        case .lessEqual: return .condition(a <= b)
        case .greater: return .condition(a > b)
        case .greaterEqual: return .condition(a >= b)
        case .and, .or: throw UnboundName(name: "ill-typed \(op.rawValue)")
        }
    }
}
