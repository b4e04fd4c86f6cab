import IsocheckDiagnostics

extension Diagnostic.Message {
    static let vacuousAssumptions = Self(
        id: "check.vacuous-assumptions",
        "the parameter constraints admit no value: every property would hold vacuously, so nothing is reported as proved")
    static func emptySpace(_ name: String) -> Self {
        Self(id: "check.empty-space", "space '\(name)' has no member for any parameter value (an index count is always 0)")
    }
    static let emptyMapping = Self(
        id: "check.empty-mapping", "this mapping maps nothing for every parameter value (its size or an index count is always 0)")
    static func solverFailure(_ detail: String) -> Self {
        Self(id: "check.solver-failure", "the solver failed: \(detail)")
    }
    static func filteredEntryPoints(_ names: [String]) -> Self {
        Self(id: "check.filtered-entry-points", "only these entry points were checked: \(names.joined(separator: ", ")); the proof covers nothing else")
    }
    static func filteredEvents(_ vectors: Set<UInt64>) -> Self {
        // Every external interrupt is one phrase, not 224 names.
        let interrupts = Set<UInt64>(32...255)
        let allInterrupts = interrupts.isSubset(of: vectors)
        var names = vectors.subtracting(allInterrupts ? interrupts : []).sorted().map { ExecutionChecker.name(ofVector: $0) }
        if allInterrupts { names.append("every external interrupt") }
        let offered = names.isEmpty ? "no asynchronous event was offered" : "only these asynchronous events were offered: \(names.joined(separator: ", "))"
        return Self(id: "check.filtered-events", "\(offered); the proof covers no other event at an instruction boundary")
    }
    static func unneededWaiver(_ property: String) -> Self {
        Self(id: "check.unneeded-waiver", "'\(property)' holds here: the waiver is not needed")
    }
}
