import IsocheckDiagnostics
import IsocheckSyntax
import XCTest

/// Tokens of `text`, with the lexer's diagnostics.
func lex(_ text: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
    var lexer = Lexer(source: SourceFile(path: testSpecPath, text: text))
    let tokens = lexer.tokenize()
    return (tokens, lexer.diagnostics)
}

/// The value of `text` lexed as a single number token (nil, with a test failure, otherwise).
func lexNumber(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> UInt64? {
    let (tokens, diagnostics) = lex(text)
    XCTAssertEqual(diagnostics.map(\.message.id), [], "lexing \(text)", file: file, line: line)
    guard tokens.count == 2, case .number(let value) = tokens[0].kind, tokens[1].kind == .endOfFile else {
        XCTFail("'\(text)' is not one number token: \(tokens.map(\.description))", file: file, line: line)
        return nil
    }
    return value
}

final class LexerTests: XCTestCase {
    func testDecimalAndSizeSuffixes() {
        XCTAssertEqual(lexNumber("4096"), 4096)
        XCTAssertEqual(lexNumber("4K"), 4096)
        XCTAssertEqual(lexNumber("64K"), 0x10000)
        XCTAssertEqual(lexNumber("2M"), 2 << 20)
        XCTAssertEqual(lexNumber("2MiB"), 2 << 20)
        XCTAssertEqual(lexNumber("4KiB"), 4096)
        XCTAssertEqual(lexNumber("1G"), 1 << 30)
        XCTAssertEqual(lexNumber("1GiB"), 1 << 30)
        XCTAssertEqual(lexNumber("3T"), 3 << 40)
        XCTAssertEqual(lexNumber("2040K"), 2040 * 1024)
        XCTAssertEqual(lexNumber("1_000_000"), 1_000_000)
    }

    func testHexAndBinary() {
        XCTAssertEqual(lexNumber("0x_ffff_ffff"), 0xffff_ffff)
        XCTAssertEqual(lexNumber("0xFFFFFFFF80000000"), 0xffff_ffff_8000_0000)
        XCTAssertEqual(lexNumber("0X1f"), 0x1f)
        XCTAssertEqual(lexNumber("0b101"), 5)
        XCTAssertEqual(lexNumber("0B1_0000"), 16)
        XCTAssertEqual(lexNumber("0x1000K"), 0x1000 * 1024)
        XCTAssertEqual(lexNumber("0"), 0)
        XCTAssertEqual(lexNumber("0xffffffffffffffff"), UInt64.max)
        XCTAssertEqual(lexNumber("18446744073709551615"), UInt64.max)
    }

    func testLargestValueThatFitsAfterScaling() {
        XCTAssertEqual(lexNumber("16777215T"), 16_777_215 << 40)
        XCTAssertEqual(lex("16777216T").diagnostics.map(\.message.id), ["lex.number-too-large"])
        XCTAssertEqual(lex("18446744073709551616").diagnostics.map(\.message.id), ["lex.number-too-large"])
    }

    func testCommentsAreSkipped() {
        let (tokens, diagnostics) = lex("""
            # a hash comment
            const /* inline */ X = 4K // trailing
            /* a block
               over lines */ const Y = 1 # another
            """)
        XCTAssertEqual(diagnostics.map(\.message.id), [])
        XCTAssertEqual(tokens.map(\.kind), [
            .identifier("const"), .identifier("X"), .punct("="), .number(4096), .newline,
            .identifier("const"), .identifier("Y"), .punct("="), .number(1), .endOfFile,
        ])
    }

    func testNewlinesCollapseAndLeadingNewlinesAreDropped() {
        let (tokens, _) = lex("\n\n# c\n\na\n\n\nb\n")
        XCTAssertEqual(tokens.map(\.kind), [.identifier("a"), .newline, .identifier("b"), .newline, .endOfFile])
    }

    func testLongestPunctuationWins() {
        let (tokens, diagnostics) = lex("a<<b <= c -> d .. e>=f>>g != h && i || j == k")
        XCTAssertEqual(diagnostics.count, 0)
        let puncts = tokens.compactMap { token -> String? in
            if case .punct(let text) = token.kind { return text }
            return nil
        }
        XCTAssertEqual(puncts, ["<<", "<=", "->", "..", ">=", ">>", "!=", "&&", "||", "=="])
    }

    func testRangeWithoutSpacesLexesAsNumberDotsNumber() {
        let (tokens, diagnostics) = lex("0..+4K")
        XCTAssertEqual(diagnostics.count, 0)
        XCTAssertEqual(tokens.map(\.kind), [.number(0), .punct(".."), .punct("+"), .number(4096), .endOfFile])
    }

    func testStringsAndEscapes() {
        let (tokens, diagnostics) = lex(#""a \"quoted\" tab\there \\ done""#)
        XCTAssertEqual(diagnostics.count, 0)
        XCTAssertEqual(tokens.first?.kind, .string("a \"quoted\" tab\there \\ done"))
    }

    func testTokenRangesAreOneBasedCharacterColumns() throws {
        let (tokens, _) = lex("# é\n  frame  ünï x")
        let frame = try XCTUnwrap(tokens.first)
        XCTAssertEqual(frame.kind, .identifier("frame"))
        XCTAssertEqual(frame.range.start.line, 2)
        XCTAssertEqual(frame.range.start.column, 3)
        XCTAssertEqual(frame.range.end.column, 8)
        // 'ü' is not an identifier character: it is reported, and 'x' still lands on column 14.
        let x = try XCTUnwrap(tokens.first { $0.kind == .identifier("x") })
        XCTAssertEqual(x.range.start.column, 14)
    }

    func testLexerKeepsGoingAfterErrors() {
        let (tokens, diagnostics) = lex("a ? b ` c")
        XCTAssertEqual(diagnostics.map(\.message.id), ["lex.unexpected-character", "lex.unexpected-character"])
        XCTAssertEqual(diagnostics.map { $0.location?.column }, [3, 7])
        XCTAssertEqual(tokens.map(\.kind), [.identifier("a"), .identifier("b"), .identifier("c"), .endOfFile])
    }
}
