/// A run of leaf pages read from a real table: contiguous VAs onto contiguous PAs, one page
/// size, one set of effective flags. Everything is a number; nothing is symbolic.
public struct ConcreteRun: Hashable, Sendable {
    public let virtualAddress: UInt64
    public let physicalAddress: UInt64
    public let byteCount: UInt64
    public let pageSize: PageSize
    public let flags: MappingFlags

    public init(virtualAddress: UInt64, physicalAddress: UInt64, byteCount: UInt64, pageSize: PageSize, flags: MappingFlags) {
        self.virtualAddress = virtualAddress
        self.physicalAddress = physicalAddress
        self.byteCount = byteCount
        self.pageSize = pageSize
        self.flags = flags
    }

    var virtualEnd: UInt64 { virtualAddress &+ byteCount }
    var physicalEnd: UInt64 { physicalAddress &+ byteCount }

    /// `next` continues this run: the same page size and flags, VAs and PAs both contiguous.
    func isContinued(by next: ConcreteRun) -> Bool {
        next.pageSize == pageSize && next.flags == flags && next.virtualAddress == virtualEnd && next.physicalAddress == physicalEnd
    }
}

/// Imported runs as few `Mapping`s as say the same thing. Contiguous runs with equal flags merge
/// (the readers split on accessed/dirty bits, which no property reads); then a long arithmetic
/// progression of equal runs (espfix64 maps one frame 65,536 times, 64 KiB apart) becomes one
/// mapping family `base + i * stride` with `i < count`, which the encoder handles in closed
/// form, instead of 65,536 obligations.
public enum ImportedLayout {
    /// Progressions shorter than this stay separate mappings: a family only pays off when long.
    static let shortestFamily = 8

    public struct Family: Sendable, Equatable {
        public let first: ConcreteRun
        public let count: UInt64
        public let virtualStride: UInt64
        /// Wrapping difference between members' PAs (0 when all map one frame).
        public let physicalStride: UInt64
    }

    /// Sorted by VA, merged and folded into families; a single run is a family of one.
    public static func compress(_ runs: [ConcreteRun]) -> [Family] {
        let merged = merge(runs.sorted { $0.virtualAddress < $1.virtualAddress })
        var families: [Family] = []
        var index = 0
        while index < merged.count {
            let first = merged[index]
            var end = index + 1
            if index + 1 < merged.count, first.sameShape(as: merged[index + 1]) {
                let virtualStride = merged[index + 1].virtualAddress &- first.virtualAddress
                let physicalStride = merged[index + 1].physicalAddress &- first.physicalAddress
                end = index + 2
                while end < merged.count, merged[end].sameShape(as: first),
                    merged[end].virtualAddress &- merged[end - 1].virtualAddress == virtualStride,
                    merged[end].physicalAddress &- merged[end - 1].physicalAddress == physicalStride
                {
                    end += 1
                }
                if end - index >= shortestFamily {
                    families.append(Family(first: first, count: UInt64(end - index), virtualStride: virtualStride, physicalStride: physicalStride))
                    index = end
                    continue
                }
            }
            families.append(Family(first: first, count: 1, virtualStride: 0, physicalStride: 0))
            index += 1
        }
        return families
    }

    static func merge(_ sorted: [ConcreteRun]) -> [ConcreteRun] {
        var merged: [ConcreteRun] = []
        for run in sorted {
            if let last = merged.last, last.isContinued(by: run) {
                merged[merged.count - 1] = ConcreteRun(
                    virtualAddress: last.virtualAddress, physicalAddress: last.physicalAddress,
                    byteCount: last.byteCount + run.byteCount, pageSize: last.pageSize, flags: last.flags)
            } else {
                merged.append(run)
            }
        }
        return merged
    }
}

extension ConcreteRun {
    func sameShape(as other: ConcreteRun) -> Bool {
        byteCount == other.byteCount && pageSize == other.pageSize && flags == other.flags
    }
}

extension ImportedLayout.Family {
    /// Every member as a run (for label derivation, which works on concrete addresses).
    public var members: [ConcreteRun] {
        (0..<count).map { index in
            ConcreteRun(
                virtualAddress: first.virtualAddress &+ index &* virtualStride,
                physicalAddress: first.physicalAddress &+ index &* physicalStride,
                byteCount: first.byteCount, pageSize: first.pageSize, flags: first.flags)
        }
    }
}
