import IsocheckDiagnostics
import IsocheckSyntax
import XCTest

/// A fully parenthesised rendering of an expression, so tests can compare tree shapes as text.
func parenthesized(_ expr: Expr) -> String {
    switch expr.kind {
    case .number(let value): "\(value)"
    case .name(let name): name
    case .unary(let op, let operand): "\(op.rawValue)\(parenthesized(operand))"
    case .binary(let op, let left, let right): "(\(parenthesized(left)) \(op.rawValue) \(parenthesized(right)))"
    }
}

final class ExpressionParsingTests: XCTestCase {
    /// Parses `assume <expression>` and returns the condition's shape.
    private func shape(_ expression: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let (spec, diagnostics) = Parser.parse(SourceFile(path: testSpecPath, text: "assume \(expression)\n"))
        XCTAssertEqual(diagnostics.map(\.message.text), [], file: file, line: line)
        let declaration = try XCTUnwrap(spec.declarations.first, file: file, line: line)
        guard case .assumption(let assumption) = declaration else {
            XCTFail("not an assumption: \(declaration)", file: file, line: line)
            return ""
        }
        return parenthesized(assumption.condition)
    }

    func testBitwiseBindsTighterThanComparison() throws {
        XCTAssertEqual(try shape("slide & 0x1fffff == 0"), "((slide & 2097151) == 0)")
        XCTAssertEqual(try shape("a | b != c ^ d"), "((a | b) != (c ^ d))")
    }

    func testTutorialConstraint() throws {
        XCTAssertEqual(
            try shape("slide & 0x1fffff == 0 && slide < 1G"), "(((slide & 2097151) == 0) && (slide < 1073741824))")
    }

    func testArithmeticAndShiftPrecedence() throws {
        XCTAssertEqual(try shape("a + b * c"), "(a + (b * c))")
        XCTAssertEqual(try shape("a << 2 + 1"), "(a << (2 + 1))")
        XCTAssertEqual(try shape("a & b << 3"), "(a & (b << 3))")
        XCTAssertEqual(try shape("a | b ^ c & d"), "(a | (b ^ (c & d)))")
        XCTAssertEqual(try shape("a - b - c"), "((a - b) - c)")
        XCTAssertEqual(try shape("a / b % c"), "((a / b) % c)")
    }

    func testLogicalPrecedence() throws {
        XCTAssertEqual(try shape("a == 1 || b == 2 && c == 3"), "((a == 1) || ((b == 2) && (c == 3)))")
    }

    func testUnaryAndParentheses() throws {
        XCTAssertEqual(try shape("!(a < -b)"), "!(a < -b)")
        XCTAssertEqual(try shape("~a & (b + c) * 2"), "(~a & ((b + c) * 2))")
        XCTAssertEqual(try shape("(\n a + b\n) == 0"), "((a + b) == 0)")
    }

    func testBinderCountStopsBeforeComparison() throws {
        let (spec, diagnostics) = Parser.parse(SourceFile(path: testSpecPath, text: "principal proc[p < n + 1, q < m << 1]"))
        XCTAssertEqual(diagnostics.count, 0)
        guard case .principal(let principal)? = spec.declarations.first else { return XCTFail("not a principal") }
        XCTAssertEqual(principal.binders.map(\.name.name), ["p", "q"])
        XCTAssertEqual(principal.binders.map { parenthesized($0.count) }, ["(n + 1)", "(m << 1)"])
    }

    func testExpressionRangesCoverTheirText() throws {
        let (spec, _) = Parser.parse(SourceFile(path: testSpecPath, text: "const X =  (A + 1) * B"))
        guard case .constant(let constant)? = spec.declarations.first else { return XCTFail("not a constant") }
        XCTAssertEqual(constant.value.range.start.column, 12)
        XCTAssertEqual(constant.value.range.end.column, 23)
        XCTAssertEqual(constant.name.range.start.column, 7)
    }

    func testTutorialDeclarationsParse() throws {
        let text = """
            frame pcpu[c < ncpu] at 0x4000000 stride 64K size 64K {
              0 .. +4K:   public
              4K .. 64K:  secret
            }
            space user[p < nproc] user of proc[p] {
              from kernel only entry_text, cpu_entry[0]
              for c < ncpu {
                map 0x400000 + c * 4K .. +4K page 4K -> upage[p] + 4K rw user nx
              }
            }
            waive no-stale-kernel-tlb in user because "reason"
            """
        let (spec, diagnostics) = Parser.parse(SourceFile(path: testSpecPath, text: text))
        XCTAssertEqual(diagnostics.map(\.message.text), [])
        XCTAssertEqual(spec.declarations.count, 3)
        guard case .frame(let frame) = spec.declarations[0] else { return XCTFail("not a frame") }
        XCTAssertEqual(frame.segments.count, 2)
        XCTAssertEqual(frame.stride.map(parenthesized), "65536")
        guard case .space(let space) = spec.declarations[1] else { return XCTFail("not a space") }
        XCTAssertEqual(space.items.count, 2)
        guard case .derived(let derived) = space.items[0] else { return XCTFail("not a from") }
        XCTAssertEqual(derived.regions?.map(\.name.name), ["entry_text", "cpu_entry"])
        guard case .forEach(let loop) = space.items[1], case .mapping(let mapping)? = loop.items.first else {
            return XCTFail("not a for with a map")
        }
        XCTAssertEqual(mapping.flags.map(\.name), ["rw", "user", "nx"])
        XCTAssertEqual(mapping.pageSize.map(parenthesized), "4096")
        guard case .frame(let target, let offset) = mapping.target else { return XCTFail("not a frame target") }
        XCTAssertEqual(target.name.name, "upage")
        XCTAssertEqual(offset.map(parenthesized), "4096")
        guard case .waiver(let waiver) = spec.declarations[2] else { return XCTFail("not a waiver") }
        XCTAssertEqual(waiver.property.name, "no-stale-kernel-tlb")
        XCTAssertEqual(waiver.space?.name, "user")
    }
}
