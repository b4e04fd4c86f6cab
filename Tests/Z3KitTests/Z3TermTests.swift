import XCTest
import Z3Kit

/// Pins the SMT-LIB semantics of each constructor by proving small facts valid.
final class Z3TermTests: XCTestCase {
    /// A fresh context per test, plus shorthands.
    private struct Prover {
        let ctx: Z3Context
        let solver: Z3Solver

        init() throws {
            ctx = try Z3Context()
            solver = try Z3Solver(context: ctx)
        }

        func bv(_ value: UInt64, _ width: Int = 8) throws -> Z3Term { try ctx.bv(value, width: width) }

        /// Valid iff its negation is unsat.
        func assertValid(_ formula: Z3Term, file: StaticString = #filePath, line: UInt = #line) throws {
            try solver.push()
            defer { _ = try? solver.pop() }
            try solver.assert(ctx.not(formula))
            XCTAssertEqual(try solver.check(), .unsat, formula.smtlib, file: file, line: line)
        }
    }

    func testArithmeticWrapsModuloWidth() throws {
        let prover = try Prover()
        let ctx = prover.ctx
        try prover.assertValid(ctx.eq(ctx.add(prover.bv(200), prover.bv(100)), prover.bv(44)))
        try prover.assertValid(ctx.eq(ctx.sub(prover.bv(1), prover.bv(2)), prover.bv(255)))
        try prover.assertValid(ctx.eq(ctx.mul(prover.bv(16), prover.bv(17)), prover.bv(16)))
        try prover.assertValid(ctx.eq(ctx.neg(prover.bv(1)), prover.bv(255)))
    }

    func testDivisionFollowsSMTLIBIncludingByZero() throws {
        let prover = try Prover()
        let ctx = prover.ctx
        try prover.assertValid(ctx.eq(ctx.udiv(prover.bv(200), prover.bv(7)), prover.bv(28)))
        try prover.assertValid(ctx.eq(ctx.urem(prover.bv(200), prover.bv(7)), prover.bv(4)))
        let x = try ctx.bvConst("x", width: 8)
        try prover.assertValid(ctx.eq(ctx.udiv(x, prover.bv(0)), prover.bv(255)))
        try prover.assertValid(ctx.eq(ctx.urem(x, prover.bv(0)), x))
    }

    func testBitwiseAndShifts() throws {
        let prover = try Prover()
        let ctx = prover.ctx
        try prover.assertValid(ctx.eq(ctx.bvand(prover.bv(0xF0), prover.bv(0x3C)), prover.bv(0x30)))
        try prover.assertValid(ctx.eq(ctx.bvor(prover.bv(0xF0), prover.bv(0x0C)), prover.bv(0xFC)))
        try prover.assertValid(ctx.eq(ctx.bvxor(prover.bv(0xFF), prover.bv(0x0F)), prover.bv(0xF0)))
        try prover.assertValid(ctx.eq(ctx.bvnot(prover.bv(0x0F)), prover.bv(0xF0)))
        try prover.assertValid(ctx.eq(ctx.shl(prover.bv(0x81), prover.bv(1)), prover.bv(0x02)))
        try prover.assertValid(ctx.eq(ctx.lshr(prover.bv(0x81), prover.bv(7)), prover.bv(0x01)))
        try prover.assertValid(ctx.eq(ctx.shl(prover.bv(1), prover.bv(8)), prover.bv(0)))
    }

    func testExtractConcatZeroExtend() throws {
        let prover = try Prover()
        let ctx = prover.ctx
        let word = try prover.bv(0xABCD, 16)
        let high = try ctx.extract(word, high: 15, low: 8)
        XCTAssertEqual(high.width, 8)
        try prover.assertValid(ctx.eq(high, prover.bv(0xAB)))
        let joined = try ctx.concat(prover.bv(0xCD), prover.bv(0xAB))
        XCTAssertEqual(joined.width, 16)
        try prover.assertValid(ctx.eq(joined, prover.bv(0xCDAB, 16)))
        let wide = try ctx.zeroExtend(prover.bv(0xFF), by: 56)
        XCTAssertEqual(wide.width, 64)
        try prover.assertValid(ctx.eq(wide, prover.bv(0xFF, 64)))
    }

    /// The classic trap: all-ones is the largest unsigned value, not -1.
    func testComparisonsAreUnsigned() throws {
        let prover = try Prover()
        let ctx = prover.ctx
        let ones = try prover.bv(UInt64.max, 64)
        let one = try prover.bv(1, 64)
        try prover.assertValid(ctx.not(ctx.ult(ones, one)))
        try prover.assertValid(ctx.ugt(ones, one))
        try prover.assertValid(ctx.uge(ones, ones))
        try prover.assertValid(ctx.ule(one, ones))
    }

    func testNoOverflowPredicatesAreUnsigned() throws {
        let prover = try Prover()
        let ctx = prover.ctx
        let max8 = try prover.bv(255)
        try prover.assertValid(ctx.not(ctx.bvAddNoOverflow(max8, prover.bv(1))))
        try prover.assertValid(ctx.bvAddNoOverflow(prover.bv(127), prover.bv(1)))  // would overflow if signed
        try prover.assertValid(ctx.not(ctx.bvMulNoOverflow(prover.bv(16), prover.bv(16))))
        try prover.assertValid(ctx.bvMulNoOverflow(prover.bv(15), prover.bv(17)))
    }

    func testBooleanConnectives() throws {
        let prover = try Prover()
        let ctx = prover.ctx
        let p = try ctx.boolConst("p")
        let q = try ctx.boolConst("q")
        XCTAssertEqual(try ctx.and([]).smtlib, "true")
        XCTAssertEqual(try ctx.or([]).smtlib, "false")
        try prover.assertValid(ctx.implies(ctx.and(p, q), ctx.or(p, q)))
        try prover.assertValid(ctx.eq(ctx.implies(p, q), ctx.or(ctx.not(p), q)))
        try prover.assertValid(ctx.eq(ctx.ite(p, prover.bv(1), prover.bv(2)), ctx.ite(ctx.not(p), prover.bv(2), prover.bv(1))))
    }

    /// Pigeonhole: three distinct 1-bit values cannot exist.
    func testDistinct() throws {
        let prover = try Prover()
        let ctx = prover.ctx
        let bits = try (0..<3).map { try ctx.bvConst("b\($0)", width: 1) }
        try prover.assertValid(ctx.not(ctx.distinct(bits)))
        try prover.assertValid(ctx.distinct([prover.bv(1), prover.bv(2), prover.bv(3)]))
        XCTAssertEqual(try ctx.distinct([]).smtlib, "true")
    }
}
