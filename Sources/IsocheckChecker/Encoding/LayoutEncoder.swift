import IsocheckModel
import Z3Kit

/// The solver variables of one query whose values a counterexample reports.
struct QueryWitnesses {
    var indices: [(variable: IndexVariable, term: Z3Term)] = []
    /// Byte offset into the mapping, when the query is about one byte.
    var offset: Z3Term?
}

/// Builds the violation formula of each layout obligation. Every existential (which index, which
/// byte, which region member) is a free variable of a satisfiability query, and the owner of a
/// physical address is computed in closed form from the affine frame layout, so no query has a
/// quantifier and the solver decides each one.
struct LayoutEncoder {
    let model: SystemModel
    var expressions: ExpressionEncoder
    private var freshCounter = 0
    /// Nil for the naive baseline encoding: every frame in every query.
    private let frameIndex: FrameIndex?

    init(model: SystemModel, expressions: ExpressionEncoder, indexFrames: Bool = true) {
        self.model = model
        self.expressions = expressions
        frameIndex = indexFrames ? FrameIndex(frames: model.frames) : nil
    }

    var context: Z3Context { expressions.context }

    mutating func fresh(_ name: String) throws -> Z3Term {
        freshCounter += 1
        return try context.bvConst("\(name)!\(freshCounter)", width: 64)
    }

    /// Gives each binder a fresh variable and returns `index < count` for each.
    mutating func bind(_ binders: [Binder], witnesses: inout QueryWitnesses) throws -> [Z3Term] {
        var constraints: [Z3Term] = []
        for binder in binders {
            let count = try expressions.encode(binder.count)
            let term = try fresh(binder.variable.name)
            expressions.indices[binder.variable] = term
            witnesses.indices.append((binder.variable, term))
            constraints.append(try context.ult(term, count))
        }
        return constraints
    }

    mutating func query(for obligation: Obligation) throws -> (formula: Z3Term, witnesses: QueryWitnesses) {
        var witnesses = QueryWitnesses()
        switch obligation.kind {
        case .labels(let space, let mapping, let viewer):
            var parts = try bind(space.binders, witnesses: &witnesses)
            parts += try bind(mapping.binders, witnesses: &witnesses)
            let offset = try fresh("offset")
            witnesses.offset = offset
            parts.append(try context.ult(offset, expressions.encode(mapping.size)))
            let virtualAddress = try context.add(expressions.encode(mapping.virtualBase), offset)
            parts += try restrictions(mapping, virtualAddress: virtualAddress)
            let viewerTerm = try encodeViewer(viewer)
            let physical = try physicalAddress(mapping, offset: offset)
            parts.append(try violation(at: physical, viewer: viewerTerm, within: constantPhysicalRange(mapping)))
            return (try context.and(parts), witnesses)
        case .mappingShape(let space, let mapping):
            var parts = try bind(space.binders, witnesses: &witnesses)
            parts += try bind(mapping.binders, witnesses: &witnesses)
            let size = try expressions.encode(mapping.size)
            parts.append(try context.ugt(size, expressions.literal(0)))
            parts += try restrictionsAnyPage(mapping)
            parts.append(try context.or(shapeViolations(mapping)))
            return (try context.and(parts), witnesses)
        case .frameFamily(let frame):
            var parts = try bind([], witnesses: &witnesses)
            parts.append(try context.or(familyViolations(frame)))
            return (try context.and(parts), witnesses)
        }
    }

    // MARK: addresses

    mutating func physicalAddress(_ mapping: Mapping, offset: Z3Term) throws -> Z3Term {
        try context.add(physicalBase(mapping), offset)
    }

    mutating func physicalBase(_ mapping: Mapping) throws -> Z3Term {
        switch mapping.target {
        case .physical(let address):
            return try expressions.encode(address)
        case .frame(let name, let index, let offset):
            guard let frame = model.frame(named: name) else { throw EncodingError.unbound(name) }
            var base = try expressions.encode(frame.base)
            if let index {
                base = try context.add(base, context.mul(expressions.encode(index), expressions.encode(frame.stride)))
            }
            return try context.add(base, expressions.encode(offset))
        }
    }

    /// [start, end) when the mapping's physical base and size are constants (imported tables,
    /// fixed layouts): the only addresses its query is about, since offset < size.
    func constantPhysicalRange(_ mapping: Mapping) -> (start: UInt64, end: UInt64)? {
        guard let size = mapping.size.constantValue else { return nil }
        let base: UInt64?
        switch mapping.target {
        case .physical(let address):
            base = address.constantValue
        case .frame(let name, let index, let offset):
            guard let frame = model.frame(named: name), let frameBase = frame.base.constantValue,
                  let offsetValue = offset.constantValue else { return nil }
            if let index {
                guard let indexValue = index.constantValue, let stride = frame.stride.constantValue else { return nil }
                base = frameBase &+ indexValue &* stride &+ offsetValue
            } else {
                base = frameBase &+ offsetValue
            }
        }
        guard let base, !base.addingReportingOverflow(size).overflow else { return nil }
        return (base, base + size)
    }

    /// `a - b <u n || b - a <u m`: [a, a+n) and [b, b+m) overlap, without overflow traps.
    func overlaps(_ a: Z3Term, _ n: Z3Term, _ b: Z3Term, _ m: Z3Term) throws -> Z3Term {
        try context.or(context.ult(context.sub(b, a), n), context.ult(context.sub(a, b), m))
    }

    /// For a derived mapping: the leaf page holding `virtualAddress` touches an allowed region
    /// at every `from ... only` it passed through.
    mutating func restrictions(_ mapping: Mapping, virtualAddress: Z3Term) throws -> [Z3Term] {
        guard !mapping.restrictions.isEmpty else { return [] }
        let pageMask = try expressions.literal(~(mapping.pageSize.bytes - 1))
        let pageBase = try context.bvand(virtualAddress, pageMask)
        let pageSize = try expressions.literal(mapping.pageSize.bytes)
        var constraints: [Z3Term] = []
        for restriction in mapping.restrictions {
            var options: [Z3Term] = []
            for allowed in restriction.regions {
                var parts: [Z3Term] = []
                let saved = expressions.indices
                if let indices = allowed.indices {
                    for (binder, index) in zip(allowed.region.binders, indices) {
                        let value = try expressions.encode(index)
                        parts.append(try context.ult(value, expressions.encode(binder.count)))
                        expressions.indices[binder.variable] = value
                    }
                } else {
                    var ignored = QueryWitnesses()
                    parts += try bind(allowed.region.binders, witnesses: &ignored)
                }
                let start = try expressions.encode(allowed.region.start)
                let size = try expressions.encode(allowed.region.size)
                parts.append(try overlaps(pageBase, pageSize, start, size))
                expressions.indices = saved
                options.append(try context.and(parts))
            }
            constraints.append(try context.or(options))
        }
        return constraints
    }

    /// Some page of the mapping survives its restrictions (for shape checks, which concern the
    /// mapping as a whole only where it is present).
    mutating func restrictionsAnyPage(_ mapping: Mapping) throws -> [Z3Term] {
        guard !mapping.restrictions.isEmpty else { return [] }
        let offset = try fresh("page")
        let inside = try context.ult(offset, expressions.encode(mapping.size))
        let virtualAddress = try context.add(expressions.encode(mapping.virtualBase), offset)
        return [inside] + (try restrictions(mapping, virtualAddress: virtualAddress))
    }

    // MARK: labels

    /// The viewer as (principal name, encoded indices), or a marker for "any user"/"everyone".
    enum EncodedViewer {
        case principal(name: String, indices: [Z3Term])
        case anyUser
        case everyone
    }

    mutating func encodeViewer(_ viewer: Viewer) throws -> EncodedViewer {
        switch viewer {
        case .principal(let reference):
            return .principal(name: reference.name, indices: try reference.indices.map { try expressions.encode($0) })
        case .anyUser: return .anyUser
        case .everyone: return .everyone
        }
    }

    /// When `label` may be seen by `viewer` (index variables of the label already bound).
    mutating func allowed(_ label: Label, viewer: EncodedViewer) throws -> Z3Term {
        switch (label, viewer) {
        case (.public, _): return context.bool(true)
        case (.secret, _): return context.bool(false)
        case (.owned, .anyUser): return context.bool(true)
        case (.owned, .everyone): return context.bool(false)
        case (.owned(let owner), .principal(let name, let indices)):
            guard owner.name == name, owner.indices.count == indices.count else { return context.bool(false) }
            var equalities: [Z3Term] = []
            for (ownerIndex, viewerIndex) in zip(owner.indices, indices) {
                equalities.append(try context.eq(expressions.encode(ownerIndex), viewerIndex))
            }
            return try context.and(equalities)
        }
    }

    /// `pa` lies in a byte the viewer may not see: in a forbidden segment of some frame, or in
    /// no segment the viewer may see. Both halves, so overlapping frames err on the safe side.
    /// With `within`, frames that cannot own any byte of that range are left out: their
    /// membership is false there, so the formula is the same on every address the query allows.
    mutating func violation(at physical: Z3Term, viewer: EncodedViewer, within range: (start: UInt64, end: UInt64)? = nil) throws -> Z3Term {
        var allowedSomewhere: [Z3Term] = []
        var forbiddenSomewhere: [Z3Term] = []
        var outsideEveryFrame: [Z3Term] = []
        var candidates = model.frames
        if let range, let frameIndex { candidates = frameIndex.frames(overlapping: range.start, range.end).map { model.frames[$0] } }
        for frame in candidates {
            let saved = expressions.indices
            let (member, offset) = try membership(frame, physical)
            outsideEveryFrame.append(try context.not(member))
            for labelCase in frame.labelCases(offset: .index(Self.offsetVariable)) {
                expressions.indices[Self.offsetVariable] = offset
                let selects = try expressions.encode(labelCase.condition)
                let ok = try allowed(labelCase.label, viewer: viewer)
                allowedSomewhere.append(try context.and([member, selects, ok]))
                forbiddenSomewhere.append(try context.and([member, selects, context.not(ok)]))
            }
            expressions.indices = saved
        }
        let defaultAllowed = try allowed(model.defaultLabel, viewer: viewer)
        let outside = try context.and(outsideEveryFrame)
        allowedSomewhere.append(try context.and(outside, defaultAllowed))
        forbiddenSomewhere.append(try context.and(outside, context.not(defaultAllowed)))
        return try context.or(context.or(forbiddenSomewhere), context.not(context.or(allowedSomewhere)))
    }

    /// A placeholder index variable standing for "offset within the frame" in label conditions.
    static let offsetVariable = IndexVariable(id: -1, name: "offset")

    /// Whether `physical` lies in a member of `frame`, and its offset there. The member index is
    /// (pa - base) / stride, bound to the family's index variable for the label's expressions.
    mutating func membership(_ frame: Frame, _ physical: Z3Term) throws -> (member: Z3Term, offset: Z3Term) {
        let distance = try context.sub(physical, expressions.encode(frame.base))
        let size = try expressions.encode(frame.size)
        guard let binder = frame.binder else {
            return (try context.ult(distance, size), distance)
        }
        let stride = try expressions.encode(frame.stride)
        let index = try context.udiv(distance, stride)
        let offset = try context.urem(distance, stride)
        expressions.indices[binder.variable] = index
        let member = try context.and([
            context.ugt(stride, expressions.literal(0)),
            context.ult(index, expressions.encode(binder.count)),
            context.ult(offset, size),
        ])
        return (member, offset)
    }

    // MARK: well-formedness

    mutating func shapeViolations(_ mapping: Mapping) throws -> [Z3Term] {
        let mask = try expressions.literal(mapping.pageSize.bytes - 1)
        let zero = try expressions.literal(0)
        let virtualBase = try expressions.encode(mapping.virtualBase)
        let size = try expressions.encode(mapping.size)
        let physicalBase = try physicalBase(mapping)
        let last = try context.sub(size, expressions.literal(1))
        var violations = [
            try context.not(context.eq(context.bvand(virtualBase, mask), zero)),
            try context.not(context.eq(context.bvand(size, mask), zero)),
            try context.not(context.eq(context.bvand(physicalBase, mask), zero)),
            try context.not(context.bvAddNoOverflow(virtualBase, last)),
            // Canonical: bits 63:47 all equal. The range is contiguous and does not wrap, so
            // checking both ends and that it does not straddle the hole covers every byte.
            try context.not(canonicalRange(virtualBase, last)),
        ]
        if case .frame(let name, let index, _) = mapping.target, let index, let frame = model.frame(named: name),
            let binder = frame.binder
        {
            violations.append(try context.uge(expressions.encode(index), expressions.encode(binder.count)))
        }
        return violations
    }

    /// [base, base + last] lies wholly in the lower or wholly in the upper canonical half.
    func canonicalRange(_ base: Z3Term, _ last: Z3Term) throws -> Z3Term {
        let end = try context.add(base, last)
        let lowLimit = try context.bv(0x0000_8000_0000_0000, width: 64)
        let highStart = try context.bv(0xffff_8000_0000_0000, width: 64)
        let inLow = try context.and(context.ult(base, lowLimit), context.ult(end, lowLimit))
        let inHigh = try context.and(context.uge(base, highStart), context.uge(end, highStart))
        return try context.or(inLow, inHigh)
    }

    mutating func familyViolations(_ frame: Frame) throws -> [Z3Term] {
        guard let binder = frame.binder else { return [] }
        let count = try expressions.encode(binder.count)
        let stride = try expressions.encode(frame.stride)
        let size = try expressions.encode(frame.size)
        let base = try expressions.encode(frame.base)
        let one = try expressions.literal(1)
        let nonEmpty = try context.uge(count, one)
        return [
            // A stride below the member size makes members overlap, and even a lone member
            // would reach past the one stride the closed-form member index looks at.
            try context.and(nonEmpty, context.ult(stride, size)),
            try context.and(nonEmpty, context.eq(stride, expressions.literal(0))),
            // The last member must not wrap past the top of the address space.
            try context.and(nonEmpty, context.not(context.bvMulNoOverflow(count, stride))),
            try context.and(nonEmpty, context.not(context.bvAddNoOverflow(base, context.mul(count, stride)))),
        ]
    }
}
