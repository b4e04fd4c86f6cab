import XCTest
import Z3Kit

final class Z3ModelTests: XCTestCase {
    /// Solves `constraint(x)` over a fresh width-bit `x` and returns x's model value.
    private func solve(width: Int, _ constraint: (Z3Context, Z3Term) throws -> Z3Term) throws -> UInt64? {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx)
        let x = try ctx.bvConst("x", width: width)
        try solver.assert(constraint(ctx, x))
        XCTAssertEqual(try solver.check(), .sat)
        return try solver.model().bitVectorValue(x)
    }

    func testModelGivesConcreteValue() throws {
        let x = try solve(width: 32) { ctx, x in try ctx.eq(ctx.add(x, ctx.bv(1, width: 32)), ctx.bv(5, width: 32)) }
        XCTAssertEqual(x, 4)
    }

    func testSixtyFourBitWrapAround() throws {
        let x = try solve(width: 64) { ctx, x in try ctx.eq(ctx.add(x, ctx.bv(1, width: 64)), ctx.bv(0, width: 64)) }
        XCTAssertEqual(x, 0xFFFF_FFFF_FFFF_FFFF)
    }

    func testCompositeValuesAndBooleans() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx)
        let hi = try ctx.bvConst("hi", width: 8)
        let lo = try ctx.bvConst("lo", width: 8)
        let p = try ctx.boolConst("p")
        try solver.assert(ctx.eq(ctx.concat(hi, lo), ctx.bv(0xABCD, width: 16)))
        try solver.assert(ctx.eq(p, ctx.ult(lo, hi)))
        XCTAssertEqual(try solver.check(), .sat)
        let model = try solver.model()
        XCTAssertEqual(try model.bitVectorValue(hi), 0xAB)
        XCTAssertEqual(try model.bitVectorValue(ctx.zeroExtend(lo, by: 56)), 0xCD)
        XCTAssertEqual(try model.boolValue(p), false)
        XCTAssertEqual(try model.boolValue(ctx.not(p)), true)
    }

    /// Without completion an unconstrained constant stays symbolic; with it, it gets a value.
    func testModelCompletion() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx)
        try solver.assert(ctx.boolConst("p"))
        XCTAssertEqual(try solver.check(), .sat)
        let model = try solver.model()
        let free = try ctx.bvConst("free", width: 16)
        XCTAssertEqual(try model.evaluate(free, completion: false).smtlib, "free")
        XCTAssertNotNil(try model.bitVectorValue(free))
        XCTAssertEqual(try model.evaluate(free).width, 16)
    }

    func testValueAccessorsRejectWrongSorts() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx)
        XCTAssertEqual(try solver.check(), .sat)
        let model = try solver.model()
        XCTAssertThrowsError(try model.bitVectorValue(ctx.bvConst("wide", width: 65)))
        XCTAssertThrowsError(try model.bitVectorValue(ctx.bool(true)))
        XCTAssertThrowsError(try model.boolValue(ctx.bv(1, width: 1)))
    }
}
