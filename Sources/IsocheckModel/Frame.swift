import IsocheckDiagnostics

/// A named physical range, or an affine family of them (`[i < n] at BASE stride S`), with the
/// label of each byte. Families are affine so that the owner of any physical address is a
/// closed-form term, (pa - base) / stride, and no quantifier is ever needed.
public struct Frame: Sendable {
    public let name: String
    /// At most one binder: the family index.
    public let binder: Binder?
    public let base: ValueExpr
    public let stride: ValueExpr
    public let size: ValueExpr
    /// Byte ranges with labels, in declaration order; a later segment overrides an earlier one.
    public let segments: [FrameSegment]
    /// The label of bytes no segment covers; nil when segments must cover the frame.
    public let label: Label?
    public let range: SourceRange
    /// True when the elaborator chose the base because the spec gave none.
    public let placedAutomatically: Bool

    public var count: ValueExpr { binder?.count ?? .literal(1) }

    /// Every label the frame can carry, each with the condition (over the frame offset) that
    /// selects it: the last segment containing the offset, else the frame's own label.
    public func labelCases(offset: ValueExpr) -> [(label: Label, condition: ValueExpr, range: SourceRange)] {
        var cases: [(Label, ValueExpr, SourceRange)] = []
        var laterSegments: [ValueExpr] = []
        for segment in segments.reversed() {
            let inside = segment.contains(offset)
            cases.append((segment.label, Self.andNot(inside, laterSegments), segment.range))
            laterSegments.append(inside)
        }
        if let label {
            cases.append((label, Self.andNot(.boolean(true), laterSegments), range))
        }
        return cases.reversed()
    }

    private static func andNot(_ condition: ValueExpr, _ excluded: [ValueExpr]) -> ValueExpr {
        excluded.reduce(condition) { .binary(.and, $0, .unary(.logicalNot, $1)) }
    }
}

public struct FrameSegment: Sendable {
    public let start: ValueExpr
    public let end: ValueExpr
    public let label: Label
    public let range: SourceRange

    func contains(_ offset: ValueExpr) -> ValueExpr {
        .binary(.and, .binary(.greaterEqual, offset, start), .binary(.less, offset, end))
    }
}
