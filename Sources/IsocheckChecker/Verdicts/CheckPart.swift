import IsocheckDiagnostics
import IsocheckModel

/// What one `CheckItem` of one spec found. A spec's result is its parts combined in item order,
/// so a run split across threads or CI shards reports the same as one run.
public struct CheckPart: Sendable {
    public let item: CheckItem
    /// The item's position in `CheckItem.items(of:options:)`: the order parts combine in.
    public let ordinal: Int
    public let properties: [PropertyResult]
    public let diagnostics: [Diagnostic]
    public let queries: Int
    public let execution: ExecutionStatistics?
    /// Instructions some path of this item executed, as [block, instruction]. Unreachable code
    /// is judged on the union of every entry point's coverage, never on one part's.
    public let coverage: Set<[Int]>
    /// The answers the verdicts rest on, when `CheckOptions.recordProofs` asked for them.
    public var proofs: [ProofObligation] = []
}

extension PropertyResult {
    /// One property's results from several parts: violated if any part found a counterexample
    /// no waiver covers, else unknown if any part was undecided, and so on down.
    static func combine(_ results: [PropertyResult]) -> PropertyResult? {
        guard let first = results.first else { return nil }
        let found = results.flatMap(\.counterexamples)
        let waived = results.flatMap(\.waivedCounterexamples)
        let undecided = results.flatMap(\.unknowns)
        let total = results.map(\.obligations).reduce(0, +)
        let status: PropertyStatus =
            !found.isEmpty ? .violated : !undecided.isEmpty ? .unknown : !waived.isEmpty ? .waived
            : total == 0 ? .notApplicable : .proved
        return PropertyResult(
            property: first.property, status: status, obligations: total, counterexamples: found,
            waivedCounterexamples: waived, unknowns: undecided, waivers: first.waivers)
    }
}

extension ExecutionStatistics {
    static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.entryPoints += rhs.entryPoints
        sum.paths += rhs.paths
        sum.boundaries += rhs.boundaries
        sum.instructions += rhs.instructions
        sum.events += rhs.events
        return sum
    }
}

extension SpecResult {
    /// Combines the parts of one spec, in item order. Unreachable code is reported only when
    /// `coverageComplete` (every entry point ran): a shard or an `--entry` filter cannot tell.
    public static func assemble(
        model: SystemModel, warnings: [Diagnostic], parts unordered: [CheckPart], coverageComplete: Bool, eventDepth: EventDepth
    ) -> SpecResult {
        let parts = unordered.sorted { $0.ordinal < $1.ordinal }
        var diagnostics = warnings
        var seen = Set(warnings.map(\.identity))
        for diagnostic in parts.flatMap(\.diagnostics) where seen.insert(diagnostic.identity).inserted {
            diagnostics.append(diagnostic)
        }
        let ranExecution = parts.contains { $0.execution != nil }
        if coverageComplete, ranExecution, !diagnostics.contains(where: { $0.severity == .error }) {
            let coverage = parts.reduce(into: Set<[Int]>()) { $0.formUnion($1.coverage) }
            diagnostics += ExecutionChecker.unreachableWarnings(in: model.program, executed: coverage)
        }
        let byProperty = Dictionary(grouping: parts.flatMap(\.properties), by: \.property)
        let properties = reliant(PropertyID.allCases.compactMap { byProperty[$0].flatMap(PropertyResult.combine) })
        let execution = parts.compactMap(\.execution).reduce(nil as ExecutionStatistics?) { ($0 ?? ExecutionStatistics()) + $1 }
        return SpecResult(
            path: model.source.path, model: model, parts: parts, elaborationWarnings: warnings, diagnostics: diagnostics, properties: properties,
            queries: parts.map(\.queries).reduce(0, +), execution: execution, eventDepth: eventDepth)
    }

    /// Every other verdict relies on a well-formed layout (the closed-form member index assumes
    /// strides at least the member size and no wrap-around), so on a malformed layout nothing
    /// else is reported proved: it is undecided, and says why.
    static func reliant(_ properties: [PropertyResult]) -> [PropertyResult] {
        guard let malformed = properties.first(where: { $0.property == .wellFormedLayout && $0.status == .violated }),
              let location = malformed.counterexamples.first?.location else { return properties }
        return properties.map { result in
            guard result.status == .proved else { return result }
            let undecided = UnknownOutcome(
                location: location, reason: "not decided: the layout is not well-formed (see well-formed-layout), and this verdict relies on it")
            return PropertyResult(
                property: result.property, status: .unknown, obligations: result.obligations, counterexamples: [],
                waivedCounterexamples: result.waivedCounterexamples, unknowns: [undecided], waivers: result.waivers)
        }
    }

    /// The same spec's results from several shards, as if from one run.
    public static func union(_ shards: [SpecResult], warnings: [Diagnostic], coverageComplete: Bool) -> SpecResult? {
        guard let model = shards.first?.model, let eventDepth = shards.first?.runEventDepth else { return nil }
        var parts: [Int: CheckPart] = [:]
        for part in shards.flatMap(\.parts) { parts[part.ordinal] = part }
        return assemble(model: model, warnings: warnings, parts: Array(parts.values), coverageComplete: coverageComplete, eventDepth: eventDepth)
    }
}

extension Diagnostic {
    /// Two parts of one spec may raise the same diagnostic (a vacuity error, a warning about the
    /// CPU configuration): it is reported once.
    var identity: String { "\(severity)|\(message.id)|\(message.text)|\(location?.description ?? "")" }
}
