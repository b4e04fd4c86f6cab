/// Everything one 4-level walk from a PML4 found: the leaf mappings (as runs), the paging
/// structures it went through, the tables the memory did not hold, and entries the CPU would
/// fault on.
public struct PageTableWalk: Sendable {
    /// The PML4's physical address.
    public let rootTable: UInt64
    /// Every present leaf, sorted by canonical VA, merged into runs (see `MappingRun`).
    public let runs: [MappingRun]
    /// Each table visited, by (address, level), with how often entries point at it.
    public let tables: [PagingStructure]
    /// Tables that entries point at but the memory does not hold; their subtrees are unknown.
    public let missingTables: [MissingTable]
    /// Present entries skipped because the CPU would fault on them (PS set in a PML4 entry).
    public let faultingEntries: [FaultingEntry]

    /// False when part of the tree could not be read (see `missingTables`).
    public var isComplete: Bool { missingTables.isEmpty }

    public var leafCount: UInt64 { runs.reduce(0) { $0 + $1.pageCount } }

    /// Every leaf, one per page, in VA order, produced lazily from the runs: espfix's 65,536
    /// aliases of one frame are 65,536 leaves, but nothing holds them all at once.
    public var leaves: some Sequence<LeafMapping> {
        runs.lazy.flatMap { $0.leaves }
    }

    /// The leaf that maps `virtualAddress` (canonical), if any.
    public func leaf(containing virtualAddress: UInt64) -> LeafMapping? {
        var low = 0
        var high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].virtualAddress <= virtualAddress { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let run = runs[low - 1]
        guard virtualAddress <= run.lastVirtualAddress else { return nil }
        return run.leaf(at: (virtualAddress - run.virtualAddress) / run.pageSize.bytes)
    }

    /// Every leaf that maps the byte at `physicalAddress`, in VA order: all the aliases of a
    /// frame, which a violation report must name (espfix maps one frame 65,536 times).
    public func leaves(mapping physicalAddress: UInt64) -> [LeafMapping] {
        runs.flatMap { run -> [LeafMapping] in
            guard run.physicalAddress <= physicalAddress, physicalAddress <= run.lastPhysicalAddress else { return [] }
            return [run.leaf(at: (physicalAddress - run.physicalAddress) / run.pageSize.bytes)]
        }
    }

    /// The mappings as few ranges as the permissions allow: contiguous VA and PA with equal
    /// effective writable/user/no-execute and global bits, whatever the page size, A/D or
    /// caching bits. This is what a layout check needs; `runs` keeps every entry bit.
    public func permissionRanges() -> [MappedRange] {
        var ranges: [MappedRange] = []
        for run in runs {
            let range = MappedRange(virtualAddress: run.virtualAddress, physicalAddress: run.physicalAddress,
                                    byteCount: run.byteCount, writable: run.writable, user: run.user,
                                    noExecute: run.noExecute, global: run.global)
            if let last = ranges.last, last.canAbsorb(range) {
                ranges[ranges.count - 1] = last.extended(by: range.byteCount)
            } else {
                ranges.append(range)
            }
        }
        return ranges
    }
}

/// One leaf page.
public struct LeafMapping: Hashable, Sendable {
    /// Canonical (bits 63:48 copy bit 47).
    public let virtualAddress: UInt64
    public let physicalAddress: UInt64
    public let pageSize: LeafSize
    /// The leaf entry as stored.
    public let entry: PageTableEntry
    /// RW at every level of the walk.
    public let writable: Bool
    /// US at every level of the walk.
    public let user: Bool
    /// NX at some level of the walk.
    public let noExecute: Bool

    /// G of the leaf entry (effective only with CR4.PGE).
    public var global: Bool { entry.isGlobal }
}

/// Consecutive leaves with contiguous VAs and PAs, the same page size, the same effective
/// permissions and entries that differ only in their address bits (A, D, PAT, ignored bits
/// and all included). This is the merge rule of the data's mappings-*.txt listings, so a run is
/// one line there; it loses nothing, as every leaf can be rebuilt from it.
public struct MappingRun: Hashable, Sendable {
    public let virtualAddress: UInt64
    public let physicalAddress: UInt64
    public let pageSize: LeafSize
    public let pageCount: UInt64
    /// The first page's leaf entry; page i's is this one plus i pages in the address bits.
    public let entry: PageTableEntry
    public let writable: Bool
    public let user: Bool
    public let noExecute: Bool

    public var global: Bool { entry.isGlobal }
    public var byteCount: UInt64 { pageSize.bytes * pageCount }
    /// The last byte; a run can end at the very top of the address space, where an exclusive
    /// end would overflow.
    public var lastVirtualAddress: UInt64 { virtualAddress + (byteCount - 1) }
    public var lastPhysicalAddress: UInt64 { physicalAddress + (byteCount - 1) }

    public func leaf(at index: UInt64) -> LeafMapping {
        let delta = index * pageSize.bytes
        return LeafMapping(virtualAddress: virtualAddress + delta, physicalAddress: physicalAddress + delta,
                           pageSize: pageSize, entry: PageTableEntry(rawValue: entry.rawValue + delta),
                           writable: writable, user: user, noExecute: noExecute)
    }

    public var leaves: some Sequence<LeafMapping> {
        (0..<pageCount).lazy.map { leaf(at: $0) }
    }
}

/// A stretch of VA mapped to contiguous PA with one set of effective permissions.
public struct MappedRange: Hashable, Sendable {
    public let virtualAddress: UInt64
    public let physicalAddress: UInt64
    public let byteCount: UInt64
    public let writable: Bool
    public let user: Bool
    public let noExecute: Bool
    public let global: Bool

    public var lastVirtualAddress: UInt64 { virtualAddress + (byteCount - 1) }
    public var lastPhysicalAddress: UInt64 { physicalAddress + (byteCount - 1) }

    func canAbsorb(_ next: MappedRange) -> Bool {
        lastVirtualAddress != .max && lastPhysicalAddress != .max
            && lastVirtualAddress + 1 == next.virtualAddress && lastPhysicalAddress + 1 == next.physicalAddress
            && (writable, user, noExecute, global) == (next.writable, next.user, next.noExecute, next.global)
    }

    func extended(by bytes: UInt64) -> MappedRange {
        MappedRange(virtualAddress: virtualAddress, physicalAddress: physicalAddress, byteCount: byteCount + bytes,
                    writable: writable, user: user, noExecute: noExecute, global: global)
    }
}

/// A paging-structure page the walk read: its level (4 = PML4 .. 1 = PT) and how many present
/// entries point at it (1 for the root). The same page at two levels is two of these: that is
/// a table pointing into itself, or a recursive slot.
public struct PagingStructure: Hashable, Sendable {
    public let physicalAddress: UInt64
    public let level: Int
    public let referenceCount: Int
}

/// A table that an entry points at but the memory does not hold.
public struct MissingTable: Hashable, Sendable {
    public let physicalAddress: UInt64
    public let level: Int
    /// The first VA (canonical) whose translation goes through it.
    public let firstVirtualAddress: UInt64
    /// The table and index of the first entry found pointing at it.
    public let referencingTable: UInt64
    public let referencingIndex: Int
    public let referenceCount: Int
}

/// A present entry whose reserved bits make the CPU fault instead of translating.
public struct FaultingEntry: Hashable, Sendable {
    public let table: UInt64
    public let level: Int
    public let index: Int
    public let entry: PageTableEntry
}

/// The name kernels and the SDM give a table at `level` (4 = PML4).
public func pagingStructureName(level: Int) -> String {
    switch level {
    case 4: "PML4"
    case 3: "PDPT"
    case 2: "PD"
    case 1: "PT"
    default: "level-\(level) table"
    }
}
