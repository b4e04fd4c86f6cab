import IsocheckModel

/// The page tables, kernel stacks and CR3 roots under one parameter valuation, as plain numbers:
/// what the code reference walks at every access. Translation is the MMU's, page by page: a
/// byte is mapped if a leaf covers its page, the leaf's flags permit the access at that CPL, and
/// the page survives the mapping's `only` restrictions. Nothing here knows the SMT encoding.
struct ConcreteTables {
    /// One instance of a declared space: its indices, root and leaves.
    struct SpaceInstance: Equatable {
        let space: String
        let isUser: Bool
        let indices: [UInt64]
        let root: UInt64?
        let leaves: [Leaf]

        var description: String { indices.isEmpty ? space : "\(space)[\(indices.map(String.init).joined(separator: ","))]" }
    }

    /// The pages one mapping instance covers: [firstPage, lastPage] in steps of `pageSize`.
    struct Leaf: Equatable {
        let firstPage: UInt64
        let lastPage: UInt64
        let pageSize: UInt64
        let flags: MappingFlags
        /// Index into `restrictedPages` when the mapping has `only` restrictions.
        let restricted: Int?
    }

    struct StackInstance {
        let start: UInt64
        let size: UInt64
    }

    enum Access: String {
        case fetch, read, write
        case implicitRead = "read (by the CPU)"
        case implicitWrite = "write (by the CPU)"
    }

    let cpu: CPUConfiguration
    private(set) var instances: [SpaceInstance] = []
    private(set) var stacks: [StackInstance] = []
    /// For each restricted leaf, the pages its restrictions keep.
    private var restrictedPages: [Set<UInt64>] = []

    init(model: SystemModel, parameters: [String: UInt64]) throws {
        cpu = model.cpu
        let layout = ConcreteInstance(model: model, parameters: parameters)
        for space in model.spaces {
            for environment in try layout.assignments(space.binders, in: layout.base) {
                var leaves: [Leaf] = []
                for mapping in space.mappings {
                    for mappingEnvironment in try layout.assignments(mapping.binders, in: environment) {
                        let base = try layout.value(mapping.virtualBase, mappingEnvironment)
                        let size = try layout.value(mapping.size, mappingEnvironment)
                        guard size > 0 else { continue }
                        let pageSize = mapping.pageSize.bytes
                        let lastByte = base.addingReportingOverflow(size - 1)
                        let end = lastByte.overflow ? UInt64.max : lastByte.partialValue
                        let firstPage = base & ~(pageSize - 1)
                        let lastPage = end & ~(pageSize - 1)
                        var restricted: Int?
                        if !mapping.restrictions.isEmpty {
                            let count = (lastPage - firstPage) / pageSize + 1
                            guard count <= UInt64(ReferenceEvaluator.maximumPagesPerMapping) else {
                                throw ReferenceEvaluator.TooLarge(description: "restricted mapping of \(count) pages")
                            }
                            var kept = Set<UInt64>()
                            for page in 0..<count {
                                let start = firstPage &+ page &* pageSize
                                if try layout.present(start, pageSize: pageSize, mapping: mapping, environment: mappingEnvironment) { kept.insert(start) }
                            }
                            restricted = restrictedPages.count
                            restrictedPages.append(kept)
                        }
                        leaves.append(Leaf(firstPage: firstPage, lastPage: lastPage, pageSize: pageSize, flags: mapping.flags, restricted: restricted))
                    }
                }
                let indices = space.binders.map { environment.indices[$0.variable] ?? 0 }
                let root = try space.root.map { try layout.value($0, environment) }
                instances.append(SpaceInstance(space: space.name, isUser: space.isUser, indices: indices, root: root, leaves: leaves))
            }
        }
        for stack in model.stacks {
            for environment in try layout.assignments(stack.binders, in: layout.base) {
                stacks.append(StackInstance(start: try layout.value(stack.start, environment), size: try layout.value(stack.size, environment)))
            }
        }
    }

    /// The instances whose root is what CR3's bits 51:12 name.
    func instances(selectedBy cr3: UInt64) -> [SpaceInstance] {
        let rootMask: UInt64 = 0x000f_ffff_ffff_f000
        return instances.filter { instance in instance.root.map { $0 & rootMask == cr3 & rootMask } ?? false }
    }

    /// Whether the byte at `address` can be accessed so, at this CPL, through `instance`.
    func isMapped(_ instance: SpaceInstance, _ address: UInt64, _ access: Access, cpl: Int) -> Bool {
        instance.leaves.contains { leaf in
            let page = address & ~(leaf.pageSize - 1)
            guard page >= leaf.firstPage, page <= leaf.lastPage, permits(leaf.flags, access, cpl: cpl) else { return false }
            return leaf.restricted.map { restrictedPages[$0].contains(page) } ?? true
        }
    }

    /// The x86 permission rules: U/S for user accesses, NX for fetches, R/W for writes (CR0.WP
    /// set, so supervisor writes too), SMEP and SMAP for supervisor accesses to user pages. The
    /// CPU's own accesses during event delivery are supervisor accesses whatever the CPL.
    func permits(_ flags: MappingFlags, _ access: Access, cpl: Int) -> Bool {
        let supervisor = cpl == 0 || access == .implicitRead || access == .implicitWrite
        if !supervisor, !flags.contains(.user) { return false }
        switch access {
        case .fetch:
            if flags.contains(.noExecute) { return false }
            if supervisor, cpu.smep, flags.contains(.user) { return false }
        case .read:
            if supervisor, cpu.smap, flags.contains(.user) { return false }
        case .write:
            if !flags.contains(.writable) { return false }
            if supervisor, cpu.smap, flags.contains(.user) { return false }
        case .implicitWrite:
            if !flags.contains(.writable) { return false }
        case .implicitRead:
            break
        }
        return true
    }

    /// The top of each run of pages user mode may write in a user table: where a user RSP that
    /// points at real user memory sits.
    func userWritableTops() -> [UInt64] {
        var tops: [UInt64] = []
        for instance in instances where instance.isUser {
            for leaf in instance.leaves where leaf.flags.contains(.user) && leaf.flags.contains(.writable) {
                let top = leaf.lastPage &+ leaf.pageSize
                if !tops.contains(top) { tops.append(top) }
            }
        }
        return tops
    }

    func isOnKernelStack(_ address: UInt64) -> Bool {
        stacks.contains { address &- $0.start < $0.size }
    }
}
