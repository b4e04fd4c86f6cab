/// Physical memory held as a dictionary of 4 KiB pages: for hand-built page tables in tests and
/// for synthetic systems. Pages never stored are absent, exactly like pages a sparse dump left
/// out.
public struct PageMemory: PhysicalMemory, Sendable {
    public var sourceName: String
    private var pages: [UInt64: [UInt64]] = [:]

    public init(sourceName: String = "page memory") {
        self.sourceName = sourceName
    }

    /// The page numbers (address >> 12) held, sorted.
    public var heldPages: [UInt64] { pages.keys.sorted() }

    /// Stores a whole zero-filled page at the 4 KiB-aligned `address` if it is not held yet.
    public mutating func addPage(at address: UInt64) {
        let number = address >> 12
        if pages[number] == nil { pages[number] = Array(repeating: 0, count: 512) }
    }

    /// Stores `value` at the 8-aligned `address`, adding its page if needed.
    public mutating func write(_ value: UInt64, at address: UInt64) {
        precondition(address & 7 == 0, "PageMemory stores aligned words only")
        pages[address >> 12, default: Array(repeating: 0, count: 512)][Int((address & 0xfff) >> 3)] = value
    }

    public func word(atPhysicalAddress address: UInt64) -> UInt64? {
        let offset = address & 0xfff
        if offset & 7 == 0 {
            return pages[address >> 12]?[Int(offset >> 3)]
        }
        // An unaligned word may straddle two pages; assemble it from bytes.
        var value: UInt64 = 0
        for byteIndex in 0..<UInt64(8) {
            let (byteAddress, overflow) = address.addingReportingOverflow(byteIndex)
            guard !overflow, let word = pages[byteAddress >> 12]?[Int((byteAddress & 0xfff) >> 3)] else { return nil }
            let byte = (word >> ((byteAddress & 7) * 8)) & 0xff
            value |= byte << (byteIndex * 8)
        }
        return value
    }

    public func tableEntries(atPhysicalAddress address: UInt64) -> [UInt64]? {
        guard address & 0xfff == 0 else { return nil }
        return pages[address >> 12]
    }
}
