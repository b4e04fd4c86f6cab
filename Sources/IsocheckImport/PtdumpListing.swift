import IsocheckDiagnostics

/// The text of a Linux ptdump file (/sys/kernel/debug/page_tables/*, printed by
/// arch/x86/mm/dump_pagetables.c), parsed line by line.
///
/// ptdump prints ranges of equal *leaf-entry* attributes (not the effective ones) and the level
/// that holds them, with no physical addresses; a range also ends where the attributes of the
/// entries above change, or at a region marker. Not-present ranges are printed too, with no
/// attributes. In some regions (ESPfix) it stops after a few lines and says how many it skipped.
public struct PtdumpListing: Sendable {
    public let path: String
    /// Every range line, in file order.
    public let ranges: [PtdumpRange]
    public let regionMarkers: [PtdumpRegionMarker]
    public let skips: [PtdumpSkip]

    public var presentRanges: [PtdumpRange] { ranges.filter(\.isPresent) }
}

/// `0xSTART-0xEND  SIZE  ATTRIBUTES LEVEL`.
public struct PtdumpRange: Hashable, Sendable {
    public let start: UInt64
    /// `end - start`; the last range of the address space ends at 2^64, printed as 0x0.
    public let byteCount: UInt64
    /// The level whose entries the range is made of (its leaves, or its not-present entries).
    public let level: PtdumpLevel
    /// Nil for a not-present range.
    public let attributes: PtdumpAttributes?
    /// The name of the `---[ ... ]---` marker above it, if any.
    public let region: String?
    public let location: SourceLocation

    public var isPresent: Bool { attributes != nil }
    public var lastAddress: UInt64 { start + (byteCount - 1) }
}

/// `---[ User Space ]---` and the like: where a named part of the address space begins.
public struct PtdumpRegionMarker: Hashable, Sendable {
    public let name: String
    public let location: SourceLocation
}

/// `... 131059 entries skipped ...`: lines ptdump did not print (it caps some regions).
public struct PtdumpSkip: Hashable, Sendable {
    public let count: UInt64
    /// The end of the last range printed before the skip, or nil if none was.
    public let afterAddress: UInt64?
    public let location: SourceLocation
}

/// The level names ptdump prints (p4d only with 5-level paging).
public enum PtdumpLevel: String, Hashable, Sendable, CaseIterable {
    case pgd, p4d, pud, pmd, pte

    /// The level that holds leaves of `size`.
    public init(leafSize size: LeafSize) {
        switch size {
        case .size4K: self = .pte
        case .size2M: self = .pmd
        case .size1G: self = .pud
        }
    }
}

/// The attributes ptdump prints for a present range, as in `printk_prot()`.
public struct PtdumpAttributes: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let user = PtdumpAttributes(rawValue: 1 << 0)  // USR
    public static let writable = PtdumpAttributes(rawValue: 1 << 1)  // RW, else ro
    public static let writeThrough = PtdumpAttributes(rawValue: 1 << 2)  // PWT
    public static let cacheDisabled = PtdumpAttributes(rawValue: 1 << 3)  // PCD
    public static let largePage = PtdumpAttributes(rawValue: 1 << 4)  // PSE
    public static let pat = PtdumpAttributes(rawValue: 1 << 5)  // PAT
    public static let global = PtdumpAttributes(rawValue: 1 << 6)  // GLB
    public static let noExecute = PtdumpAttributes(rawValue: 1 << 7)  // NX, else x

    /// What ptdump prints for a leaf entry of `size`: PSE only above the PTE level, PAT from
    /// bit 7 of a PTE or bit 12 of a large leaf.
    public init(leafEntry entry: PageTableEntry, size: LeafSize) {
        var attributes: PtdumpAttributes = []
        if entry.isUser { attributes.insert(.user) }
        if entry.isWritable { attributes.insert(.writable) }
        if entry.writeThrough { attributes.insert(.writeThrough) }
        if entry.cacheDisabled { attributes.insert(.cacheDisabled) }
        if size != .size4K && entry.pageSizeBit { attributes.insert(.largePage) }
        if entry.pat(for: size) { attributes.insert(.pat) }
        if entry.isGlobal { attributes.insert(.global) }
        if entry.noExecute { attributes.insert(.noExecute) }
        self = attributes
    }

    /// The words in ptdump's order, without its column padding: "USR RW PSE GLB NX".
    public var description: String {
        var words: [String] = []
        if contains(.user) { words.append("USR") }
        words.append(contains(.writable) ? "RW" : "ro")
        if contains(.writeThrough) { words.append("PWT") }
        if contains(.cacheDisabled) { words.append("PCD") }
        if contains(.largePage) { words.append("PSE") }
        if contains(.pat) { words.append("PAT") }
        if contains(.global) { words.append("GLB") }
        words.append(contains(.noExecute) ? "NX" : "x")
        return words.joined(separator: " ")
    }
}
