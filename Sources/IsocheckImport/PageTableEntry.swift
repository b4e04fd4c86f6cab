/// One 64-bit x86-64 paging-structure entry (Intel SDM vol. 3 §4.5), read as the walker needs
/// it. Which bits mean what depends on the level, so the level-dependent ones take the leaf size.
public struct PageTableEntry: RawRepresentable, Hashable, Sendable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// Bits 51:12: the next table, or a 4 KiB frame.
    public static let addressMask: UInt64 = 0x000f_ffff_ffff_f000

    public var isPresent: Bool { bit(0) }
    public var isWritable: Bool { bit(1) }
    public var isUser: Bool { bit(2) }
    public var writeThrough: Bool { bit(3) }
    public var cacheDisabled: Bool { bit(4) }
    public var accessed: Bool { bit(5) }
    public var dirty: Bool { bit(6) }
    /// PS in a PDPT or PD entry (a 1 GiB or 2 MiB leaf). Bit 7 of a PTE is PAT instead, and in
    /// a PML4 entry it is reserved.
    public var pageSizeBit: Bool { bit(7) }
    /// Only meaningful in a leaf, and only with CR4.PGE.
    public var isGlobal: Bool { bit(8) }
    public var noExecute: Bool { bit(63) }

    /// The next-level table this non-leaf entry points to.
    public var tableAddress: UInt64 { rawValue & Self.addressMask }

    /// The frame a leaf of `size` maps (its low bits are flags or reserved, not address).
    public func frameAddress(for size: LeafSize) -> UInt64 {
        rawValue & Self.addressMask & ~(size.bytes - 1)
    }

    /// PAT is bit 7 of a 4 KiB PTE and bit 12 of a large leaf.
    public func pat(for size: LeafSize) -> Bool {
        size == .size4K ? bit(7) : bit(12)
    }

    /// Every bit that is not the frame address: two leaves with equal attribute bits differ
    /// only in where they point.
    public func attributeBits(for size: LeafSize) -> UInt64 {
        rawValue & ~(Self.addressMask & ~(size.bytes - 1))
    }

    /// `P W U T C A D S a G X` with `-` for a clear bit: the `flags` column of the data's
    /// mappings-*.txt listings (S is PS of a large leaf, a is PAT).
    public func flagLetters(for size: LeafSize) -> String {
        let bits: [(Bool, Character)] = [
            (isPresent, "P"), (isWritable, "W"), (isUser, "U"), (writeThrough, "T"), (cacheDisabled, "C"),
            (accessed, "A"), (dirty, "D"), (size != .size4K && pageSizeBit, "S"), (pat(for: size), "a"),
            (isGlobal, "G"), (noExecute, "X"),
        ]
        return String(bits.map { $0.0 ? $0.1 : "-" })
    }

    private func bit(_ index: UInt64) -> Bool { rawValue >> index & 1 == 1 }
}

/// The size of a leaf page, and so the level that holds it.
public enum LeafSize: UInt64, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case size4K = 0x1000
    case size2M = 0x20_0000
    case size1G = 0x4000_0000

    public var bytes: UInt64 { rawValue }
    /// 1 = PT, 2 = PD, 3 = PDPT.
    public var level: Int {
        switch self {
        case .size4K: 1
        case .size2M: 2
        case .size1G: 3
        }
    }
    public var description: String {
        switch self {
        case .size4K: "4K"
        case .size2M: "2M"
        case .size1G: "1G"
        }
    }
}

/// A CR3 value taken apart. With CR4.PCIDE bits 11:0 are the PCID (else PWT/PCD and ignored
/// bits); bit 63 is NOFLUSH on a MOV to CR3 and never reads back set; 51:12 are the PML4.
public struct CR3Value: Hashable, Sendable {
    public let rawValue: UInt64
    public init(_ rawValue: UInt64) { self.rawValue = rawValue }

    public var tableAddress: UInt64 { rawValue & PageTableEntry.addressMask }
    public var pcid: UInt16 { UInt16(rawValue & 0xfff) }
    public var noFlush: Bool { rawValue >> 63 == 1 }
}

/// Sign-extends bit 47, the way a 4-level walk's 48-bit address becomes a canonical VA.
public func canonicalAddress(_ address: UInt64) -> UInt64 {
    address & (1 << 47) != 0 ? address | 0xffff_0000_0000_0000 : address & 0x0000_ffff_ffff_ffff
}
