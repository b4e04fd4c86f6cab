import CZ3

/// The sorts the checker reasons about, so sort errors are caught in Swift
/// before Z3 ever sees mismatched operands.
public enum Z3SortKind: Equatable, Sendable, CustomStringConvertible {
    case bool
    case bitVector(width: Int)
    /// Anything Z3 can produce that this layer does not model.
    case other

    public var description: String {
        switch self {
        case .bool: "Bool"
        case .bitVector(let width): "(_ BitVec \(width))"
        case .other: "<other sort>"
        }
    }
}

extension Z3Context {
    /// Sorts are hash-consed by Z3 and consumed immediately, so they need no wrapper.
    func boolSort() throws -> OpaquePointer {
        guard let sort = Z3_mk_bool_sort(raw) else { throw Z3Error.invalidArgument("no Bool sort") }
        return sort
    }

    func bvSort(width: Int) throws -> OpaquePointer {
        guard width > 0, width <= Int(UInt32.max) else {
            throw Z3Error.outOfBounds("bit-vector width \(width) must be positive")
        }
        let sort = Z3_mk_bv_sort(raw, UInt32(width))
        try checkError()
        guard let sort else { throw Z3Error.invalidArgument("no bit-vector sort of width \(width)") }
        return sort
    }

    /// Classifies a term once, at wrapping time, so sort checks are plain Swift.
    func sortKind(of ast: OpaquePointer) -> Z3SortKind {
        guard let sort = Z3_get_sort(raw, ast) else { return .other }
        switch Z3_get_sort_kind(raw, sort) {
        case Z3_BOOL_SORT: return .bool
        case Z3_BV_SORT: return .bitVector(width: Int(Z3_get_bv_sort_size(raw, sort)))
        default: return .other
        }
    }
}
