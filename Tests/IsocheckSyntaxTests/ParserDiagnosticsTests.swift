import IsocheckDiagnostics
import IsocheckModel
import IsocheckSyntax
import XCTest

/// Malformed input rejected by the lexer (`lex.*`) or the parser (`parse.*`): each test puts a
/// `1️⃣` where the caret of the first error must land.
final class LexerDiagnosticsTests: XCTestCase {
    func testUnexpectedCharacter() {
        assertDiagnostic("const X = 1 1️⃣? 2", id: "lex.unexpected-character", messageContains: "'?'")
    }

    func testUnexpectedNonASCIICharacter() {
        assertDiagnostic("const 1️⃣Ω = 1", id: "lex.unexpected-character", messageContains: "'Ω'")
    }

    func testUnexpectedCharacterColumnCountsCharactersAfterNonASCII() {
        assertDiagnostic(
            "principal task\nwaive no-secret-in-user because \"naïve café ünïcode\" 1️⃣?",
            id: "lex.unexpected-character")
    }

    func testHexPrefixWithoutDigits() {
        assertDiagnostic("const X = 1️⃣0xZZ", id: "lex.malformed-number", messageContains: "digits after the base prefix")
    }

    func testDecimalRunningIntoLetters() {
        assertDiagnostic("const X = 121️⃣abc", id: "lex.malformed-number", messageContains: "found 'a'")
    }

    func testBinaryWithNonBinaryDigit() {
        assertDiagnostic("const X = 0b1011️⃣2", id: "lex.malformed-number", messageContains: "found '2'")
    }

    func testUnknownSizeSuffix() {
        assertDiagnostic("frame f size 41️⃣KB public", id: "lex.malformed-number", messageContains: "found 'K'")
    }

    func testNumberTooLarge() {
        assertDiagnostic("const X = 1️⃣0x1_0000_0000_0000_0000", id: "lex.number-too-large")
    }

    func testNumberTooLargeThroughSizeSuffix() {
        assertDiagnostic("const X = 1️⃣16777216T", id: "lex.number-too-large")
    }

    func testUnterminatedString() {
        assertDiagnostic(
            "waive no-stale-kernel-tlb because 1️⃣\"forgot to close\nconst X = 1",
            id: "lex.unterminated-string")
    }

    func testUnknownEscape() {
        assertDiagnostic("waive no-stale-kernel-tlb because \"tab 1️⃣\\q here\"", id: "lex.unknown-escape")
    }

    func testUnterminatedBlockComment() {
        assertDiagnostic("const X = 1\n  1️⃣/* never closed\nconst Y = 2\n", id: "lex.unterminated-comment")
    }
}

final class ParserDiagnosticsTests: XCTestCase {
    func testUnknownDeclarationKeyword() {
        assertDiagnostic("const A = 1\n1️⃣constant X = 1", id: "parse.expected", messageContains: "a declaration")
    }

    func testDeclarationStartingWithPunctuation() {
        assertDiagnostic("1️⃣= 5", id: "parse.expected", messageContains: "found '='")
    }

    func testConstMissingEquals() {
        assertDiagnostic("const X 1️⃣5", id: "parse.expected", messageContains: "expected '='")
    }

    func testConstMissingName() {
        assertDiagnostic("const 1️⃣= 5", id: "parse.expected", messageContains: "a constant name")
    }

    func testConstMissingValueAtEndOfLine() {
        assertDiagnostic("const X =1️⃣\nconst Y = 2", id: "parse.expected", messageContains: "found end of line")
    }

    func testExpressionStartingWithCloseParen() {
        assertDiagnostic("const X = 1️⃣)", id: "parse.expected", messageContains: "an expression")
    }

    func testUnclosedParenthesis() {
        assertDiagnostic("const X = (1 + 2 1️⃣3", id: "parse.expected", messageContains: "expected ')'")
    }

    func testParameterWithoutType() {
        assertDiagnostic("param x1️⃣\nconst Y = 1", id: "parse.expected", messageContains: "':' and a type")
    }

    func testParameterColonWithoutType() {
        assertDiagnostic("param x :1️⃣ \n", id: "parse.expected", messageContains: "a type (u1 ... u64)")
    }

    func testParameterWidthTooLarge() {
        assertDiagnostic("param x : 1️⃣u65", id: "parse.bad-width", messageContains: "'u65'")
    }

    func testParameterSignedType() {
        assertDiagnostic("param x : 1️⃣i32 where x > 1", id: "parse.bad-width", messageContains: "'i32'")
    }

    func testParameterWidthZero() {
        assertDiagnostic("param x : 1️⃣u0", id: "parse.bad-width")
    }

    func testFrameWithoutSize() {
        assertDiagnostic("frame 1️⃣f at 0x1000 secret", id: "parse.missing-clause", messageContains: "'size'")
    }

    func testFrameSizeGivenTwice() {
        assertDiagnostic("frame f size 4K 1️⃣size 8K secret", id: "parse.duplicate-clause", messageContains: "'size'")
    }

    func testFrameBaseGivenTwice() {
        assertDiagnostic("frame f at 0 size 4K 1️⃣at 8K secret", id: "parse.duplicate-clause", messageContains: "'at'")
    }

    func testFrameLabelGivenTwice() {
        assertDiagnostic("frame f size 4K secret 1️⃣public", id: "parse.duplicate-clause", messageContains: "'label'")
    }

    func testFrameClauseGarbage() {
        assertDiagnostic("frame f size 4K secret 1️⃣junk", id: "parse.expected", messageContains: "a frame clause")
    }

    func testFrameMissingName() {
        assertDiagnostic("frame 1️⃣[i < 2] at 0 size 4K", id: "parse.expected", messageContains: "a frame name, found '['")
    }

    func testSegmentMissingColon() {
        assertDiagnostic(
            """
            frame f size 8K {
              0 .. +4K 1️⃣public
            }
            """, id: "parse.expected", messageContains: "':' and a label")
    }

    func testSegmentBadLabelWord() {
        assertDiagnostic(
            """
            frame f size 8K {
              0 .. +4K: public
              4K .. 8K: 1️⃣private
            }
            """, id: "parse.expected", messageContains: "a label (secret, public, owned by PRINCIPAL)")
    }

    func testOwnedWithoutBy() {
        assertDiagnostic("principal t\nframe f size 4K owned 1️⃣t", id: "parse.expected", messageContains: "expected 'by'")
    }

    func testMemoryDefaultOwnedIsRejected() {
        // The caret is on 'owned'; the message should name the token under the caret.
        assertDiagnostic(
            "principal t\nmemory default 1️⃣owned by t", id: "parse.expected", messageContains: "found 'owned'")
    }

    func testMemoryWithoutDefault() {
        assertDiagnostic("memory 1️⃣secret", id: "parse.expected", messageContains: "expected 'default'")
    }

    func testSpaceMissingKind() {
        assertDiagnostic("space s 1️⃣{\n}", id: "parse.expected", messageContains: "'kernel' or 'user of PRINCIPAL'")
    }

    func testUserSpaceWithoutOf() {
        assertDiagnostic("principal t\nspace u user 1️⃣t {\n}", id: "parse.expected", messageContains: "expected 'of'")
    }

    func testSpaceWithoutBlock() {
        assertDiagnostic("space k kernel1️⃣\n", id: "parse.expected", messageContains: "expected '{'")
    }

    func testUnknownSpaceItem() {
        assertDiagnostic(
            """
            frame f size 4K public
            space k kernel {
              1️⃣mop 0 .. +4K -> f
            }
            """, id: "parse.expected", messageContains: "a space item (map, for, from)")
    }

    func testMapMissingArrow() {
        assertDiagnostic(
            """
            frame f size 4K public
            space k kernel {
              map 0 .. +4K 1️⃣f
            }
            """, id: "parse.expected", messageContains: "'->'")
    }

    func testMapTrailingGarbage() {
        assertDiagnostic(
            """
            frame f size 4K public
            space k kernel {
              map 0 .. +4K -> f rw 1️⃣5
            }
            """, id: "parse.expected", messageContains: "end of line")
    }

    func testSpaceBlockRunsIntoEndOfFile() {
        assertDiagnostic(
            """
            frame f size 4K public
            space k kernel {
              map 0 .. +4K -> f
            1️⃣
            """, id: "parse.expected", messageContains: "found end of file")
    }

    func testRangeMissingDots() {
        assertDiagnostic("region r = 0x1000 1️⃣to 0x2000", id: "parse.expected", messageContains: "'..'")
    }

    func testRegionMissingEquals() {
        assertDiagnostic("region r 1️⃣0 .. +4K", id: "parse.expected", messageContains: "expected '='")
    }

    func testChainedComparison() {
        assertDiagnostic(
            "param a : u8\nparam b : u8\nassume a < b 1️⃣< 3", id: "parse.expected",
            messageContains: "'&&' or '||' between comparisons")
    }

    func testChainedEquality() {
        assertDiagnostic("param a : u8 where a == 1 1️⃣!= 0", id: "parse.expected", messageContains: "between comparisons")
    }

    func testBinderWithoutLessThan() {
        assertDiagnostic("principal proc[p 1️⃣4]", id: "parse.expected", messageContains: "'<' and the number of indices")
    }

    func testBinderWithoutClosingBracket() {
        assertDiagnostic("principal proc[p < 41️⃣ \n", id: "parse.expected", messageContains: "expected ']'")
    }

    func testCPUItemOtherThanCR4() {
        assertDiagnostic("cpu {\n  1️⃣pge\n}", id: "parse.expected", messageContains: "a cpu item")
    }

    func testWaiverWithoutProperty() {
        assertDiagnostic("waive 1️⃣\"because\"", id: "parse.expected", messageContains: "a property name")
    }

    func testWaiverWithoutBecause() {
        assertDiagnostic("waive no-secret-in-user 1️⃣\"reason\"", id: "parse.expected", messageContains: "expected 'because'")
    }

    func testWaiverWithUnquotedReason() {
        assertDiagnostic("waive no-secret-in-user because 1️⃣lazy", id: "parse.expected", messageContains: "a quoted reason")
    }

    func testWaiverWithEmptyReason() {
        assertDiagnostic("waive no-secret-in-user because 1️⃣\"\"", id: "parse.empty-reason")
    }

    func testWaiverWithBlankReason() {
        assertDiagnostic("waive no-secret-in-user because 1️⃣\"   \\t \"", id: "parse.empty-reason")
    }

    // MARK: events depth

    func testEventDepthWithoutANumber() {
        assertDiagnostic("events depth 1️⃣two because \"r\"", id: "parse.expected", messageContains: "a number of events (0 to 8)")
    }

    func testEventDepthWithoutDepth() {
        assertDiagnostic("events 1️⃣1 because \"r\"", id: "parse.expected", messageContains: "expected 'depth'")
    }

    func testEventDepthWithoutAReason() {
        assertDiagnostic("events depth 11️⃣\n", id: "parse.expected", messageContains: "expected 'because'")
    }

    func testEventDepthWithABlankReason() {
        assertDiagnostic("events depth 1 because 1️⃣\" \"", id: "parse.empty-depth-reason")
    }

    // MARK: end-of-line errors
    // "found end of line" errors are placed at the newline token, i.e. after whatever trailing
    // comment or '\r' precedes it. The caret belongs right after the last token of the line,
    // where the missing piece goes, as it already is when the line has nothing after it.

    func testMissingValueBeforeTrailingComment() {
        assertDiagnostic(
            "const X =1️⃣ # a long explanation of X\nconst Y = 1", id: "parse.expected",
            messageContains: "found end of line")
    }

    func testMissingValueAtEndOfCRLFLine() {
        // lineText strips the '\r', so a caret on column 11 sits one past the visible line.
        assertDiagnostic("const X =1️⃣\r\nconst Y = 1\r\n", id: "parse.expected", messageContains: "found end of line")
    }
}
