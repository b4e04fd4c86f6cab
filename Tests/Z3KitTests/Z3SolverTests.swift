import Foundation
import XCTest
import Z3Kit

final class Z3SolverTests: XCTestCase {
    func testSatAndUnsatOnBitVectorFacts() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx, logic: "QF_BV")
        let x = try ctx.bvConst("x", width: 32)
        try solver.assert(ctx.ugt(x, ctx.bv(10, width: 32)))
        XCTAssertEqual(try solver.check(), .sat)
        try solver.assert(ctx.ult(x, ctx.bv(5, width: 32)))
        XCTAssertEqual(try solver.check(), .unsat)
    }

    /// 0xffff...ffff < 1 is false unsigned (it would be true signed).
    func testUnsignedComparisonTrap() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx)
        try solver.assert(ctx.ult(ctx.bv(UInt64.max, width: 64), ctx.bv(1, width: 64)))
        XCTAssertEqual(try solver.check(), .unsat)
    }

    func testPushPopRestoresSatisfiability() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx)
        let x = try ctx.bvConst("x", width: 8)
        try solver.assert(ctx.eq(x, ctx.bv(3, width: 8)))
        try solver.push()
        try solver.assert(ctx.eq(x, ctx.bv(4, width: 8)))
        XCTAssertEqual(try solver.check(), .unsat)
        try solver.pop()
        XCTAssertEqual(try solver.check(), .sat)
        try solver.push()
        try solver.push()
        try solver.assert(ctx.bool(false))
        XCTAssertEqual(try solver.check(), .unsat)
        try solver.pop(2)
        XCTAssertEqual(try solver.check(), .sat)
    }

    func testUnsatCoreNamesConflictingLabels() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx)
        let x = try ctx.bvConst("x", width: 16)
        let y = try ctx.bvConst("y", width: 16)
        try solver.assertTracked(ctx.ult(x, ctx.bv(10, width: 16)), label: "x-small")
        try solver.assertTracked(ctx.eq(y, ctx.bv(7, width: 16)), label: "y-is-7")
        try solver.assertTracked(ctx.ugt(x, ctx.bv(20, width: 16)), label: "x-large")
        XCTAssertEqual(try solver.check(), .unsat)
        XCTAssertEqual(try solver.unsatCore(), ["x-large", "x-small"])
    }

    /// A label equal to a variable's name must not alias that variable.
    func testTrackingLabelsDoNotCaptureVariables() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx)
        let p = try ctx.boolConst("p")
        try solver.assertTracked(ctx.not(p), label: "p")
        try solver.assertTracked(ctx.not(p), label: "p")
        XCTAssertEqual(try solver.check(), .sat)
        try solver.assertTracked(p, label: "p!also")
        XCTAssertEqual(try solver.check(), .unsat)
        XCTAssertEqual(try solver.unsatCore(), ["p", "p!also"])
    }

    /// Hard: factor a 64-bit semiprime whose factors are both ~2^32 (2^32-5 and 2^32-17).
    private func assertFactoringProblem(_ ctx: Z3Context, _ solver: Z3Solver) throws {
        let x = try ctx.bvConst("p", width: 64)
        let y = try ctx.bvConst("q", width: 64)
        let one = try ctx.bv(1, width: 64)
        let n: UInt64 = 4_294_967_291 &* 4_294_967_279
        try solver.assert(ctx.eq(ctx.mul(x, y), ctx.bv(n, width: 64)))
        try solver.assert(ctx.bvMulNoOverflow(x, y))
        try solver.assert(ctx.and(ctx.ugt(x, one), ctx.ugt(y, one)))
    }

    /// rlimit is deterministic, so this cannot flake: a budget that runs out gives
    /// `.unknown`, never `.unsat`, and the solver stays usable after `pop`.
    func testResourceLimitYieldsUnknown() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx, logic: "QF_BV")
        solver.resourceLimit = 200_000
        try solver.push()
        try assertFactoringProblem(ctx, solver)
        guard case .unknown(let reason) = try solver.check() else {
            return XCTFail("expected unknown")
        }
        XCTAssertFalse(reason.isEmpty)
        try solver.pop()
        try solver.assert(ctx.eq(ctx.bvConst("z", width: 64), ctx.bv(1, width: 64)))
        XCTAssertEqual(try solver.check(), .sat, "an easy query fits in the same budget")
    }

    func testTimeoutYieldsUnknown() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx, logic: "QF_BV")
        try assertFactoringProblem(ctx, solver)
        solver.timeoutMilliseconds = 50
        let start = Date()
        XCTAssertEqual(try solver.check(), .unknown(reason: "timeout"))
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testClearedLimitsNoLongerApply() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx)
        let x = try ctx.bvConst("x", width: 64)
        try solver.assert(ctx.eq(ctx.mul(x, x), ctx.bv(49, width: 64)))
        solver.resourceLimit = 1
        XCTAssertNotEqual(try solver.check(), .sat)
        solver.resourceLimit = nil
        solver.timeoutMilliseconds = nil
        XCTAssertEqual(try solver.check(), .sat)
    }

    func testSMTLIBTextOfAssertions() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx)
        let x = try ctx.bvConst("x", width: 8)
        try solver.assert(ctx.ult(x, ctx.bv(3, width: 8)))
        try solver.assert(ctx.boolConst("flag"))
        XCTAssertTrue(solver.smtlib2.contains("(bvult x #x03)"), solver.smtlib2)
        let script = try solver.benchmarkSMTLIB2(name: "demo", logic: "QF_BV", status: "sat")
        for fragment in ["(set-logic QF_BV)", "(declare-fun x () (_ BitVec 8))", "(bvult x (_ bv3 8))", "(assert\n flag)", "(check-sat)"] {
            XCTAssertTrue(script.contains(fragment), "missing \(fragment) in\n\(script)")
        }
        XCTAssertFalse(script.contains("(assert\n true)"))
    }

    /// A benchmark holds the formulas of the open scopes only, and a tracked assertion as its
    /// plain formula: a free label would let any other solver drop it and answer sat.
    func testBenchmarkFollowsScopesAndDropsTrackingLabels() throws {
        let ctx = try Z3Context()
        let solver = try Z3Solver(context: ctx)
        let x = try ctx.bvConst("x", width: 8)
        try solver.assertTracked(ctx.ult(x, ctx.bv(3, width: 8)), label: "bound")
        try solver.push()
        try solver.assert(ctx.eq(x, ctx.bv(200, width: 8)))
        XCTAssertEqual(try solver.check(), .unsat)
        let inner = try solver.benchmarkSMTLIB2(status: "unsat")
        XCTAssertTrue(inner.contains("(_ bv200 8)"), inner)
        XCTAssertFalse(inner.contains("bound"), "no tracking label in\n\(inner)")
        XCTAssertEqual(solver.assertions.count, 2)
        try solver.pop()
        XCTAssertEqual(solver.assertions.count, 1)
        XCTAssertFalse(try solver.benchmarkSMTLIB2().contains("(_ bv200 8)"), "a popped assertion is gone")
    }
}
