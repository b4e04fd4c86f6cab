import IsocheckDiagnostics
import IsocheckSyntax

/// What an expression name can stand for.
enum ValueSymbol {
    case constant(ValueExpr)
    case parameter
    case index(IndexVariable)
}

/// Nested value scopes: the file's constants and parameters, then binders of the declaration,
/// then binders of `for` blocks.
struct Scope {
    private var frames: [[String: ValueSymbol]] = [[:]]

    mutating func push() { frames.append([:]) }
    mutating func pop() { frames.removeLast() }

    mutating func define(_ name: String, _ symbol: ValueSymbol) { frames[frames.count - 1][name] = symbol }

    func lookup(_ name: String) -> ValueSymbol? {
        for frame in frames.reversed() {
            if let symbol = frame[name] { return symbol }
        }
        return nil
    }
}
