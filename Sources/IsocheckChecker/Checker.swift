import Foundation
import IsocheckDiagnostics
import IsocheckModel
import Z3Kit

/// Checks one model: vacuity first, then every obligation, each in its own push/pop scope on
/// one solver. One context per call, so separate calls may run on separate threads.
public struct Checker {
    let model: SystemModel
    let options: CheckOptions
    let context: Z3Context
    let solver: Z3Solver
    var encoder: LayoutEncoder
    let parameterTerms: [String: Z3Term]
    var diagnostics: [Diagnostic] = []
    var queries = 0
    let recorder: ProofRecorder?

    /// Checks every item of `model`, `jobs` at a time: the whole spec in one call.
    public static func check(
        _ model: SystemModel, options: CheckOptions = CheckOptions(), warnings: [Diagnostic] = [],
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> SpecResult {
        let items = CheckItem.items(of: model, options: options)
        let stop = StopSignal()
        let parts = WorkPool.map(count: items.count, threads: jobs) { ordinal in
            if let stopped = stop.property { return CheckPart.skipped(items[ordinal], ordinal: ordinal, stoppedAt: stopped, model: model) }
            let part = check(model, item: items[ordinal], ordinal: ordinal, options: options)
            if let hit = part.properties.first(where: { $0.status == .violated && options.stopAtViolationOf.contains($0.property) }) {
                stop.stop(at: hit.property)
            }
            return part
        }
        return SpecResult.assemble(
            model: model, warnings: warnings + runWarnings(options), parts: parts, coverageComplete: options.coversEverything,
            eventDepth: options.eventDepth(for: model))
    }

    /// Warnings about the run itself rather than the spec: a filtered run says what it left out.
    public static func runWarnings(_ options: CheckOptions) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        if let only = options.entryPoints { warnings.append(.warning(.filteredEntryPoints(only.sorted()), at: nil)) }
        if let offered = options.offeredEvents { warnings.append(.warning(.filteredEvents(offered), at: nil)) }
        return warnings
    }

    /// Checks one item in a Z3 context of its own, so items may run on separate threads.
    public static func check(_ model: SystemModel, item: CheckItem, ordinal: Int, options: CheckOptions) -> CheckPart {
        do {
            var checker = try Checker(model: model, options: options)
            return try checker.run(item, ordinal: ordinal)
        } catch {
            let failure = Diagnostic.error(.solverFailure(String(describing: error)), at: nil)
            return CheckPart(item: item, ordinal: ordinal, properties: [], diagnostics: [failure], queries: 0, execution: nil, coverage: [])
        }
    }

    init(model: SystemModel, options: CheckOptions) throws {
        self.model = model
        self.options = options
        context = try Z3Context()
        solver = try Z3Solver(context: context, logic: "QF_BV")
        solver.timeoutMilliseconds = options.timeoutMilliseconds
        solver.resourceLimit = options.resourceLimit
        var terms: [String: Z3Term] = [:]
        for parameter in model.parameters { terms[parameter.name] = try context.bvConst(parameter.name, width: 64) }
        parameterTerms = terms
        encoder = LayoutEncoder(model: model, expressions: ExpressionEncoder(context: context, parameters: terms),
                                indexFrames: !options.naiveLayoutEncoding)
        recorder = options.recordProofs ? ProofRecorder() : nil
    }

    /// Vacuity first (every item repeats it: parts of one spec must not depend on each other;
    /// the combined result reports its diagnostics once), then the item's own obligations.
    mutating func run(_ item: CheckItem, ordinal: Int) throws -> CheckPart {
        func part(_ properties: [PropertyResult], execution: ExecutionStatistics? = nil, coverage: Set<[Int]> = []) -> CheckPart {
            CheckPart(item: item, ordinal: ordinal, properties: properties, diagnostics: diagnostics, queries: queries,
                      execution: execution, coverage: coverage, proofs: recorder?.obligations ?? [])
        }
        let layoutProperty: PropertyID? = if case .layout(let property) = item { property } else { nil }
        let obligations = LayoutObligations.make(for: model).filter { $0.property == layoutProperty }
        switch try assumptionsAreSatisfiable() {
        case .unsat: return part([])
        case .unknown(let reason):
            // Undecided constraints decide nothing else: every property is unknown, never proved.
            let why = "could not decide whether the parameter constraints admit a value (\(reason))"
            let undecided = Outcome.unknown(why)
            guard let layoutProperty else {
                let unknown = UnknownOutcome(location: model.source.location(at: 0), reason: why)
                return part(PropertyID.executionProperties.map {
                    PropertyResult(property: $0, status: .unknown, obligations: 1, counterexamples: [], waivedCounterexamples: [],
                                   unknowns: [unknown], waivers: [])
                })
            }
            return part(aggregate(obligations.map { ($0, undecided) }, property: layoutProperty))
        case .sat: break
        }
        try checkNonEmpty()
        if diagnostics.contains(where: { $0.severity == .error }) { return part([]) }
        guard case .entryPoints(_, let names) = item else {
            var outcomes: [(Obligation, Outcome)] = []
            for obligation in obligations { outcomes.append((obligation, try decide(obligation))) }
            return part(aggregate(outcomes, property: layoutProperty!))
        }
        let globalSolver = try Z3Solver(context: context, logic: "QF_BV")
        globalSolver.timeoutMilliseconds = options.timeoutMilliseconds
        globalSolver.resourceLimit = options.resourceLimit
        for assumption in model.assumptions { try globalSolver.assert(encoder.expressions.encode(assumption.condition)) }
        var execution = ExecutionChecker(
            model: model, context: context, pathSolver: solver, globalSolver: globalSolver, encoder: encoder,
            eventBound: options.eventDepth(for: model).depth)
        execution.entryPoints = Set(names)
        execution.offeredEvents = options.offeredEvents
        execution.recorder = recorder
        execution.stopAtViolationOf = options.stopAtViolationOf
        try solver.push()
        do {
            try execution.run()
            try solver.pop()
        } catch is ExplorationStopped {
            // The solver's scopes are left as the throw found them; this item uses it no more.
        }
        queries += execution.queries
        diagnostics += execution.warnings
        var results = executionResults(execution.results())
        if let stopped = execution.stoppedAt { results = results.map { $0.undecided(byStoppingAt: stopped, in: model) } }
        return part(results, execution: execution.statistics, coverage: execution.executed)
    }

    /// The execution properties; a waiver of one without a space covers its counterexamples.
    func executionResults(_ execution: [(PropertyID, Int, [Counterexample], [UnknownOutcome])]) -> [PropertyResult] {
        execution.map { property, count, counterexamples, unknowns in
            let waived = !waivers(for: property).filter { $0.space == nil }.isEmpty
            let status: PropertyStatus =
                !counterexamples.isEmpty ? (waived ? .waived : .violated) : !unknowns.isEmpty ? .unknown
                : count == 0 ? .notApplicable : .proved
            return PropertyResult(
                property: property, status: status, obligations: count, counterexamples: waived ? [] : counterexamples,
                waivedCounterexamples: waived ? counterexamples : [], unknowns: unknowns,
                waivers: waivers(for: property).map { WaiverNote(reason: $0.reason, space: $0.space, location: $0.range.start) })
        }
    }

    // MARK: vacuity

    /// The assumptions are asserted once, tracked, so an empty parameter space names the
    /// constraints that contradict each other.
    mutating func assumptionsAreSatisfiable() throws -> Z3CheckResult {
        var labels: [String: SourceRange] = [:]
        for (number, assumption) in model.assumptions.enumerated() {
            let label = "assumption\(number)"
            labels[label] = assumption.range
            try solver.assertTracked(encoder.expressions.encode(assumption.condition), label: label)
        }
        queries += 1
        let result = try solver.check()
        if result == .unsat {
            let core = try solver.unsatCore().compactMap { labels[$0] }.sorted { $0.start < $1.start }
            let notes = core.map { Diagnostic.Note("this constraint is part of the contradiction", at: $0.start) }
            diagnostics.append(.error(.vacuousAssumptions, at: core.first?.start ?? model.source.location(at: 0), notes: notes))
        }
        return result
    }

    /// Spaces whose index domain is always empty and hand-written mappings that never map a
    /// byte would make every verdict about them vacuous: they are errors.
    mutating func checkNonEmpty() throws {
        for space in model.spaces {
            var witnesses = QueryWitnesses()
            let spaceDomain = try encoder.bind(space.binders, witnesses: &witnesses)
            if try !isSatisfiable(spaceDomain) {
                diagnostics.append(.error(.emptySpace(space.name), at: space.range.start))
                continue
            }
            for mapping in space.mappings where mapping.derivedThrough.isEmpty && !mapping.isImported {
                let domain = try encoder.bind(mapping.binders, witnesses: &witnesses)
                let nonEmpty = try context.ugt(encoder.expressions.encode(mapping.size), encoder.expressions.literal(0))
                if try !isSatisfiable(spaceDomain + domain + [nonEmpty]) {
                    diagnostics.append(.error(.emptyMapping, at: mapping.range.start))
                }
            }
        }
    }

    mutating func isSatisfiable(_ constraints: [Z3Term]) throws -> Bool {
        try solver.push()
        defer { try? solver.pop() }
        try solver.assert(context.and(constraints))
        queries += 1
        switch try solver.check() {
        case .unsat: return false
        // Unknown is not evidence of emptiness; the obligations will surface it.
        case .sat, .unknown: return true
        }
    }

    // MARK: obligations

    enum Outcome {
        case proved
        case violated(Counterexample)
        case unknown(String)
    }

    mutating func decide(_ obligation: Obligation) throws -> Outcome {
        try solver.push()
        defer { try? solver.pop() }
        let (formula, witnesses) = try encoder.query(for: obligation)
        try solver.assert(formula)
        queries += 1
        let answer = try solver.check()
        try recorder?.record(solver, answer: answer, property: obligation.property,
                             purpose: answer == .unsat ? "holds for every parameter value" : "counterexample", location: obligation.location.start)
        switch answer {
        case .unsat: return .proved
        case .unknown(let reason): return .unknown(reason)
        case .sat:
            let minimizeOrder = witnesses.indices.map(\.term) + model.parameters.compactMap { parameterTerms[$0.name] }
                + (witnesses.offset.map { [$0] } ?? [])
            let solution = try minimizedModel(minimizeOrder)
            var environment = Environment()
            for parameter in model.parameters {
                guard let term = parameterTerms[parameter.name], let value = try solution.bitVectorValue(term) else { continue }
                environment.parameters[parameter.name] = value
            }
            for (variable, term) in witnesses.indices {
                if let value = try solution.bitVectorValue(term) { environment.indices[variable] = value }
            }
            let offset = try witnesses.offset.flatMap { try solution.bitVectorValue($0) } ?? 0
            let explainer = LayoutExplainer(model: model, environment: environment)
            do {
                switch obligation.kind {
                case .labels(let space, let mapping, let viewer):
                    return .violated(try explainer.labels(obligation, space: space, mapping: mapping, viewer: viewer, offset: offset))
                case .mappingShape(let space, let mapping):
                    return .violated(try explainer.shape(obligation, space: space, mapping: mapping))
                case .frameFamily(let frame):
                    return .violated(try explainer.family(obligation, frame: frame))
                }
            } catch let mismatch as LayoutExplainer.NotReproduced {
                return .unknown("internal inconsistency: the solver's witness does not reproduce concretely (\(mismatch.detail))")
            } catch {
                return .unknown("internal inconsistency: the solver's witness could not be evaluated (\(error))")
            }
        }
    }

    mutating func minimizedModel(_ terms: [Z3Term]) throws -> Z3Model {
        try WitnessMinimizer.minimize(terms, solver: solver, context: context, queries: &queries)
    }

    // MARK: verdicts

    func waivers(for property: PropertyID) -> [Waiver] { model.waivers.filter { $0.property == property } }

    func isWaived(_ obligation: Obligation) -> Bool {
        waivers(for: obligation.property).contains { $0.space == nil || $0.space == obligation.spaceName }
    }

    mutating func aggregate(_ outcomes: [(Obligation, Outcome)], property: PropertyID) -> [PropertyResult] {
        [property].map { property in
            var counterexamples: [Counterexample] = []
            var waived: [Counterexample] = []
            var unknowns: [UnknownOutcome] = []
            var count = 0
            for (obligation, outcome) in outcomes where obligation.property == property {
                count += 1
                switch outcome {
                case .proved: break
                case .violated(let counterexample):
                    if isWaived(obligation) { waived.append(counterexample) } else { counterexamples.append(counterexample) }
                case .unknown(let reason):
                    unknowns.append(UnknownOutcome(location: obligation.location.start, reason: reason))
                }
            }
            let status: PropertyStatus
            if !counterexamples.isEmpty {
                status = .violated
            } else if !unknowns.isEmpty {
                status = .unknown
            } else if !waived.isEmpty {
                status = .waived
            } else if count == 0 {
                status = .notApplicable
            } else {
                status = .proved
            }
            let notes = waivers(for: property).map { WaiverNote(reason: $0.reason, space: $0.space, location: $0.range.start) }
            if status == .proved {
                for waiver in waivers(for: property) {
                    diagnostics.append(.warning(.unneededWaiver(property.rawValue), at: waiver.range.start))
                }
            }
            return PropertyResult(
                property: property, status: status, obligations: count, counterexamples: counterexamples,
                waivedCounterexamples: waived, unknowns: unknowns, waivers: notes)
        }
    }
}
