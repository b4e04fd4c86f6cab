import Z3Kit

/// Counterexamples a person can follow use the smallest values: CPU 1 of 2 rather than CPU 8118
/// of 8119. Each term in turn is pinned to its least value by binary search, inside the caller's
/// scope (push before, pop after); an undecided step keeps the values found so far.
enum WitnessMinimizer {
    static func minimize(_ terms: [Z3Term], solver: Z3Solver, context: Z3Context, queries: inout Int) throws -> Z3Model {
        var best = try solver.model()
        for term in terms {
            guard var high = try best.bitVectorValue(term) else { continue }
            var low: UInt64 = 0
            while low < high {
                let middle = low + (high - low) / 2
                try solver.push()
                try solver.assert(context.ule(term, context.bv(middle, width: 64)))
                queries += 1
                let outcome = try solver.check()
                if outcome == .sat {
                    best = try solver.model()
                    high = try best.bitVectorValue(term) ?? middle
                } else {
                    low = middle + 1
                }
                try solver.pop()
                if case .unknown = outcome { break }
            }
            try solver.assert(context.eq(term, context.bv(high, width: 64)))
        }
        queries += 1
        guard try solver.check() == .sat else { return best }
        return try solver.model()
    }
}
