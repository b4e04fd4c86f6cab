import IsocheckImport

/// Names addresses by kernel symbol for reports: a VA by the symbol at or below it (per-CPU VAs
/// by the per-CPU variable, through each CPU's `__per_cpu_offset`), a PA by the symbol of a VA
/// that an imported table maps onto it (the kernel image or a per-CPU area).
public struct SymbolNames: Sendable {
    public let map: SymbolMap
    public let perCPUOffsets: [UInt64]
    /// Imported runs, to find a VA for a PA; filled once the spaces are imported.
    var runs: [ConcreteRun] = []

    init(map: SymbolMap, perCPUOffsets: [UInt64]) {
        self.map = map
        self.perCPUOffsets = perCPUOffsets
    }

    /// `entry_SYSCALL_64+0x30`, `cpu_tss_rw+0x14 (CPU 1)`, or nil when no symbol covers `address`
    /// (a direct-map or vmalloc VA, or one past the highest symbol).
    public func name(ofVirtual address: UInt64) -> String? {
        if let perCPUEnd = map.address(of: "__per_cpu_end") {
            for (cpu, offset) in perCPUOffsets.enumerated() where address >= offset && address - offset < perCPUEnd {
                return map.nearestPerCPUSymbol(atOffset: address - offset).map { "\($0) (CPU \(cpu))" }
            }
        }
        guard let match = map.nearestSymbol(atOrBelow: address) else { return nil }
        // Without sizes, past the highest symbol nothing says where it ends.
        if match.offset > 0, map.end(of: match.symbol) == nil { return nil }
        return match.description
    }

    /// The symbol whose storage is at `address`, through any imported mapping that has a name.
    public func name(ofPhysical address: UInt64) -> String? {
        for run in runs where address >= run.physicalAddress && address - run.physicalAddress < run.byteCount {
            if let name = name(ofVirtual: run.virtualAddress + (address - run.physicalAddress)) { return name }
        }
        return nil
    }
}
