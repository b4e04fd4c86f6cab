import IsocheckDiagnostics

/// One lexical token of a spec. Newlines are tokens because statements end at a line break,
/// as instructions do in the assembly that code sections hold.
public struct Token: Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case identifier(String)
        case number(UInt64)
        case string(String)
        case punct(String)
        case newline
        case endOfFile
    }

    public let kind: Kind
    public let range: SourceRange

    public var description: String {
        switch kind {
        case .identifier(let name): "'\(name)'"
        case .number(let value): "number \(value)"
        case .string: "string"
        case .punct(let text): "'\(text)'"
        case .newline: "end of line"
        case .endOfFile: "end of file"
        }
    }

    public func isPunct(_ text: String) -> Bool { kind == .punct(text) }
    public func isKeyword(_ word: String) -> Bool { kind == .identifier(word) }

    public var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }
}
