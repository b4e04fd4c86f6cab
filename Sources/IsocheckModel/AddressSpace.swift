import IsocheckDiagnostics

/// A page-table root (or a family of them), flattened to the mappings it holds once derived
/// spaces are expanded.
public struct AddressSpace: Sendable {
    public enum Kind: Sendable {
        case kernel
        case user(PrincipalReference)
    }
    public let name: String
    public let binders: [Binder]
    public let kind: Kind
    /// The PML4's physical address (in terms of the binders), if CR3 can point here.
    public let root: ValueExpr?
    public let mappings: [Mapping]
    public let range: SourceRange

    public var isUser: Bool {
        if case .user = kind { return true }
        return false
    }
    public var principal: PrincipalReference? {
        if case .user(let principal) = kind { return principal }
        return nil
    }
}

/// One `map` line as it stands in a space: a VA range of leaf pages of one size, with the
/// binders and derivation restrictions that decide for which indices and pages it is present.
public struct Mapping: Sendable {
    public enum Target: Sendable {
        case frame(name: String, index: ValueExpr?, offset: ValueExpr)
        case physical(ValueExpr)
    }
    public let virtualBase: ValueExpr
    public let size: ValueExpr
    public let pageSize: PageSize
    public let target: Target
    public let flags: MappingFlags
    /// `for` binders around the line (renamed apart when inherited).
    public let binders: [Binder]
    /// One entry per `from ... only` the mapping passed through.
    public let restrictions: [Restriction]
    public let range: SourceRange
    /// The `from` lines that brought it here, innermost first.
    public let derivedThrough: [SourceRange]
    /// Read from a real page table: concrete and non-empty by construction.
    public var isImported: Bool = false
}

/// The leaf page holding a VA is kept when it overlaps one of these regions.
public struct Restriction: Sendable {
    public struct Allowed: Sendable {
        public let region: Region
        /// Explicit indices, or nil for "any member of the family".
        public let indices: [ValueExpr]?
    }
    public let regions: [Allowed]
    public let range: SourceRange
}

public struct Region: Sendable {
    public let name: String
    public let binders: [Binder]
    public let start: ValueExpr
    public let size: ValueExpr
    public let range: SourceRange
}

public enum PageSize: UInt64, Sendable, CaseIterable, CustomStringConvertible {
    case size4K = 0x1000
    case size2M = 0x20_0000
    case size1G = 0x4000_0000

    public var bytes: UInt64 { rawValue }
    /// The paging level holding the leaf: 1 = PT, 2 = PD, 3 = PDPT.
    public var leafLevel: Int {
        switch self {
        case .size4K: 1
        case .size2M: 2
        case .size1G: 3
        }
    }
    public var description: String {
        switch self {
        case .size4K: "4K"
        case .size2M: "2M"
        case .size1G: "1G"
        }
    }
}

/// The effective leaf flags (P is implied by the mapping's existence).
public struct MappingFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let writable = MappingFlags(rawValue: 1 << 0)
    public static let user = MappingFlags(rawValue: 1 << 1)
    public static let noExecute = MappingFlags(rawValue: 1 << 2)
    public static let global = MappingFlags(rawValue: 1 << 3)

    /// Spec spelling -> flag; one table for the parser's check, the reports and the docs.
    public static let spellings: [(String, MappingFlags)] = [
        ("rw", .writable), ("user", .user), ("nx", .noExecute), ("global", .global),
    ]

    /// `P RW US NX G` as a kernel page-table dump would show them.
    public var hardwareDescription: String {
        var parts = ["P"]
        parts.append(contains(.writable) ? "RW" : "ro")
        parts.append(contains(.user) ? "US" : "su")
        parts.append(contains(.noExecute) ? "NX" : "x")
        if contains(.global) { parts.append("G") }
        return parts.joined(separator: " ")
    }
}
