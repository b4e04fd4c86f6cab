import IsocheckDiagnostics
import IsocheckModel
import Z3Kit

/// Symbolic execution of the entry and exit code (DESIGN.md §2-§4): every entry point, every
/// path, with asynchronous events offered at every instruction boundary up to a budget.
///
/// Discipline: each check asks the solver whether its violation can hold on the current path.
/// If it can, the violation is recorded with a trace, and the path goes on assuming the check
/// held, so later checks report later faults. A path whose violation is certain stops there.
struct ExecutionChecker {
    let model: SystemModel
    let context: Z3Context
    let pathSolver: Z3Solver
    /// Holds only the spec's assumptions: a check that fails nowhere is cached as safe for all paths.
    let globalSolver: Z3Solver
    var encoder: LayoutEncoder
    let eventBound: Int
    var entryPoints: Set<String>?
    /// Vectors offered at boundaries; nil offers every gate (CheckOptions.offeredEvents).
    var offeredEvents: Set<UInt64>?

    var obligations: [PropertyID: Int] = [:]
    var violations: [PropertyID: [Counterexample]] = [:]
    var violationKeys: Set<String> = []
    /// Violations beyond the traced ones (repeats and those past the cap): counted, not traced.
    var omittedViolations: [PropertyID: Int] = [:]
    static let tracesPerProperty = 10
    var unknowns: [PropertyID: [UnknownOutcome]] = [:]
    /// Answers of the assumptions-only solver, by canonical (simplified, hash-consed) term; the
    /// term is kept so its id is not reused.
    var globalAnswers: [UInt32: (term: Z3Term, unsat: Bool)] = [:]
    var executed: Set<[Int]> = []
    var statistics = ExecutionStatistics()
    var queries = 0
    var warnings: [Diagnostic] = []
    /// Set when proof obligations are exported: every answer a verdict rests on is kept.
    var recorder: ProofRecorder?
    /// The instruction being executed, for the comments of exported obligations.
    var site: SourceLocation?
    /// CheckOptions.stopAtViolationOf, and the property whose violation ended the run.
    var stopAtViolationOf: Set<PropertyID> = []
    var stoppedAt: PropertyID?

    init(model: SystemModel, context: Z3Context, pathSolver: Z3Solver, globalSolver: Z3Solver, encoder: LayoutEncoder, eventBound: Int) {
        self.model = model
        self.context = context
        self.pathSolver = pathSolver
        self.globalSolver = globalSolver
        self.encoder = encoder
        self.eventBound = eventBound
    }

    // MARK: solver plumbing

    mutating func encode(_ expr: ValueExpr) throws -> Z3Term { try encoder.expressions.encode(expr) }

    /// Asks whether `term` can hold; an unsat answer, which the caller acts on, is a proof
    /// obligation described by `purpose`.
    mutating func check(_ solver: Z3Solver, _ term: Z3Term, purpose: String) throws -> Z3CheckResult {
        try solver.push()
        defer { try? solver.pop() }
        try solver.assert(term)
        queries += 1
        let answer = try solver.check()
        if answer == .unsat { try recorder?.record(solver, answer: answer, property: nil, purpose: purpose, location: site) }
        return answer
    }

    /// Runs `body` on the branch where `condition` holds, if that branch is feasible.
    /// A condition false for every parameter value is skipped, and one true for every value needs
    /// no question: the current path is feasible already. Only the rest ask the path solver.
    mutating func branch(_ condition: Z3Term, _ body: (inout ExecutionChecker) throws -> Void) throws {
        if try globallyUnsat(condition) { return }
        try pathSolver.push()
        defer { try? pathSolver.pop() }
        try pathSolver.assert(condition)
        if try !globallyUnsat(context.not(condition)) {
            queries += 1
            if case .unsat = try pathSolver.check() {
                try recorder?.record(pathSolver, answer: .unsat, property: nil, purpose: "branch infeasible on this path", location: site)
                return
            }
        }
        try body(&self)
    }

    /// Asks whether `violation` can hold here; records it if so, then assumes it does not.
    /// Returns false when the path cannot go on (the violation is certain).
    mutating func require(
        _ property: PropertyID, violation: Z3Term, state: MachineState, reason: String, cacheKey: String? = nil
    ) throws -> Bool {
        obligations[property, default: 0] += 1
        if cacheKey != nil, try globallyUnsat(violation) { return true }
        try pathSolver.push()
        try pathSolver.assert(violation)
        queries += 1
        let outcome = try pathSolver.check()
        switch outcome {
        case .sat:
            // The same fault reached again, or enough of this property's: no new trace needed.
            let key = "\(property.rawValue)|\(currentLocation(state))|\(reason)"
            if !violationKeys.contains(key), violations[property, default: []].count < Self.tracesPerProperty {
                try recorder?.record(pathSolver, answer: .sat, property: property, purpose: "counterexample: \(reason)", location: site)
                let solution = try WitnessMinimizer.minimize(try witnessTerms(), solver: pathSolver, context: context, queries: &queries)
                try record(property, reason: reason, state: state, solution: solution)
            } else {
                omittedViolations[property, default: 0] += 1
            }
            try pathSolver.pop()
        case .unsat:
            try recorder?.record(pathSolver, answer: .unsat, property: property, purpose: "holds here: no \(reason)", location: site)
            try pathSolver.pop()
            return true
        case .unknown(let why):
            try pathSolver.pop()
            unknowns[property, default: []].append(UnknownOutcome(location: currentLocation(state), reason: "\(reason): \(why)"))
        }
        try pathSolver.assert(context.not(violation))
        queries += 1
        if case .unsat = try pathSolver.check() {
            try recorder?.record(pathSolver, answer: .unsat, property: nil, purpose: "path ends: the violation is certain here", location: site)
            return false
        }
        return true
    }

    /// Whether `term` is unsatisfiable under the assumptions alone, whatever the path: then no
    /// path needs asking. Cached by canonical term, so the same question in other words hits.
    mutating func globallyUnsat(_ term: Z3Term) throws -> Bool {
        // The same formula built twice is the same term (hash-consing): no need to simplify it.
        if let known = globalAnswers[term.id], known.term === term || known.term.id == term.id { return known.unsat }
        let canonical = try context.simplify(term)
        if let known = globalAnswers[canonical.id] {
            globalAnswers[term.id] = (term, known.unsat)
            return known.unsat
        }
        let unsat = try check(globalSolver, term, purpose: "impossible for every parameter value: skipped on every path") == .unsat
        globalAnswers[canonical.id] = (canonical, unsat)
        globalAnswers[term.id] = (term, unsat)
        return unsat
    }

    /// A violation that holds on every value of this path.
    mutating func fail(_ property: PropertyID, state: MachineState, reason: String) throws {
        _ = try require(property, violation: context.bool(true), state: state, reason: reason)
    }

    /// CPU and user indices first, then the spec's parameters: the smallest configuration.
    mutating func witnessTerms() throws -> [Z3Term] {
        var terms: [Z3Term] = []
        for binder in [model.entry.cpu].compactMap({ $0 }) + model.entry.userBinders {
            terms.append(try encode(.index(binder.variable)))
        }
        for parameter in model.parameters { terms.append(try encode(.parameter(parameter.name))) }
        return terms
    }

    func currentLocation(_ state: MachineState) -> SourceLocation {
        if let location = state.trace.last?.location { return location }
        return model.source.location(at: 0)
    }

    mutating func record(_ property: PropertyID, reason: String, state: MachineState, solution: Z3Model) throws {
        let location = currentLocation(state)
        let key = "\(property.rawValue)|\(location)|\(reason)"
        guard violationKeys.insert(key).inserted else { return }
        let counterexample = try ExecutionCounterexample.make(
            property: property, reason: reason, location: location, state: state, model: model,
            solution: solution, encoder: &encoder)
        violations[property, default: []].append(counterexample)
        if stopAtViolationOf.contains(property) {
            stoppedAt = property
            throw ExplorationStopped()
        }
    }

    // MARK: results

    func results() -> [(PropertyID, Int, [Counterexample], [UnknownOutcome])] {
        PropertyID.executionProperties.map { property in
            (property, obligations[property] ?? 0, violations[property] ?? [], unknowns[property] ?? [])
        }
    }
}

/// Unwinds the exploration from the violation that CheckOptions.stopAtViolationOf asked for.
struct ExplorationStopped: Error {}

/// How much was explored, for the report and the closing note.
public struct ExecutionStatistics: Sendable {
    public var entryPoints = 0
    public var paths = 0
    public var boundaries = 0
    public var instructions = 0
    public var events = 0
}
