import IsocheckDiagnostics
import IsocheckModel

/// A violation the code reference ran into: where, why, and the run that got there.
public struct CodeViolation: Sendable, CustomStringConvertible {
    public let property: PropertyID
    public let entryPoint: String
    public let location: SourceLocation?
    public let reason: String
    public let parameters: [String: UInt64]
    /// The steps of the run, one line each.
    public let trace: [String]

    public var description: String {
        let values = parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
        let place = location.map { "line \($0.line)" } ?? "start"
        return "\(property.rawValue) at \(place) from \(entryPoint) [\(values)]: \(reason)\n    " + trace.joined(separator: "\n    ")
    }
}

/// What the code reference found, by property, over every run.
public struct CodeReferenceResult: Sendable {
    public var runs = 0
    public var violations: [PropertyID: [CodeViolation]] = [:]
    /// Paths the model itself cannot follow (a jcc on unknown flags, a ret to no token, a path
    /// past the step bound, an MSR it does not hold): their verdicts are not decided here.
    public var undecided: [String] = []
    /// The run `stopAt` asked for was found; the other runs were not made.
    public var stoppedEarly = false

    public func isViolated(_ property: PropertyID) -> Bool { !(violations[property] ?? []).isEmpty }
}
