/// The built-in properties of DESIGN.md §4, by their stable names.
public enum PropertyID: String, Sendable, CaseIterable, Comparable, Codable {
    case noSecretInUser = "no-secret-in-user"
    case noUserAccessToKernel = "no-user-access-to-kernel"
    case noStaleKernelTLB = "no-stale-kernel-tlb"
    case wellFormedLayout = "well-formed-layout"
    case cr3MatchesPrivilege = "cr3-matches-privilege"
    case accessesMapped = "accesses-mapped"
    case gsMatchesPrivilege = "gs-matches-privilege"
    case stackIsKernel = "stack-is-kernel"
    case assertions = "assertions"

    /// Properties of the page-table layout alone.
    public static let layoutProperties: [PropertyID] = [
        .wellFormedLayout, .noSecretInUser, .noUserAccessToKernel, .noStaleKernelTLB,
    ]

    /// Properties of entry and exit code, checked when a spec has code.
    public static let executionProperties: [PropertyID] = [
        .cr3MatchesPrivilege, .accessesMapped, .gsMatchesPrivilege, .stackIsKernel, .noStaleKernelTLB, .assertions,
    ]

    public var isChecked: Bool { true }

    /// Well-formedness guards the meaning of the others, so it cannot be waived.
    public var isWaivable: Bool { self != .wellFormedLayout }

    public var summary: String {
        switch self {
        case .noSecretInUser: "every present VA of a user space maps only public frames or frames its principal owns"
        case .noUserAccessToKernel: "a mapping with effective US=1 maps only user-owned or public frames"
        case .noStaleKernelTLB: "no global mapping of a non-public frame while user tables exist (CR4.PGE)"
        case .wellFormedLayout: "mappings are aligned to their page size and canonical; frame families do not overlap themselves or wrap"
        case .cr3MatchesPrivilege: "CR3 matches privilege at every instruction boundary"
        case .accessesMapped: "every access is mapped in the table active at that instant"
        case .gsMatchesPrivilege: "per-CPU accesses at CPL0 use the kernel GS base"
        case .stackIsKernel: "no push at CPL0 lands on a user-controlled stack"
        case .assertions: "every `assert` in the code holds on every path that reaches it"
        }
    }

    public static func < (lhs: PropertyID, rhs: PropertyID) -> Bool {
        let order = allCases
        return order.firstIndex(of: lhs) ?? 0 < order.firstIndex(of: rhs) ?? 0
    }
}
