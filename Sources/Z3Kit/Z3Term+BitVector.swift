import CZ3

/// Bit-vector constructors. Every operand pair is width-checked in Swift first,
/// so a checker bug becomes a `Z3Error` with both sorts named, never a Z3 abort.
/// All ordering is unsigned: there is intentionally no signed comparison here.
extension Z3Context {
    typealias Binary = (OpaquePointer?, OpaquePointer?, OpaquePointer?) -> OpaquePointer?

    /// Shared guard for operations on two bit-vectors of one width.
    private func sameWidth(_ op: String, _ a: Z3Term, _ b: Z3Term) throws {
        try own(a, b)
        guard a.width != nil, a.sortKind == b.sortKind else {
            throw Z3Error.sort("\(op) needs two bit-vectors of equal width, got \(a.sortKind) and \(b.sortKind)")
        }
    }

    private func bitVector(_ op: String, _ a: Z3Term) throws -> Int {
        try own(a)
        guard let width = a.width else { throw Z3Error.sort("\(op) needs a bit-vector, got \(a.sortKind)") }
        return width
    }

    private func binary(_ op: String, _ a: Z3Term, _ b: Z3Term, _ make: Binary) throws -> Z3Term {
        try sameWidth(op, a, b)
        return try wrap(make(raw, a.raw, b.raw))
    }

    public func add(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvadd", a, b, Z3_mk_bvadd) }
    public func sub(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvsub", a, b, Z3_mk_bvsub) }
    public func mul(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvmul", a, b, Z3_mk_bvmul) }
    /// Division by zero follows SMT-LIB (all ones), not a trap.
    public func udiv(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvudiv", a, b, Z3_mk_bvudiv) }
    /// Remainder by zero follows SMT-LIB (the dividend).
    public func urem(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvurem", a, b, Z3_mk_bvurem) }
    public func bvand(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvand", a, b, Z3_mk_bvand) }
    public func bvor(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvor", a, b, Z3_mk_bvor) }
    public func bvxor(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvxor", a, b, Z3_mk_bvxor) }
    /// Shifts by >= width give zero, as in SMT-LIB.
    public func shl(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvshl", a, b, Z3_mk_bvshl) }
    public func lshr(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvlshr", a, b, Z3_mk_bvlshr) }

    public func bvnot(_ a: Z3Term) throws -> Z3Term {
        _ = try bitVector("bvnot", a)
        return try wrap(Z3_mk_bvnot(raw, a.raw))
    }

    /// Two's-complement negation, i.e. `0 - a` modulo 2^width.
    public func neg(_ a: Z3Term) throws -> Z3Term {
        _ = try bitVector("bvneg", a)
        return try wrap(Z3_mk_bvneg(raw, a.raw))
    }

    /// Bits `high...low` inclusive, as in SMT-LIB `(_ extract high low)`.
    public func extract(_ a: Z3Term, high: Int, low: Int) throws -> Z3Term {
        let width = try bitVector("extract", a)
        guard low >= 0, low <= high, high < width else {
            throw Z3Error.outOfBounds("extract[\(high):\(low)] out of range for width \(width)")
        }
        return try wrap(Z3_mk_extract(raw, UInt32(high), UInt32(low), a.raw))
    }

    public func zeroExtend(_ a: Z3Term, by extra: Int) throws -> Z3Term {
        let width = try bitVector("zero_extend", a)
        guard extra >= 0, extra <= Int(UInt32.max) - width else {
            throw Z3Error.outOfBounds("zero_extend by \(extra) out of range")
        }
        return try wrap(Z3_mk_zero_ext(raw, UInt32(extra), a.raw))
    }

    /// `a` supplies the high bits, `b` the low bits.
    public func concat(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term {
        _ = try bitVector("concat", a)
        _ = try bitVector("concat", b)
        return try wrap(Z3_mk_concat(raw, a.raw, b.raw))
    }

    public func ult(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvult", a, b, Z3_mk_bvult) }
    public func ule(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvule", a, b, Z3_mk_bvule) }
    public func ugt(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvugt", a, b, Z3_mk_bvugt) }
    public func uge(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term { try binary("bvuge", a, b, Z3_mk_bvuge) }

    /// True iff `a + b` does not wrap, read as unsigned.
    public func bvAddNoOverflow(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term {
        try sameWidth("bvadd_no_overflow", a, b)
        return try wrap(Z3_mk_bvadd_no_overflow(raw, a.raw, b.raw, false))
    }

    /// True iff `a * b` does not wrap, read as unsigned: the high half of the double-width
    /// product is zero. Built from standard SMT-LIB operators rather than Z3's own
    /// `bvumul_noovfl`, so exported problems replay in other solvers.
    public func bvMulNoOverflow(_ a: Z3Term, _ b: Z3Term) throws -> Z3Term {
        try sameWidth("bvmul_no_overflow", a, b)
        let width = try bitVector("bvmul_no_overflow", a)
        let product = try mul(zeroExtend(a, by: width), zeroExtend(b, by: width))
        return try eq(extract(product, high: 2 * width - 1, low: width), bv(0, width: width))
    }
}
