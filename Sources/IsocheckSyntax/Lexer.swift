import IsocheckDiagnostics

/// Splits spec text into tokens. Comments are `//`, `/* */` and `#` (the AT&T assembler's),
/// numbers accept `0x`/`0b`, `_` separators and the size suffixes K, M, G, T (KiB...).
public struct Lexer {
    private let source: SourceFile
    private let bytes: [UInt8]
    private var position = 0
    public private(set) var diagnostics: [Diagnostic] = []

    /// Longest first, so `<<` wins over `<`.
    private static let punctuation = [
        "->", "..", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
        "{", "}", "[", "]", "(", ")", ",", ":", ";", "=", "+", "-", "*", "/", "%",
        "&", "|", "^", "~", "!", "<", ">", "$", ".", "@",
    ]

    public init(source: SourceFile) {
        self.source = source
        self.bytes = source.bytes
    }

    public mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        while true {
            skipSpacesAndComments()
            let start = position
            guard position < bytes.count else {
                tokens.append(Token(kind: .endOfFile, range: source.range(start, start)))
                return tokens
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") {
                position += 1
                if case .newline = tokens.last?.kind {} else if !tokens.isEmpty {
                    tokens.append(Token(kind: .newline, range: source.range(start, position)))
                }
                continue
            }
            if let token = lexToken(startingWith: byte, at: start) { tokens.append(token) }
        }
    }

    private mutating func lexToken(startingWith byte: UInt8, at start: Int) -> Token? {
        if isIdentifierStart(byte) {
            while position < bytes.count, isIdentifierContinue(bytes[position]) { position += 1 }
            let name = String(decoding: bytes[start..<position], as: UTF8.self)
            return Token(kind: .identifier(name), range: source.range(start, position))
        }
        if isDigit(byte) { return lexNumber(at: start) }
        if byte == UInt8(ascii: "\"") { return lexString(at: start) }
        for punct in Self.punctuation where matches(punct) {
            position += punct.utf8.count
            return Token(kind: .punct(punct), range: source.range(start, position))
        }
        let scalarEnd = nextScalarEnd(from: position)
        let text = String(decoding: bytes[position..<scalarEnd], as: UTF8.self)
        diagnostics.append(.error(.unexpectedCharacter(text), at: source.location(at: start)))
        position = scalarEnd
        return nil
    }

    private mutating func lexNumber(at start: Int) -> Token {
        var radix: UInt64 = 10
        if bytes[position] == UInt8(ascii: "0"), position + 1 < bytes.count {
            switch bytes[position + 1] {
            case UInt8(ascii: "x"), UInt8(ascii: "X"): radix = 16; position += 2
            case UInt8(ascii: "b"), UInt8(ascii: "B"): radix = 2; position += 2
            default: break
            }
        }
        var value: UInt64 = 0
        var overflow = false
        var digits = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "_") { position += 1; continue }
            guard let digit = digitValue(byte), digit < radix else { break }
            let (shifted, overflowMul) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflowAdd) = shifted.addingReportingOverflow(digit)
            overflow = overflow || overflowMul || overflowAdd
            value = sum
            digits += 1
            position += 1
        }
        if digits == 0 {
            diagnostics.append(.error(.malformedNumber("digits after the base prefix"), at: source.location(at: start)))
        }
        if let multiplier = sizeSuffix() {
            let (scaled, overflowScale) = value.multipliedReportingOverflow(by: multiplier)
            overflow = overflow || overflowScale
            value = scaled
        }
        if position < bytes.count, isIdentifierContinue(bytes[position]) {
            let badEnd = nextScalarEnd(from: position)
            let bad = String(decoding: bytes[position..<badEnd], as: UTF8.self)
            diagnostics.append(
                .error(.malformedNumber("a digit, a size suffix (K, M, G, T) or a separator, found '\(bad)'"),
                       at: source.location(at: position)))
            while position < bytes.count, isIdentifierContinue(bytes[position]) { position += 1 }
        }
        if overflow {
            diagnostics.append(.error(.numberTooLarge, at: source.location(at: start)))
        }
        return Token(kind: .number(value), range: source.range(start, position))
    }

    /// K/M/G/T, optionally spelled KiB/MiB/GiB/TiB; only when the suffix ends the word.
    private mutating func sizeSuffix() -> UInt64? {
        guard position < bytes.count else { return nil }
        let multipliers: [UInt8: UInt64] = [
            UInt8(ascii: "K"): 1 << 10, UInt8(ascii: "M"): 1 << 20,
            UInt8(ascii: "G"): 1 << 30, UInt8(ascii: "T"): 1 << 40,
        ]
        guard let multiplier = multipliers[bytes[position]] else { return nil }
        var end = position + 1
        if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "i"), bytes[end + 1] == UInt8(ascii: "B") { end += 2 }
        if end < bytes.count, isIdentifierContinue(bytes[end]) { return nil }
        position = end
        return multiplier
    }

    private mutating func lexString(at start: Int) -> Token {
        position += 1
        var scalars: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                let text = String(decoding: scalars, as: UTF8.self)
                return Token(kind: .string(text), range: source.range(start, position))
            }
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: "\\"), position + 1 < bytes.count {
                let escaped = bytes[position + 1]
                switch escaped {
                case UInt8(ascii: "n"): scalars.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): scalars.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): scalars.append(escaped)
                default:
                    diagnostics.append(.error(.unknownEscape, at: source.location(at: position)))
                }
                position += 2
                continue
            }
            scalars.append(byte)
            position += 1
        }
        diagnostics.append(.error(.unterminatedString, at: source.location(at: start)))
        return Token(kind: .string(String(decoding: scalars, as: UTF8.self)), range: source.range(start, position))
    }

    private mutating func skipSpacesAndComments() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                position += 1
            } else if byte == UInt8(ascii: "#") || matches("//") {
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            } else if matches("/*") {
                let start = position
                position += 2
                while position < bytes.count, !matches("*/") { position += 1 }
                if position >= bytes.count {
                    diagnostics.append(.error(.unterminatedComment, at: source.location(at: start)))
                } else {
                    position += 2
                }
            } else {
                return
            }
        }
    }

    private func matches(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard position + utf8.count <= bytes.count else { return false }
        return Array(bytes[position..<position + utf8.count]) == utf8
    }

    private func nextScalarEnd(from start: Int) -> Int {
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return end
    }

    private func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    private func isIdentifierContinue(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || isDigit(byte) }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func digitValue(_ byte: UInt8) -> UInt64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt64(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
