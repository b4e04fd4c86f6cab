import XCTest
import Z3Kit

/// Every misuse must surface as a thrown `Z3Error`; reaching these assertions at
/// all proves Z3's exit-on-error handler is disabled.
final class Z3ErrorTests: XCTestCase {
    private func expectZ3Error(
        _ fragment: String, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Void
    ) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            guard let z3 = error as? Z3Error else {
                return XCTFail("expected Z3Error, got \(error)", file: file, line: line)
            }
            XCTAssertNotEqual(z3.code, 0, file: file, line: line)
            XCTAssertTrue(z3.message.contains(fragment), "message: \(z3.message)", file: file, line: line)
        }
    }

    func testAddingMismatchedWidthsThrows() throws {
        let ctx = try Z3Context()
        let a = try ctx.bvConst("a", width: 32)
        let b = try ctx.bvConst("b", width: 64)
        expectZ3Error("(_ BitVec 32) and (_ BitVec 64)") { _ = try ctx.add(a, b) }
        expectZ3Error("equal width") { _ = try ctx.ult(a, b) }
        expectZ3Error("one sort") { _ = try ctx.eq(a, b) }
    }

    func testBooleanOperatorsRejectBitVectors() throws {
        let ctx = try Z3Context()
        let x = try ctx.bvConst("x", width: 8)
        expectZ3Error("Bool operands") { _ = try ctx.and([ctx.bool(true), x]) }
        expectZ3Error("Bool operands") { _ = try ctx.not(x) }
        expectZ3Error("Bool operands") { _ = try ctx.ite(x, x, x) }
        expectZ3Error("needs a bit-vector") { _ = try ctx.bvnot(ctx.bool(false)) }
        expectZ3Error("cannot assert") { try Z3Solver(context: ctx).assert(x) }
    }

    func testOutOfRangeIndicesThrow() throws {
        let ctx = try Z3Context()
        let x = try ctx.bvConst("x", width: 8)
        expectZ3Error("out of range") { _ = try ctx.extract(x, high: 8, low: 0) }
        expectZ3Error("out of range") { _ = try ctx.extract(x, high: 2, low: 3) }
        expectZ3Error("must be positive") { _ = try ctx.bvConst("y", width: 0) }
        expectZ3Error("does not fit") { _ = try ctx.bv(256, width: 8) }
        expectZ3Error("cannot pop") { try Z3Solver(context: ctx).pop() }
    }

    func testTermsFromAnotherContextAreRejected() throws {
        let one = try Z3Context()
        let two = try Z3Context()
        let x = try one.bvConst("x", width: 8)
        let y = try two.bvConst("y", width: 8)
        expectZ3Error("another Z3Context") { _ = try one.add(x, y) }
        expectZ3Error("another Z3Context") { try Z3Solver(context: two).assert(one.bool(true)) }
    }

    /// An error reported by Z3 itself (not pre-checked in Swift) is converted too,
    /// and the context stays usable afterwards.
    func testGenuineZ3ErrorIsThrownAndContextRecovers() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx)
        expectZ3Error("no current model") { _ = try solver.model() }
        try solver.assert(ctx.bool(true))
        XCTAssertEqual(try solver.check(), .sat)
        XCTAssertNoThrow(try solver.model())
    }

    func testDescriptionNamesCodeAndMessage() {
        let error = Z3Error(code: 3, message: "bad")
        XCTAssertEqual(error.description, "Z3 error 3: bad")
    }
}
