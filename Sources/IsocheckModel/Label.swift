/// Who may see a byte of physical memory.
public enum Label: Sendable, CustomStringConvertible {
    /// Kernel only: present in no user table.
    case secret
    /// May be present anywhere.
    case `public`
    /// May be present only in the user tables of this principal.
    case owned(PrincipalReference)

    public var description: String {
        switch self {
        case .secret: "secret"
        case .public: "public"
        case .owned(let owner): "owned by \(owner)"
        }
    }
}

/// `proc[p]`: a principal family and the index expressions that pick one member.
public struct PrincipalReference: Sendable, CustomStringConvertible {
    public let name: String
    public let indices: [ValueExpr]
    public init(name: String, indices: [ValueExpr]) {
        self.name = name
        self.indices = indices
    }
    public var description: String {
        indices.isEmpty ? name : "\(name)[\(indices.map { _ in "_" }.joined(separator: ", "))]"
    }
}
