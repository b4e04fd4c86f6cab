import CZ3

/// A Z3 failure surfaced as a Swift error, because Z3's default handler would
/// print and `exit(1)` the whole checker instead of letting the caller report it.
///
/// `code` is a `Z3_error_code` raw value. Mistakes caught in Swift before reaching
/// Z3 (sort mismatches, bad indices) reuse Z3's own codes so callers see one scheme.
public struct Z3Error: Error, CustomStringConvertible {
    public let code: Int
    public let message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "Z3 error \(code): \(message)" }

    /// Operand sorts do not fit the operation (Z3_SORT_ERROR).
    static func sort(_ message: String) -> Z3Error {
        Z3Error(code: Int(Z3_SORT_ERROR.rawValue), message: message)
    }

    /// An index or width is out of range (Z3_IOB).
    static func outOfBounds(_ message: String) -> Z3Error {
        Z3Error(code: Int(Z3_IOB.rawValue), message: message)
    }

    /// Anything else the caller got wrong (Z3_INVALID_ARG).
    static func invalidArgument(_ message: String) -> Z3Error {
        Z3Error(code: Int(Z3_INVALID_ARG.rawValue), message: message)
    }
}
