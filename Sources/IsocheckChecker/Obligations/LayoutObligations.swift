import IsocheckModel

/// The layout obligations of a model (DESIGN.md §4), in a fixed order so reports are
/// deterministic: well-formedness first, then each property space by space, mapping by mapping.
enum LayoutObligations {
    static func make(for model: SystemModel) -> [Obligation] {
        var obligations: [Obligation] = []
        for frame in model.frames where frame.binder != nil {
            obligations.append(Obligation(property: .wellFormedLayout, kind: .frameFamily(frame)))
        }
        for space in model.spaces {
            for mapping in space.mappings {
                obligations.append(Obligation(property: .wellFormedLayout, kind: .mappingShape(space: space, mapping: mapping)))
            }
        }
        for space in model.spaces {
            guard let principal = space.principal else { continue }
            for mapping in space.mappings {
                obligations.append(Obligation(
                    property: .noSecretInUser, kind: .labels(space: space, mapping: mapping, viewer: .principal(principal))))
            }
        }
        for space in model.spaces {
            for mapping in space.mappings where mapping.flags.contains(.user) {
                obligations.append(Obligation(
                    property: .noUserAccessToKernel, kind: .labels(space: space, mapping: mapping, viewer: .anyUser)))
            }
        }
        // A global entry outlives every CR3 write only with CR4.PGE, and leaks only if some user
        // table can be loaded after it was cached.
        if model.cpu.pge, !model.userSpaces.isEmpty {
            for space in model.spaces {
                for mapping in space.mappings where mapping.flags.contains(.global) {
                    obligations.append(Obligation(
                        property: .noStaleKernelTLB, kind: .labels(space: space, mapping: mapping, viewer: .everyone)))
                }
            }
        }
        return obligations
    }
}
