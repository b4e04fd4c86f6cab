import IsocheckModel

/// The brute-force reference for the entry and exit code (issue 7): for every parameter
/// valuation of the given finite domains that the assumptions admit, every CPU and user index,
/// every entry point, and every sequence of choices (which event at which boundary, up to the
/// nesting bound; which value each input takes; which table a CR3 names), it runs the code on
/// numbers and records the first property each run breaks. It shares the parsed model with the
/// checker and nothing of its encoding or its path-pruning.
public struct CodeReference {
    public let model: SystemModel
    public let domains: [String: [UInt64]]
    public var inputs: InputDomains
    public let eventBound: Int
    /// Entry points to run (the checker's names); nil runs them all.
    public var entryPoints: Set<String>?
    /// CPU and user indices held at one value, by the binder's name (a replayed counterexample's).
    public var pinnedIndices: [String: UInt64] = [:]
    /// Stop at the first run that breaks this property at this line (nil: before any instruction):
    /// a replay needs one run that reproduces, not all of them.
    public var stopAt: (property: PropertyID, line: Int?)?

    /// Larger explorations are refused rather than judged partially.
    public static let maximumRuns = 2_000_000
    static let violationsKept = 50

    public init(model: SystemModel, domains: [String: [UInt64]], inputs: InputDomains = .standard, eventBound: Int, entryPoints: Set<String>? = nil) {
        self.model = model
        self.domains = domains
        self.inputs = inputs
        self.eventBound = eventBound
        self.entryPoints = entryPoints
    }

    /// The checker's entry points, by the names `--entry` takes.
    enum EntryPoint {
        case syscall(String)
        case vector(UInt64, fromUser: Bool)
        case exit(String)

        var name: String {
            switch self {
            case .syscall: "syscall"
            case .vector(let vector, let fromUser): "vector \(vector) from \(fromUser ? "user" : "kernel")"
            case .exit(let label): "exit \(label)"
            }
        }
    }

    var entries: [EntryPoint] {
        var entries: [EntryPoint] = model.entry.lstar.map { [.syscall($0)] } ?? []
        for gate in model.entry.gates.sorted(by: { $0.vector < $1.vector }) {
            entries += [.vector(gate.vector, fromUser: true), .vector(gate.vector, fromUser: false)]
        }
        entries += model.entry.exits.map { .exit($0.label) }
        return entries.filter { entryPoints?.contains($0.name) ?? true }
    }

    public func knowsEntryPoint(_ name: String) -> Bool {
        var all = self
        all.entryPoints = nil
        return all.entries.contains { $0.name == name }
    }

    public func evaluate() throws -> CodeReferenceResult {
        var result = CodeReferenceResult()
        let layout = ReferenceEvaluator(model: model, domains: domains)
        for valuation in try layout.valuations() {
            let environment = Environment(parameters: valuation)
            guard try model.assumptions.allSatisfy({ try $0.condition.evaluate(in: environment).condition == true }) else { continue }
            let tables = try ConcreteTables(model: model, parameters: valuation)
            var inputs = self.inputs
            for value in tables.userWritableTops() { inputs = inputs.addingToFallback(value) }
            let instance = ConcreteInstance(model: model, parameters: valuation)
            let contextBinders = [model.entry.cpu].compactMap { $0 } + model.entry.userBinders
            for context in try instance.assignments(contextBinders, in: environment) {
                let pinned = contextBinders.allSatisfy { binder in
                    pinnedIndices[binder.variable.name].map { context.indices[binder.variable] == $0 } ?? true
                }
                guard pinned else { continue }
                for entry in entries {
                    try explore(entry, tables: tables, environment: context, inputs: inputs, into: &result)
                    if result.stoppedEarly { return result }
                }
            }
        }
        return result
    }

    /// Every run of one entry point, depth first over the oracle's answers.
    func explore(_ entry: EntryPoint, tables: ConcreteTables, environment: Environment, inputs: InputDomains, into result: inout CodeReferenceResult) throws {
        var prefix: [Int]? = []
        while let answers = prefix {
            result.runs += 1
            guard result.runs <= Self.maximumRuns else { throw ReferenceEvaluator.TooLarge(description: "more than \(Self.maximumRuns) runs") }
            var run = CodeRun(model: model, tables: tables, environment: environment, domains: inputs, eventBound: eventBound, prefix: answers)
            do {
                try start(entry, &run)
            } catch is CodeRun.PathEnd {
            }
            switch run.outcome {
            case .violation(let property, let reason)?:
                if let target = stopAt, target.property == property, target.line == run.location?.line {
                    result.violations[property, default: []].append(CodeViolation(
                        property: property, entryPoint: entry.name, location: run.location, reason: reason,
                        parameters: environment.parameters, trace: run.trace))
                    result.stoppedEarly = true
                    return
                }
                // One run per line and reason is enough to judge and to replay against.
                let kept = result.violations[property, default: []]
                if kept.count < Self.violationsKept, !kept.contains(where: { $0.location == run.location && $0.reason == reason }) {
                    result.violations[property] = kept + [CodeViolation(
                        property: property, entryPoint: entry.name, location: run.location, reason: reason,
                        parameters: environment.parameters, trace: run.trace)]
                }
            case .undecided(let why)?:
                result.undecided.append("\(entry.name), line \(run.location?.line ?? 0): \(why)")
            case nil:
                break
            }
            prefix = run.oracle.nextPrefix
        }
    }

    func start(_ entry: EntryPoint, _ run: inout CodeRun) throws {
        switch entry {
        case .syscall(let target):
            try run.startInUserMode()
            try run.syscall(target: target)
        case .vector(let vector, let fromUser):
            if fromUser { try run.startInUserMode() } else { try run.startInKernel(interruptsEnabled: true) }
            try run.deliver(vector: vector, offered: false)
            try run.explore()
        case .exit(let label):
            try run.startInKernel(interruptsEnabled: false)
            try run.transfer(to: label)
            try run.explore()
        }
    }
}
