import IsocheckDiagnostics

/// A `policy` after elaboration: the kernel-half VA intervals its user spaces may map, and the
/// label of every other kernel-half VA. `PolicyLabels` turns it into frames.
public struct KernelPolicy: Sendable {
    public let name: String
    /// The user spaces (all imported) whose tables the policy reads.
    public let spaces: [String]
    /// Sorted by start, possibly overlapping.
    public let allowed: [AllowedRegion]
    public let otherwise: Label
    public let range: SourceRange
}

/// One allowed VA interval [start, end), with the `allow` line it came from.
public struct AllowedRegion: Sendable {
    public let start: UInt64
    public let end: UInt64
    public let range: SourceRange
}

/// The canonical halves of a 48-bit address space.
enum AddressHalf {
    static let userEnd: UInt64 = 0x0000_8000_0000_0000
    static let kernelStart: UInt64 = 0xffff_8000_0000_0000
}
