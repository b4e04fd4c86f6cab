import XCTest
import Z3Kit

final class Z3ContextTests: XCTestCase {
    func testConstantsHaveExpectedSortsAndText() throws {
        let ctx = try Z3Context()
        XCTAssertEqual(ctx.bool(true).sortKind, .bool)
        XCTAssertEqual(ctx.bool(false).smtlib, "false")
        let five = try ctx.bv(5, width: 8)
        XCTAssertEqual(five.sortKind, .bitVector(width: 8))
        XCTAssertEqual(five.width, 8)
        XCTAssertEqual(five.smtlib, "#x05")
        XCTAssertEqual(try ctx.bv(UInt64.max, width: 64).width, 64)
        XCTAssertEqual(try ctx.bvConst("x", width: 128).width, 128)
        let p = try ctx.boolConst("p")
        XCTAssertNil(p.width)
        XCTAssertEqual(p.smtlib, "p")
    }

    /// Terms hold their context strongly, so dropping the last explicit reference is safe.
    func testTermKeepsContextAlive() throws {
        func make() throws -> Z3Term { try Z3Context().bvConst("x", width: 16) }
        let x = try make()
        let y = try x.context.add(x, x.context.bv(1, width: 16))
        XCTAssertEqual(y.smtlib, "(bvadd x #x0001)")
    }

    /// Context creation is serialised; many at once must all succeed.
    func testConcurrentContextCreation() async throws {
        let widths = try await withThrowingTaskGroup(of: Int?.self) { group in
            for i in 1...8 {
                group.addTask { try Z3Context().bvConst("v", width: i).width }
            }
            return try await group.reduce(into: [Int?]()) { $0.append($1) }
        }
        XCTAssertEqual(Set(widths.compactMap { $0 }), Set(1...8))
    }

    /// One context per task: independent contexts solve in parallel without interference.
    func testTwoContextsSolveConcurrently() async throws {
        let products: [UInt64] = [251 * 241, 239 * 233]
        let factors = try await withThrowingTaskGroup(of: (UInt64, UInt64, UInt64).self) { group in
            for n in products {
                group.addTask {
                    let ctx = try Z3Context()
                    var last = (n, UInt64(0), UInt64(0))
                    for _ in 0..<20 { last = try Self.factor(n, in: ctx) }
                    return last
                }
            }
            return try await group.reduce(into: [(UInt64, UInt64, UInt64)]()) { $0.append($1) }
        }
        XCTAssertEqual(factors.count, 2)
        for (n, a, b) in factors {
            XCTAssertTrue(products.contains(n))
            XCTAssertEqual(a * b, n)
            XCTAssertGreaterThan(a, 1)
            XCTAssertGreaterThan(b, 1)
        }
    }

    /// Factors a 16-bit semiprime within the calling task's own context.
    private static func factor(_ n: UInt64, in ctx: Z3Context) throws -> (UInt64, UInt64, UInt64) {
        let solver = try Z3Solver(context: ctx, logic: "QF_BV")
        let x = try ctx.bvConst("x", width: 16)
        let y = try ctx.bvConst("y", width: 16)
        let one = try ctx.bv(1, width: 16)
        try solver.assert(ctx.eq(ctx.mul(x, y), ctx.bv(n, width: 16)))
        try solver.assert(ctx.bvMulNoOverflow(x, y))
        try solver.assert(ctx.and(ctx.ugt(x, one), ctx.ugt(y, one)))
        guard try solver.check() == .sat else { throw Z3Error(code: -1, message: "no factors of \(n)") }
        let model = try solver.model()
        return (n, try model.bitVectorValue(x) ?? 0, try model.bitVectorValue(y) ?? 0)
    }
}
