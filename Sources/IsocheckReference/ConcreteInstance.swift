import IsocheckModel

/// The layout under one parameter valuation, checked by enumeration.
struct ConcreteInstance {
    let model: SystemModel
    let parameters: [String: UInt64]
    var violations: [PropertyID: [ReferenceViolation]] = [:]

    init(model: SystemModel, parameters: [String: UInt64]) {
        self.model = model
        self.parameters = parameters
    }

    /// Who looks at a byte: a principal's user space, user mode at large, or everyone.
    enum Viewer {
        case principal(name: String, indices: [UInt64])
        case anyUser
        case everyone
    }

    /// One member of a frame family (or a plain frame), with its bytes' labels.
    struct Member {
        let frame: Frame
        let start: UInt64
        let size: UInt64
        let environment: Environment
    }

    func value(_ expr: ValueExpr, _ environment: Environment) throws -> UInt64 {
        guard let value = try expr.evaluate(in: environment).value else { throw ReferenceEvaluator.TooLarge(description: "not a value: \(expr)") }
        return value
    }

    var base: Environment { Environment(parameters: parameters) }

    mutating func report(_ property: PropertyID, space: String?, address: UInt64?, _ detail: String) {
        guard (violations[property]?.count ?? 0) < ReferenceEvaluator.violationsKept else { return }
        violations[property, default: []].append(ReferenceViolation(
            property: property, parameters: parameters, space: space, virtualAddress: address, detail: detail))
    }

    /// Every assignment of `binders` (later counts may use earlier indices), extending `outer`.
    func assignments(_ binders: [Binder], in outer: Environment) throws -> [Environment] {
        var result = [outer]
        for binder in binders {
            result = try result.flatMap { environment -> [Environment] in
                let count = try value(binder.count, environment)
                guard count <= UInt64(ReferenceEvaluator.maximumPagesPerMapping) else {
                    throw ReferenceEvaluator.TooLarge(description: "family of \(count) members")
                }
                return (0..<count).map { index in
                    var next = environment
                    next.indices[binder.variable] = index
                    return next
                }
            }
        }
        return result
    }

    // MARK: frames

    func members() throws -> [Member] {
        var members: [Member] = []
        for frame in model.frames {
            let size = try value(frame.size, base)
            for environment in try assignments(frame.binder.map { [$0] } ?? [], in: base) {
                let index = frame.binder.flatMap { environment.indices[$0.variable] } ?? 0
                let start = try value(frame.base, environment) &+ index &* (try value(frame.stride, environment))
                members.append(Member(frame: frame, start: start, size: size, environment: environment))
            }
        }
        return members
    }

    // MARK: the properties

    mutating func checkAll() throws {
        let members = try members()
        try checkFamilies()
        let checkTLB = model.cpu.pge && !model.userSpaces.isEmpty
        for space in model.spaces {
            for spaceEnvironment in try assignments(space.binders, in: base) {
                let spaceName = describe(space, spaceEnvironment)
                let owner: Viewer? = try space.principal.map { principal in
                    .principal(name: principal.name, indices: try principal.indices.map { try value($0, spaceEnvironment) })
                }
                for mapping in space.mappings {
                    for environment in try assignments(mapping.binders, in: spaceEnvironment) {
                        var viewers: [(PropertyID, Viewer)] = []
                        if let owner { viewers.append((.noSecretInUser, owner)) }
                        if mapping.flags.contains(.user) { viewers.append((.noUserAccessToKernel, .anyUser)) }
                        if checkTLB, mapping.flags.contains(.global) { viewers.append((.noStaleKernelTLB, .everyone)) }
                        try check(mapping, environment: environment, space: spaceName, viewers: viewers, members: members)
                    }
                }
            }
        }
    }

    /// A frame family's stride must be at least its member size (members do not overlap) and
    /// nonzero, and the family must not run past 2^64.
    mutating func checkFamilies() throws {
        for frame in model.frames {
            guard let binder = frame.binder else { continue }
            let count = try value(binder.count, base)
            let stride = try value(frame.stride, base)
            let size = try value(frame.size, base)
            let start = try value(frame.base, base)
            guard count >= 1 else { continue }
            let (span, spanOverflow) = count.multipliedReportingOverflow(by: stride)
            let (_, endOverflow) = start.addingReportingOverflow(span)
            if stride < size { report(.wellFormedLayout, space: nil, address: nil, "family \(frame.name) has a stride below its member size") }
            if stride == 0 { report(.wellFormedLayout, space: nil, address: nil, "family \(frame.name) has stride 0") }
            if spanOverflow || endOverflow { report(.wellFormedLayout, space: nil, address: nil, "family \(frame.name) wraps") }
        }
    }

    mutating func check(_ mapping: Mapping, environment: Environment, space: String, viewers: [(PropertyID, Viewer)], members: [Member]) throws {
        let virtualBase = try value(mapping.virtualBase, environment)
        let size = try value(mapping.size, environment)
        guard size > 0 else { return }
        let pageSize = mapping.pageSize.bytes
        let (physicalBase, frameIndexOutOfRange) = try physical(mapping, environment)
        // The leaf pages the VA range touches, in order; a range that wraps is cut at 2^64.
        let lastByte = virtualBase.addingReportingOverflow(size - 1)
        let end = lastByte.overflow ? UInt64.max : lastByte.partialValue
        let firstPage = virtualBase & ~(pageSize - 1)
        let pageCount = (end & ~(pageSize - 1)) / pageSize - firstPage / pageSize + 1
        guard pageCount <= UInt64(ReferenceEvaluator.maximumPagesPerMapping) else {
            throw ReferenceEvaluator.TooLarge(description: "mapping of \(pageCount) pages")
        }
        var anyPresent = false
        for page in 0..<pageCount {
            let pageStart = firstPage &+ page &* pageSize
            guard try present(pageStart, pageSize: pageSize, mapping: mapping, environment: environment) else { continue }
            anyPresent = true
            // The bytes of the mapping on this page, as offsets into the mapping.
            let low = max(pageStart, virtualBase) &- virtualBase
            let high = min(pageStart &+ (pageSize - 1), end) &- virtualBase
            for (property, viewer) in viewers {
                if let bad = try firstForbidden(from: physicalBase &+ low, through: physicalBase &+ high, viewer: viewer, members: members) {
                    let address = virtualBase &+ low &+ (bad.address &- (physicalBase &+ low))
                    report(property, space: space, address: address, bad.why)
                }
            }
        }
        guard anyPresent else { return }
        let mask = pageSize - 1
        var problems: [String] = []
        if virtualBase & mask != 0 { problems.append("VA not aligned") }
        if size & mask != 0 { problems.append("size not a multiple of the page size") }
        if physicalBase & mask != 0 { problems.append("PA not aligned") }
        if lastByte.overflow { problems.append("VA range wraps") }
        if !lastByte.overflow, !canonical(virtualBase, lastByte.partialValue) { problems.append("not canonical") }
        if frameIndexOutOfRange { problems.append("family index out of range") }
        if !problems.isEmpty { report(.wellFormedLayout, space: space, address: virtualBase, problems.joined(separator: "; ")) }
    }

    func canonical(_ first: UInt64, _ last: UInt64) -> Bool {
        let lowHalf: ClosedRange<UInt64> = 0...0x0000_7fff_ffff_ffff
        let highHalf: ClosedRange<UInt64> = 0xffff_8000_0000_0000...UInt64.max
        return (lowHalf.contains(first) && lowHalf.contains(last)) || (highHalf.contains(first) && highHalf.contains(last))
    }

    func physical(_ mapping: Mapping, _ environment: Environment) throws -> (UInt64, Bool) {
        switch mapping.target {
        case .physical(let address):
            return (try value(address, environment), false)
        case .frame(let name, let index, let offset):
            guard let frame = model.frame(named: name) else { throw ReferenceEvaluator.TooLarge(description: "no frame \(name)") }
            var start = try value(frame.base, environment)
            var outOfRange = false
            if let index {
                let member = try value(index, environment)
                start = start &+ member &* (try value(frame.stride, environment))
                if let binder = frame.binder { outOfRange = member >= (try value(binder.count, environment)) }
            }
            return (start &+ (try value(offset, environment)), outOfRange)
        }
    }

    /// A leaf page of a derived mapping is present when, at every `from ... only`, it shares a
    /// byte with some allowed region member.
    func present(_ pageStart: UInt64, pageSize: UInt64, mapping: Mapping, environment: Environment) throws -> Bool {
        for restriction in mapping.restrictions {
            var kept = false
            search: for allowed in restriction.regions {
                var choices: [Environment]
                if let indices = allowed.indices {
                    var chosen = base
                    var inRange = true
                    for (binder, index) in zip(allowed.region.binders, indices) {
                        let member = try value(index, environment)
                        let count = try value(binder.count, base)
                        inRange = inRange && member < count
                        chosen.indices[binder.variable] = member
                    }
                    choices = inRange ? [chosen] : []
                } else {
                    choices = try assignments(allowed.region.binders, in: base)
                }
                for choice in choices {
                    let start = try value(allowed.region.start, choice)
                    let size = try value(allowed.region.size, choice)
                    if intersects(pageStart, pageSize, start, size) { kept = true; break search }
                }
            }
            if !kept { return false }
        }
        return true
    }

    /// Whether [a, a+n) and [b, b+m) share a byte, as sets of addresses (cut at 2^64).
    func intersects(_ a: UInt64, _ n: UInt64, _ b: UInt64, _ m: UInt64) -> Bool {
        guard n > 0, m > 0 else { return false }
        let aLast = a.addingReportingOverflow(n - 1).overflow ? UInt64.max : a + (n - 1)
        let bLast = b.addingReportingOverflow(m - 1).overflow ? UInt64.max : b + (m - 1)
        return a <= bLast && b <= aLast
    }

    // MARK: labels

    /// The first byte in [first, last] (physical, not wrapping) the viewer may not see. The
    /// labels are constant between frame, member and segment boundaries, so one byte per piece
    /// decides the piece.
    func firstForbidden(from first: UInt64, through last: UInt64, viewer: Viewer, members: [Member]) throws -> (address: UInt64, why: String)? {
        guard first <= last else {
            // The physical range wraps: split it at 2^64.
            return try firstForbidden(from: first, through: .max, viewer: viewer, members: members)
                ?? firstForbidden(from: 0, through: last, viewer: viewer, members: members)
        }
        var cuts: Set<UInt64> = [first]
        for member in members {
            var edges = [member.start, member.start &+ member.size]
            for segment in member.frame.segments {
                edges.append(member.start &+ (try value(segment.start, member.environment)))
                edges.append(member.start &+ (try value(segment.end, member.environment)))
            }
            for edge in edges where edge > first && edge <= last { cuts.insert(edge) }
        }
        for cut in cuts.sorted() {
            if let why = try forbidden(at: cut, viewer: viewer, members: members) { return (cut, why) }
        }
        return nil
    }

    /// Why the viewer may not see the byte at `address`, or nil if it may.
    func forbidden(at address: UInt64, viewer: Viewer, members: [Member]) throws -> String? {
        var covered = false
        for member in members where address >= member.start && address - member.start < member.size {
            covered = true
            let offset = address - member.start
            var label = member.frame.label ?? .secret
            var ownerEnvironment = member.environment
            for segment in member.frame.segments {
                let start = try value(segment.start, member.environment)
                let end = try value(segment.end, member.environment)
                if offset >= start && offset < end { label = segment.label }
            }
            ownerEnvironment.parameters = parameters
            if try !allowed(label, viewer: viewer, in: ownerEnvironment) {
                return "0x\(String(address, radix: 16)) is in \(member.frame.name) labelled \(label)"
            }
        }
        if !covered, try !allowed(model.defaultLabel, viewer: viewer, in: base) {
            return "0x\(String(address, radix: 16)) is outside every frame, default \(model.defaultLabel)"
        }
        return nil
    }

    func allowed(_ label: Label, viewer: Viewer, in environment: Environment) throws -> Bool {
        switch (label, viewer) {
        case (.public, _): return true
        case (.secret, _): return false
        case (.owned, .anyUser): return true
        case (.owned, .everyone): return false
        case (.owned(let owner), .principal(let name, let indices)):
            guard owner.name == name, owner.indices.count == indices.count else { return false }
            return try zip(owner.indices, indices).allSatisfy { try value($0.0, environment) == $0.1 }
        }
    }

    func describe(_ space: AddressSpace, _ environment: Environment) -> String {
        let indices = space.binders.compactMap { binder in environment.indices[binder.variable].map { "\(binder.variable.name)=\($0)" } }
        return indices.isEmpty ? space.name : "\(space.name)[\(indices.joined(separator: ", "))]"
    }
}
