import IsocheckSyntax

/// An index variable introduced by a binder (`[i < ncpu]`). The id keeps two binders with the
/// same name apart, e.g. when a derived space includes its parent twice.
public struct IndexVariable: Hashable, Sendable, CustomStringConvertible {
    public let id: Int
    public let name: String
    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
    public var description: String { name }
}

/// A binder after elaboration: the variable and its count, an expression over parameters.
public struct Binder: Sendable {
    public let variable: IndexVariable
    public let count: ValueExpr
    public init(variable: IndexVariable, count: ValueExpr) {
        self.variable = variable
        self.count = count
    }
}

/// A resolved expression: names are bound to parameters, index variables or literals. The
/// checker encodes it for the solver; the reference evaluator and counterexample explanations
/// evaluate it concretely.
public indirect enum ValueExpr: Sendable {
    case literal(UInt64)
    case boolean(Bool)
    case parameter(String)
    case index(IndexVariable)
    case unary(UnaryOperator, ValueExpr)
    case binary(BinaryOperator, ValueExpr, ValueExpr)

    /// True when the expression is a condition rather than a 64-bit value.
    public var isCondition: Bool {
        switch self {
        case .boolean: true
        case .unary(let op, _): op == .logicalNot
        case .binary(let op, _, _): op.isComparison || op.isLogical
        default: false
        }
    }

    /// The value if it mentions no parameter or index.
    public var constantValue: UInt64? {
        guard case .value(let value)? = try? evaluate(in: Environment()) else { return nil }
        return value
    }

    /// Replaces index variables (used when a derived space instantiates its parent).
    public func substituting(_ map: [IndexVariable: ValueExpr]) -> ValueExpr {
        switch self {
        case .literal, .boolean, .parameter: self
        case .index(let variable): map[variable] ?? self
        case .unary(let op, let operand): .unary(op, operand.substituting(map))
        case .binary(let op, let left, let right): .binary(op, left.substituting(map), right.substituting(map))
        }
    }

    /// Replaces parameters by name (the executor puts register values into assertions).
    public func substitutingParameters(_ map: [String: ValueExpr]) -> ValueExpr {
        switch self {
        case .literal, .boolean, .index: self
        case .parameter(let name): map[name] ?? self
        case .unary(let op, let operand): .unary(op, operand.substitutingParameters(map))
        case .binary(let op, let left, let right):
            .binary(op, left.substitutingParameters(map), right.substitutingParameters(map))
        }
    }

    public var indexVariables: Set<IndexVariable> {
        switch self {
        case .literal, .boolean, .parameter: []
        case .index(let variable): [variable]
        case .unary(_, let operand): operand.indexVariables
        case .binary(_, let left, let right): left.indexVariables.union(right.indexVariables)
        }
    }

    public var parameters: Set<String> {
        switch self {
        case .literal, .boolean, .index: []
        case .parameter(let name): [name]
        case .unary(_, let operand): operand.parameters
        case .binary(_, let left, let right): left.parameters.union(right.parameters)
        }
    }

    public static func + (lhs: ValueExpr, rhs: ValueExpr) -> ValueExpr { .binary(.add, lhs, rhs) }
    public static func * (lhs: ValueExpr, rhs: ValueExpr) -> ValueExpr { .binary(.multiply, lhs, rhs) }
}
