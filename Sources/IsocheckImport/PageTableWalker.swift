/// Walks x86-64 4-level page tables over any `PhysicalMemory`.
///
/// Each table is expanded once per level it is used at. A first pass over the tables alone
/// counts the entries pointing at each (table address, level); the result of a subtree that
/// is pointed at more than once (its leaf runs relative to the subtree's start, with the
/// permissions of the entries inside it) is memoised and reused. That makes shared tables
/// cheap (espfix64 points many entries at the same PMD and PTE pages) while a subtree used
/// once is not kept, and the walk terminates whatever the tables point at: recursion goes
/// down one level per call, so it is at most four deep, and a table pointing into itself is
/// just the same page read at a lower level.
///
/// What is still unbounded is the output: 512 entries at every level pointing at one table
/// describe 2^36 pages. Runs of contiguous leaves keep honest tables small (a Linux capture is
/// about 65,000 runs); `maximumRuns` turns a pathological one into an error instead of an
/// out-of-memory.
public struct PageTableWalker<Memory: PhysicalMemory> {
    /// What to do when an entry points at a table the memory does not hold.
    public enum MissingTablePolicy: Sendable {
        /// List it in `PageTableWalk.missingTables` and walk on; the VA range it covers is
        /// reported as unknown, not as unmapped.
        case report
        /// Throw at the first one.
        case fail
    }

    public let memory: Memory
    public let missingTablePolicy: MissingTablePolicy
    public let maximumRuns: Int

    public init(memory: Memory, missingTables: MissingTablePolicy = .report, maximumRuns: Int = 1 << 22) {
        self.memory = memory
        self.missingTablePolicy = missingTables
        self.maximumRuns = maximumRuns
    }

    /// Walks from a CR3 value: the PCID (bits 11:0), NOFLUSH (bit 63) and reserved bits are
    /// masked off; bits 51:12 are the PML4.
    public func walk(cr3: UInt64) throws(ImportError) -> PageTableWalk {
        try walk(rootTable: CR3Value(cr3).tableAddress, cr3: cr3)
    }

    /// Walks from the PML4 at `rootTable`. The root must be held: without it nothing is known.
    public func walk(rootTable: UInt64) throws(ImportError) -> PageTableWalk {
        try walk(rootTable: rootTable & PageTableEntry.addressMask, cr3: nil)
    }

    private func walk(rootTable: UInt64, cr3: UInt64?) throws(ImportError) -> PageTableWalk {
        guard memory.tableEntries(atPhysicalAddress: rootTable) != nil else {
            throw ImportError(file: memory.sourceName, position: nil, .rootTableAbsent(rootTable, cr3: cr3))
        }
        let session = WalkSession(memory: memory, policy: missingTablePolicy, maximumRuns: maximumRuns)
        session.countReferences(root: rootTable)
        let relative = try session.runs(ofTable: rootTable, level: 4, base: 0, reference: nil)
        let runs = relative.map { run in
            MappingRun(virtualAddress: canonicalAddress(run.offset), physicalAddress: run.physicalAddress,
                       pageSize: run.pageSize, pageCount: run.pageCount, entry: PageTableEntry(rawValue: run.entry),
                       writable: run.writable, user: run.user, noExecute: run.noExecute)
        }
        return PageTableWalk(rootTable: rootTable, runs: runs, tables: session.visitedTables(),
                             missingTables: session.missingTables(), faultingEntries: session.faultingEntries)
    }
}

/// A leaf run inside one subtree: `offset` from the subtree's first VA, permissions as far up
/// as that subtree's root.
struct RelativeRun {
    var offset: UInt64
    var physicalAddress: UInt64
    var pageSize: LeafSize
    var pageCount: UInt64
    var entry: UInt64
    var writable: Bool
    var user: Bool
    var noExecute: Bool

    var byteCount: UInt64 { pageSize.bytes * pageCount }

    /// Whether `next` continues this run: the rule of `MappingRun`.
    func isContinued(by next: RelativeRun) -> Bool {
        guard pageSize == next.pageSize,
              PageTableEntry(rawValue: entry).attributeBits(for: pageSize)
                  == PageTableEntry(rawValue: next.entry).attributeBits(for: pageSize),
              (writable, user, noExecute) == (next.writable, next.user, next.noExecute)
        else { return false }
        let (physicalEnd, overflow) = physicalAddress.addingReportingOverflow(byteCount)
        return !overflow && offset + byteCount == next.offset && physicalEnd == next.physicalAddress
    }
}

/// The memo tables of one walk.
private final class WalkSession<Memory: PhysicalMemory> {
    struct TableKey: Hashable {
        let address: UInt64
        let level: Int
    }

    struct Missing {
        let firstVirtualAddress: UInt64
        let referencingTable: UInt64
        let referencingIndex: Int
        var referenceCount: Int
    }

    let memory: Memory
    let policy: PageTableWalker<Memory>.MissingTablePolicy
    let maximumRuns: Int
    /// Results of shared subtrees only: one referenced once is used once, and keeping it too
    /// would hold every level's copy of the leaves at the same time.
    private var subtrees: [TableKey: [RelativeRun]] = [:]
    /// How many present entries point at each (table, level); the root counts as one.
    private var references: [TableKey: Int] = [:]
    private var missing: [TableKey: Missing] = [:]
    private(set) var faultingEntries: [FaultingEntry] = []

    init(memory: Memory, policy: PageTableWalker<Memory>.MissingTablePolicy, maximumRuns: Int) {
        self.memory = memory
        self.policy = policy
        self.maximumRuns = maximumRuns
    }

    /// A first pass over the tables alone (no leaves), to learn which subtrees are shared.
    func countReferences(root: UInt64) {
        let rootKey = TableKey(address: root, level: 4)
        references[rootKey] = 1
        var pending = [rootKey]
        while let key = pending.popLast() {
            guard key.level > 1, let entries = memory.tableEntries(atPhysicalAddress: key.address) else { continue }
            for raw in entries {
                let entry = PageTableEntry(rawValue: raw)
                // Leaves, and PS in a PML4 entry (which faults), point at no table.
                guard entry.isPresent, !entry.pageSizeBit else { continue }
                let child = TableKey(address: entry.tableAddress, level: key.level - 1)
                let count = references[child, default: 0]
                references[child] = count + 1
                if count == 0 { pending.append(child) }
            }
        }
    }

    /// The leaf runs under the table at `address` used at `level`. `base` is the subtree's first
    /// VA (uncanonicalised), used only to report where a missing table was first needed.
    func runs(ofTable address: UInt64, level: Int, base: UInt64,
              reference: (table: UInt64, index: Int)?) throws(ImportError) -> [RelativeRun] {
        let key = TableKey(address: address, level: level)
        if let known = subtrees[key] { return known }
        if missing[key] != nil {
            missing[key]?.referenceCount += 1
            return []
        }
        guard let entries = memory.tableEntries(atPhysicalAddress: address) else {
            let parent = reference ?? (table: address, index: 0)
            if policy == .fail {
                throw ImportError(file: memory.sourceName, position: nil,
                                  .tableAbsent(address, level: level, virtualAddress: canonicalAddress(base),
                                               referencingTable: parent.table, index: parent.index))
            }
            missing[key] = Missing(firstVirtualAddress: canonicalAddress(base), referencingTable: parent.table,
                                   referencingIndex: parent.index, referenceCount: 1)
            return []
        }
        // A table at level L has entries spanning 4 KiB << 9(L-1) each.
        let span = UInt64(0x1000) << (9 * UInt64(level - 1))
        var result: [RelativeRun] = []
        for (index, raw) in entries.enumerated() {
            let entry = PageTableEntry(rawValue: raw)
            guard entry.isPresent else { continue }
            let offset = UInt64(index) * span
            if level == 1 || (level <= 3 && entry.pageSizeBit) {
                let size: LeafSize = level == 1 ? .size4K : (level == 2 ? .size2M : .size1G)
                append(RelativeRun(offset: offset, physicalAddress: entry.frameAddress(for: size), pageSize: size, pageCount: 1,
                                   entry: raw, writable: entry.isWritable, user: entry.isUser, noExecute: entry.noExecute),
                       to: &result, level: level)
            } else if level == 4 && entry.pageSizeBit {
                faultingEntries.append(FaultingEntry(table: address, level: level, index: index, entry: entry))
            } else {
                let child = try runs(ofTable: entry.tableAddress, level: level - 1, base: base + offset,
                                     reference: (table: address, index: index))
                for var run in child {
                    run.offset += offset
                    run.writable = run.writable && entry.isWritable
                    run.user = run.user && entry.isUser
                    run.noExecute = run.noExecute || entry.noExecute
                    append(run, to: &result, level: level)
                }
            }
            guard result.count <= maximumRuns else {
                throw ImportError(file: memory.sourceName, position: nil,
                                  .walkTooLarge(table: address, level: level, maximumRuns: maximumRuns))
            }
        }
        if references[key, default: 0] > 1 { subtrees[key] = result }
        return result
    }

    /// Appends, merging into the last run where the `MappingRun` rule allows. Every run passes
    /// through here again at each level above, with the permissions known so far, so the runs
    /// of the root are exactly the merge of the individual leaves.
    private func append(_ run: RelativeRun, to runs: inout [RelativeRun], level: Int) {
        if let last = runs.last, last.isContinued(by: run),
           // At the root, VA 2^47 - 1 and 2^47 are not neighbours: the second is 0xffff8000...
           level < 4 || (last.offset < 1 << 47) == (run.offset < 1 << 47) {
            runs[runs.count - 1].pageCount += run.pageCount
        } else {
            runs.append(run)
        }
    }

    func visitedTables() -> [PagingStructure] {
        references.filter { missing[$0.key] == nil }.map { PagingStructure(physicalAddress: $0.key.address, level: $0.key.level, referenceCount: $0.value) }
            .sorted { ($0.physicalAddress, -$0.level) < ($1.physicalAddress, -$1.level) }
    }

    func missingTables() -> [MissingTable] {
        missing.map { key, value in
            MissingTable(physicalAddress: key.address, level: key.level, firstVirtualAddress: value.firstVirtualAddress,
                         referencingTable: value.referencingTable, referencingIndex: value.referencingIndex,
                         referenceCount: value.referenceCount)
        }
        .sorted { ($0.firstVirtualAddress, $0.physicalAddress) < ($1.firstVirtualAddress, $1.physicalAddress) }
    }
}
