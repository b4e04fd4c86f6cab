import IsocheckDiagnostics

/// An expression as written. Values are 64-bit unsigned bit-vectors; comparisons are unsigned
/// and arithmetic wraps modulo 2^64, as address arithmetic does in the hardware.
public indirect enum ExprKind: Sendable {
    case number(UInt64)
    case name(String)
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
}

public struct Expr: Sendable {
    public let kind: ExprKind
    public let range: SourceRange
    public init(_ kind: ExprKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum UnaryOperator: String, Sendable {
    case negate = "-"
    case bitNot = "~"
    case logicalNot = "!"
}

/// Binary operators, with Python's precedence: bitwise operators bind tighter than comparisons,
/// so `slide & 0x1fffff == 0` means what a kernel developer means by it.
public enum BinaryOperator: String, Sendable, CaseIterable {
    case or = "||", and = "&&"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case bitOr = "|", bitXor = "^", bitAnd = "&"
    case shiftLeft = "<<", shiftRight = ">>"
    case add = "+", subtract = "-"
    case multiply = "*", divide = "/", remainder = "%"

    /// Higher binds tighter.
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: 3
        case .bitOr: 4
        case .bitXor: 5
        case .bitAnd: 6
        case .shiftLeft, .shiftRight: 7
        case .add, .subtract: 8
        case .multiply, .divide, .remainder: 9
        }
    }

    public var isComparison: Bool { precedence == 3 }
    public var isLogical: Bool { self == .or || self == .and }
}
