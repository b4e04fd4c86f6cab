import IsocheckDiagnostics

extension SymbolMap {
    public init(contentsOfFile path: String) throws(ImportError) {
        try self.init(parsing: try readText(path), path: path)
    }

    /// Parses `ADDRESS TYPE NAME[\t[module]]` lines. Blank lines are allowed; anything else
    /// that is not such a line is an error at its line and column, so a binary or truncated
    /// file is not taken for an empty map.
    public init(parsing text: String, path: String) throws(ImportError) {
        var utf8 = text
        // A map has ~100,000 lines: scan the bytes in place, and build the line table for a
        // location only when there is an error to report.
        let parsed = utf8.withUTF8 { Self.symbols(in: $0) }
        switch parsed {
        case .success(let symbols):
            self.init(symbols: symbols, path: path)
        case .failure(let failure):
            let location = SourceFile(path: path, text: text).location(at: failure.offset)
            throw ImportError(file: path, position: .text(location), failure.message)
        }
    }

    private struct Failure: Error {
        let offset: Int
        let message: Diagnostic.Message
    }

    private static func symbols(in bytes: UnsafeBufferPointer<UInt8>) -> Result<[Symbol], Failure> {
        var symbols: [Symbol] = []
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > lineStart && bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            var blank = true
            for index in lineStart..<contentEnd where !isSpace(bytes[index]) {
                blank = false
                break
            }
            if !blank {
                switch symbol(in: bytes, from: lineStart, to: contentEnd, line: lineNumber) {
                case .success(let symbol): symbols.append(symbol)
                case .failure(let failure): return .failure(failure)
                }
            }
            lineStart = lineEnd + 1
        }
        return .success(symbols)
    }

    private static func symbol(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, line: Int) -> Result<Symbol, Failure> {
        func fail(_ offset: Int, _ message: Diagnostic.Message) -> Result<Symbol, Failure> {
            .failure(Failure(offset: offset, message: message))
        }
        var cursor = start
        var address: UInt64 = 0
        while cursor < end, let digit = hexValue(bytes[cursor]) {
            guard cursor - start < 16 else { return fail(start, .symbolExpected("an address of at most 16 hexadecimal digits")) }
            address = address << 4 | digit
            cursor += 1
        }
        guard cursor > start else { return fail(start, .symbolExpected("a hexadecimal address at the start of the line")) }
        guard cursor < end, bytes[cursor] == 0x20 else { return fail(cursor, .symbolExpected("a space after the address")) }
        cursor += 1
        // nm's type letters, plus '?' and '-' for unknown and debugging symbols.
        guard cursor < end, let type = symbolType(bytes[cursor]), cursor + 1 == end || isSpace(bytes[cursor + 1]) else {
            return fail(cursor, .symbolExpected("a one-letter symbol type such as T, t, D or A"))
        }
        cursor += 1
        while cursor < end && isSpace(bytes[cursor]) { cursor += 1 }
        let nameStart = cursor
        while cursor < end && !isSpace(bytes[cursor]) {
            guard isPrintable(bytes[cursor]) else { return fail(cursor, .symbolUnprintable) }
            cursor += 1
        }
        guard cursor > nameStart else { return fail(cursor, .symbolExpected("the symbol name")) }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<cursor]), as: UTF8.self)
        while cursor < end && isSpace(bytes[cursor]) { cursor += 1 }
        var module: String?
        if cursor < end {
            // kallsyms: "\t[module]" and nothing after it.
            var wellFormed = bytes[cursor] == UInt8(ascii: "[") && bytes[end - 1] == UInt8(ascii: "]") && end - cursor > 2
            for index in cursor + 1..<max(cursor + 1, end - 1) where !isPrintable(bytes[index]) || bytes[index] == UInt8(ascii: "]") {
                wellFormed = false
            }
            guard wellFormed else {
                return fail(cursor, .symbolExpected("the end of the line or a module name in brackets after the symbol name"))
            }
            module = String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor + 1..<end - 1]), as: UTF8.self)
        }
        return .success(Symbol(address: address, type: Character(UnicodeScalar(type)), name: name, module: module, line: line))
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

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
