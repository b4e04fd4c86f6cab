import IsocheckDiagnostics
import IsocheckModel

/// The verdict of one property on one spec.
public enum PropertyStatus: String, Sendable, Codable {
    /// Every obligation unsat: holds for every parameter value.
    case proved
    /// At least one counterexample that no waiver covers.
    case violated
    /// Some obligation undecided (timeout, resource limit, solver gave up); never "proved".
    case unknown
    /// Violated, but every counterexample is covered by a stated waiver.
    case waived
    /// Nothing to check (e.g. no user space declared).
    case notApplicable = "not-applicable"
}

public struct UnknownOutcome: Sendable {
    public let location: SourceLocation
    public let reason: String
}

public struct WaiverNote: Sendable {
    public let reason: String
    public let space: String?
    public let location: SourceLocation
}

public struct PropertyResult: Sendable {
    public let property: PropertyID
    public let status: PropertyStatus
    public let obligations: Int
    public let counterexamples: [Counterexample]
    public let waivedCounterexamples: [Counterexample]
    public let unknowns: [UnknownOutcome]
    public let waivers: [WaiverNote]

    /// This result after its exploration was cut short at a violation of `stopped`: without a
    /// counterexample it is unknown, since the paths left unexplored might hold one.
    func undecided(byStoppingAt stopped: PropertyID, in model: SystemModel) -> PropertyResult {
        guard counterexamples.isEmpty, waivedCounterexamples.isEmpty else { return self }
        let why = UnknownOutcome(location: model.source.location(at: 0),
                                 reason: "not decided: the exploration stopped at the first violation of \(stopped.rawValue)")
        return PropertyResult(property: property, status: .unknown, obligations: obligations, counterexamples: [], waivedCounterexamples: [],
                              unknowns: unknowns + [why], waivers: waivers)
    }
}

/// Everything isocheck found about one spec file: its parts combined (`SpecResult.assemble`).
public struct SpecResult: Sendable {
    public let path: String
    /// The model checked, kept so shards of one spec can be combined again.
    let model: SystemModel?
    /// What each item found, in item order.
    public let parts: [CheckPart]
    /// Elaboration and run warnings, reported before what the parts found.
    public let elaborationWarnings: [Diagnostic]
    /// Warnings from elaboration and errors found while checking (vacuous constraints).
    public let diagnostics: [Diagnostic]
    public let properties: [PropertyResult]
    public let queries: Int
    /// What the symbolic execution of entry and exit code explored, when the spec has code.
    public let execution: ExecutionStatistics?
    /// The event bound the execution ran under; nil when the spec has no code to run.
    public var eventDepth: EventDepth? { execution == nil ? nil : runEventDepth }
    /// The run's bound even when this shard ran no code, so shards combine with it.
    let runEventDepth: EventDepth

    init(path: String, model: SystemModel?, parts: [CheckPart], elaborationWarnings: [Diagnostic], diagnostics: [Diagnostic], properties: [PropertyResult],
         queries: Int, execution: ExecutionStatistics?, eventDepth: EventDepth) {
        self.path = path
        self.model = model
        self.parts = parts
        self.elaborationWarnings = elaborationWarnings
        self.diagnostics = diagnostics
        self.properties = properties
        self.queries = queries
        self.execution = execution
        runEventDepth = eventDepth
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// DESIGN.md §5: 0 all proved, 1 some violated, 2 bad input, 3 none violated but some unknown.
public enum ExitStatus: Int32, Sendable {
    case proved = 0
    case violated = 1
    case badInput = 2
    case unknown = 3

    public static func of(_ results: [SpecResult], inputErrors: Bool) -> ExitStatus {
        if inputErrors || results.contains(where: \.hasErrors) { return .badInput }
        let statuses = results.flatMap { $0.properties.map(\.status) }
        if statuses.contains(.violated) { return .violated }
        if statuses.contains(.unknown) { return .unknown }
        return .proved
    }
}
