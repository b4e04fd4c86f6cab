/// Labels for the physical memory behind imported user tables, read off the VAs that reach it.
///
/// A frame's label cannot come from the kernel table: its direct map covers all RAM, user pages
/// included. What a policy states is which VAs a user table may present, so:
/// - a byte reached through an allowed kernel-half VA is public (the policy lets user mode see
///   it; another alias of the same byte exposes nothing more);
/// - else a byte reached through the user half of a space is owned by that space's principal;
/// - else (reached only through kernel-half VAs outside every allowed region) it gets the
///   policy's `otherwise` label, secret unless stated.
/// Bytes no user table reaches keep the memory default. Labels are per byte, so a page half
/// inside an allowed region is half public.
enum PolicyLabels {
    struct Piece: Hashable {
        let start: UInt64
        let end: UInt64
        let label: PieceLabel
    }

    enum PieceLabel: Hashable, Comparable {
        case otherwise
        case owned(String)
        case allowed
    }

    /// The labelled pieces of PA space one run of a policy's space covers.
    static func pieces(of run: ConcreteRun, policy: KernelPolicy, owner: String, into pieces: inout Set<Piece>) {
        let delta = run.physicalAddress &- run.virtualAddress
        // "otherwise public" ranks with the allowed regions: both mean user mode may see it.
        var outside = PieceLabel.otherwise
        if case .public = policy.otherwise { outside = .allowed }
        func add(_ start: UInt64, _ end: UInt64, _ label: PieceLabel) {
            guard start < end else { return }
            pieces.insert(Piece(start: start &+ delta, end: end &+ delta, label: label))
        }
        if run.virtualEnd <= AddressHalf.userEnd {
            add(run.virtualAddress, run.virtualEnd, .owned(owner))
            return
        }
        var cursor = run.virtualAddress
        for region in policy.allowed where region.end > cursor && region.start < run.virtualEnd {
            add(cursor, max(cursor, region.start), outside)
            let end = min(region.end, run.virtualEnd)
            add(max(cursor, region.start), end, .allowed)
            cursor = max(cursor, end)
        }
        add(cursor, run.virtualEnd, outside)
    }

    /// One label per maximal PA interval: allowed beats owned beats otherwise; two different
    /// owners of one byte (shared user memory) leave it to the `otherwise` label, the cautious
    /// reading. Adjacent intervals with one label merge.
    static func resolve(_ pieces: Set<Piece>) -> [Piece] {
        var boundaries = Set<UInt64>()
        for piece in pieces {
            boundaries.insert(piece.start)
            boundaries.insert(piece.end)
        }
        let points = boundaries.sorted()
        let byStart = pieces.sorted { $0.start < $1.start }
        var active: [Piece] = []
        var next = 0
        var resolved: [Piece] = []
        for (position, point) in points.enumerated() where position + 1 < points.count {
            let end = points[position + 1]
            active.removeAll { $0.end <= point }
            while next < byStart.count, byStart[next].start <= point {
                if byStart[next].end > point { active.append(byStart[next]) }
                next += 1
            }
            guard !active.isEmpty else { continue }
            let labels = Set(active.map(\.label))
            var label = labels.max()!
            if case .owned = label, labels.filter({ if case .owned = $0 { true } else { false } }).count > 1 {
                label = .otherwise
            }
            if let last = resolved.last, last.end == point, last.label == label {
                resolved[resolved.count - 1] = Piece(start: last.start, end: end, label: label)
            } else {
                resolved.append(Piece(start: point, end: end, label: label))
            }
        }
        return resolved
    }
}
