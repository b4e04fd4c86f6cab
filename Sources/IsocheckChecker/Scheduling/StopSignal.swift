import Foundation
import IsocheckModel

/// Shared by the items of one run under CheckOptions.stopAtViolationOf: once one item has a
/// counterexample of a named property, items not yet started are skipped.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var stoppedAt: PropertyID?

    var property: PropertyID? { lock.withLock { stoppedAt } }

    func stop(at property: PropertyID) { lock.withLock { stoppedAt = stoppedAt ?? property } }
}

extension CheckPart {
    /// An item the run skipped after a violation of `stopped`: each of its properties is
    /// unknown, never proved.
    static func skipped(_ item: CheckItem, ordinal: Int, stoppedAt stopped: PropertyID, model: SystemModel) -> CheckPart {
        let properties: [PropertyID] = if case .layout(let property) = item { [property] } else { PropertyID.executionProperties }
        let why = UnknownOutcome(location: model.source.location(at: 0),
                                 reason: "not checked: the run stopped at the first violation of \(stopped.rawValue)")
        let results = properties.map {
            PropertyResult(property: $0, status: .unknown, obligations: 0, counterexamples: [], waivedCounterexamples: [], unknowns: [why], waivers: [])
        }
        return CheckPart(item: item, ordinal: ordinal, properties: results, diagnostics: [], queries: 0, execution: nil, coverage: [])
    }
}
