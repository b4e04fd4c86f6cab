import IsocheckModel

/// One concrete violation the reference evaluator found: the parameter values, the space with
/// its indices, and the first byte of the offending piece of a mapping.
public struct ReferenceViolation: Sendable, CustomStringConvertible {
    public let property: PropertyID
    public let parameters: [String: UInt64]
    public let space: String?
    public let virtualAddress: UInt64?
    public let detail: String

    public var description: String {
        let values = parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
        let where_ = [space, virtualAddress.map { "VA 0x" + String($0, radix: 16) }].compactMap { $0 }.joined(separator: " ")
        return "\(property.rawValue) [\(values)] \(where_): \(detail)"
    }
}

/// What brute force found for each layout property.
public struct ReferenceResult: Sendable {
    /// Parameter valuations that satisfied every assumption and were checked.
    public let valuations: Int
    /// Every violation, in enumeration order (capped per property, see `ReferenceEvaluator`).
    public let violations: [PropertyID: [ReferenceViolation]]

    public func isViolated(_ property: PropertyID) -> Bool { !(violations[property] ?? []).isEmpty }
}
