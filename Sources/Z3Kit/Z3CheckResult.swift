/// Outcome of a satisfiability check. `unknown` carries Z3's reason (timeout,
/// resource limit, cancellation, incompleteness) because a checker must never
/// read "gave up" as "proved".
public enum Z3CheckResult: Equatable, Sendable {
    case sat
    case unsat
    case unknown(reason: String)
}
