/// Guest-physical memory as a page-table walker sees it: some addresses are held, the rest are
/// absent (a sparse dump keeps only the paging-structure pages). Absent is not zero: a walker
/// must not mistake a page the dump left out for an empty table.
public protocol PhysicalMemory {
    /// A name for error messages, such as the dump's path.
    var sourceName: String { get }
    /// The little-endian 64-bit word at `address`, or nil unless all 8 bytes are held.
    func word(atPhysicalAddress address: UInt64) -> UInt64?
    /// The 512 entries of the 4 KiB page at `address`, or nil unless the whole page is held.
    func tableEntries(atPhysicalAddress address: UInt64) -> [UInt64]?
    /// Like `word(atPhysicalAddress:)`, but an absent address is an error naming it.
    func read64(physicalAddress address: UInt64) throws(ImportError) -> UInt64
}

extension PhysicalMemory {
    public func tableEntries(atPhysicalAddress address: UInt64) -> [UInt64]? {
        var entries: [UInt64] = []
        entries.reserveCapacity(512)
        for index in 0..<UInt64(512) {
            let (entryAddress, overflow) = address.addingReportingOverflow(index * 8)
            guard !overflow, let word = word(atPhysicalAddress: entryAddress) else { return nil }
            entries.append(word)
        }
        return entries
    }

    public func read64(physicalAddress address: UInt64) throws(ImportError) -> UInt64 {
        guard let word = word(atPhysicalAddress: address) else {
            throw ImportError(file: sourceName, position: nil, .physicalAddressAbsent(address, detail: nil))
        }
        return word
    }
}
