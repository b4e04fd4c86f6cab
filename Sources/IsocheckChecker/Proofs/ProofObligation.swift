import IsocheckDiagnostics
import IsocheckModel
import Z3Kit

/// One solver answer a verdict rests on, as a standalone SMT-LIB2 problem another solver can
/// re-check. Every "unsat" isocheck acts on is one — a property holding at a step, a branch
/// pruned as infeasible, a path ended, a store ruled out as an alias, a check skipped because
/// no parameter value can fail it — and so is every "sat" behind a counterexample.
public struct ProofObligation: Sendable {
    public enum Answer: String, Sendable, Codable { case sat, unsat }

    /// The property the answer decides, or nil for the exploration's own questions.
    public let property: PropertyID?
    /// What the answer was used for, in words: "property holds", "branch infeasible", ...
    public let purpose: String
    public let location: SourceLocation?
    public let expected: Answer
    /// The problem: declarations, assertions, `(check-sat)`.
    public let smtlib: String
}

/// Collects proof obligations while a check runs; shared by the checker and its executor.
final class ProofRecorder {
    private(set) var obligations: [ProofObligation] = []
    /// Identical problems (the same question at two boundaries) are kept once.
    private var seen: Set<String> = []

    func record(_ solver: Z3Solver, answer: Z3CheckResult, property: PropertyID?, purpose: String, location: SourceLocation?) throws {
        let expected: ProofObligation.Answer
        switch answer {
        case .sat: expected = .sat
        case .unsat: expected = .unsat
        case .unknown: return
        }
        let text = try solver.benchmarkSMTLIB2(name: "isocheck", logic: "QF_BV", status: expected.rawValue)
        guard seen.insert(text).inserted else { return }
        obligations.append(ProofObligation(property: property, purpose: purpose, location: location, expected: expected, smtlib: text))
    }
}
