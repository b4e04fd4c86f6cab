import IsocheckDiagnostics

extension SymbolMap {
    public init(contentsOfFile path: String) throws(ImportError) {
        try self.init(parsing: try readText(path), path: path)
    }

    /// Parses `ADDRESS TYPE NAME[\t[module]]` lines. Blank lines are allowed; anything else
    /// that is not such a line is an error at its line and column, so a binary or truncated
    /// file is not taken for an empty map.
    public init(parsing text: String, path: String) throws(ImportError) {
        let source = SourceFile(path: path, text: text)
        let bytes = source.bytes
        var symbols: [Symbol] = []
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > lineStart && bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            if !(lineStart..<contentEnd).allSatisfy({ bytes[$0] == 0x20 || bytes[$0] == 0x09 }) {
                symbols.append(try Self.symbol(in: source, from: lineStart, to: contentEnd, line: lineNumber))
            }
            lineStart = lineEnd + 1
        }
        self.init(symbols: symbols, path: path)
    }

    private static func symbol(in source: SourceFile, from start: Int, to end: Int, line: Int) throws(ImportError) -> Symbol {
        let bytes = source.bytes
        func fail(_ offset: Int, _ message: Diagnostic.Message) -> ImportError {
            ImportError(file: source.path, position: .text(source.location(at: offset)), message)
        }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var cursor = start
        var address: UInt64 = 0
        while cursor < end, let digit = hexValue(bytes[cursor]) {
            guard cursor - start < 16 else { throw fail(start, .symbolExpected("an address of at most 16 hexadecimal digits")) }
            address = address << 4 | digit
            cursor += 1
        }
        guard cursor > start else { throw fail(start, .symbolExpected("a hexadecimal address at the start of the line")) }
        guard cursor < end, bytes[cursor] == 0x20 else { throw fail(cursor, .symbolExpected("a space after the address")) }
        cursor += 1
        // nm's type letters, plus '?' and '-' for unknown and debugging symbols.
        guard cursor < end, let type = symbolType(bytes[cursor]), cursor + 1 == end || isSpace(bytes[cursor + 1]) else {
            throw fail(cursor, .symbolExpected("a one-letter symbol type such as T, t, D or A"))
        }
        cursor += 1
        while cursor < end && isSpace(bytes[cursor]) { cursor += 1 }
        let nameStart = cursor
        while cursor < end && !isSpace(bytes[cursor]) {
            guard isPrintable(bytes[cursor]) else { throw fail(cursor, .symbolUnprintable) }
            cursor += 1
        }
        guard cursor > nameStart else { throw fail(cursor, .symbolExpected("the symbol name")) }
        let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self)
        while cursor < end && isSpace(bytes[cursor]) { cursor += 1 }
        var module: String?
        if cursor < end {
            // kallsyms: "\t[module]" and nothing after it.
            guard bytes[cursor] == UInt8(ascii: "["), bytes[end - 1] == UInt8(ascii: "]"), end - cursor > 2,
                  (cursor + 1..<end - 1).allSatisfy({ isPrintable(bytes[$0]) && bytes[$0] != UInt8(ascii: "]") })
            else {
                throw fail(cursor, .symbolExpected("the end of the line or a module name in brackets after the symbol name"))
            }
            module = String(decoding: bytes[cursor + 1..<end - 1], as: UTF8.self)
        }
        return Symbol(address: address, type: Character(UnicodeScalar(type)), name: name, module: module, line: line)
    }

    private static func hexValue(_ byte: UInt8) -> UInt64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt64(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private static func symbolType(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "?"), UInt8(ascii: "-"): byte
        default: nil
        }
    }

    /// Kernel symbol names are printable ASCII; anything else means the file is not a map.
    private static func isPrintable(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7f }
}
