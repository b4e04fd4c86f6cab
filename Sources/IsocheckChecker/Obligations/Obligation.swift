import IsocheckDiagnostics
import IsocheckModel

/// One question for the solver: "is there a parameter valuation and a choice of indices for
/// which this goes wrong?" Unsat proves it for every value; sat is a counterexample.
struct Obligation {
    enum Kind {
        /// Every byte the mapping reaches must be visible to `viewer`.
        case labels(space: AddressSpace, mapping: Mapping, viewer: Viewer)
        /// The mapping is aligned, canonical, does not wrap, and picks existing family members.
        case mappingShape(space: AddressSpace, mapping: Mapping)
        /// A frame family neither overlaps itself nor wraps around the physical address space.
        case frameFamily(Frame)
    }

    let property: PropertyID
    let kind: Kind

    /// Where a report points: the `map` line, or the frame.
    var location: SourceRange {
        switch kind {
        case .labels(_, let mapping, _), .mappingShape(_, let mapping): mapping.range
        case .frameFamily(let frame): frame.range
        }
    }

    var spaceName: String? {
        switch kind {
        case .labels(let space, _, _), .mappingShape(let space, _): space.name
        case .frameFamily: nil
        }
    }
}

/// Whose eyes a byte must be fit for.
enum Viewer {
    /// The principal of a user space: public bytes and its own.
    case principal(PrincipalReference)
    /// User mode in general (US=1 mappings): public bytes and any principal's.
    case anyUser
    /// Everyone, through a global TLB entry: public bytes only.
    case everyone

    var description: String {
        switch self {
        case .principal(let principal): "the user space of \(principal.name)"
        case .anyUser: "user mode (US=1)"
        case .everyone: "every address space (global TLB entry)"
        }
    }
}
