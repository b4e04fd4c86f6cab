import Foundation
import XCTest
import Z3Kit

/// Proves `Z3Term.deinit` really releases Z3 memory: a leak of this many
/// distinct terms would grow the process by hundreds of MiB.
final class Z3MemoryTests: XCTestCase {
    func testDroppedTermsAreReleased() throws {
        #if os(Linux)
        let ctx = try Z3Context()
        let x = try ctx.bvConst("x", width: 64)
        let y = try ctx.bvConst("y", width: 64)
        try churn(ctx, x, y, rounds: 10_000)  // warm up allocator pools
        let before = try residentBytes()
        try churn(ctx, x, y, rounds: 200_000)
        let grown = try residentBytes() - before
        XCTAssertLessThan(grown, 64 << 20, "RSS grew by \(grown >> 20) MiB")
        #else
        throw XCTSkip("RSS is read from /proc/self/statm")
        #endif
    }

    /// Each round builds distinct terms (fresh numerals), so hash-consing cannot share them.
    private func churn(_ ctx: Z3Context, _ x: Z3Term, _ y: Z3Term, rounds: Int) throws {
        for i in 0..<rounds {
            let k = try ctx.bv(UInt64(i), width: 64)
            let sum = try ctx.add(ctx.mul(x, k), ctx.bvxor(y, k))
            let cmp = try ctx.ult(ctx.extract(sum, high: 40, low: 3), ctx.extract(k, high: 40, low: 3))
            _ = try ctx.and(cmp, ctx.eq(sum, ctx.concat(ctx.extract(k, high: 31, low: 0), ctx.extract(x, high: 31, low: 0))))
        }
    }

    private func residentBytes() throws -> Int {
        let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else {
            throw XCTSkip("unexpected /proc/self/statm format: \(statm)")
        }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
