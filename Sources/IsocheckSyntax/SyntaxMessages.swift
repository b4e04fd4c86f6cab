import IsocheckDiagnostics

/// Every message the lexer and parser emit, in one place, with stable ids.
extension Diagnostic.Message {
    static func unexpectedCharacter(_ text: String) -> Self {
        Self(id: "lex.unexpected-character", "unexpected character '\(text)'")
    }
    static func malformedNumber(_ expected: String) -> Self {
        Self(id: "lex.malformed-number", "malformed number: expected \(expected)")
    }
    static let numberTooLarge = Self(id: "lex.number-too-large", "number does not fit in 64 bits")
    static let unterminatedString = Self(id: "lex.unterminated-string", "unterminated string: expected a closing '\"' on the same line")
    static let unknownEscape = Self(id: "lex.unknown-escape", "unknown escape in string: expected \\n, \\t, \\\" or \\\\")
    static let unterminatedComment = Self(id: "lex.unterminated-comment", "unterminated comment: expected '*/'")

    public static func expected(_ what: String, found: Token) -> Self {
        Self(id: "parse.expected", "expected \(what), found \(found)")
    }
    static func duplicateClause(_ clause: String) -> Self {
        Self(id: "parse.duplicate-clause", "'\(clause)' given twice in one declaration")
    }
    static func missingClause(_ clause: String, in declaration: String) -> Self {
        Self(id: "parse.missing-clause", "\(declaration) needs a '\(clause)' clause")
    }
    static func badWidth(_ width: String) -> Self {
        Self(id: "parse.bad-width", "unknown parameter type '\(width)': expected u1 ... u64")
    }
    static let emptyReason = Self(id: "parse.empty-reason", "a waiver needs a non-empty reason: say why the property may fail")
    static let emptyDepthReason = Self(
        id: "parse.empty-depth-reason", "an event depth needs a non-empty reason: say why this bound and not the default")
}
