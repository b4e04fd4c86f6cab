import IsocheckDiagnostics
import IsocheckModel

/// Re-evaluates a solver witness concretely, with the model's own evaluator, and says what went
/// wrong. If the concrete replay shows no violation the solver and the encoding disagree, and
/// the outcome is reported as unknown rather than trusted either way.
struct LayoutExplainer {
    let model: SystemModel
    let environment: Environment

    struct NotReproduced: Error { let detail: String }

    func value(_ expr: ValueExpr) throws -> UInt64 {
        guard let value = try expr.evaluate(in: environment).value else { throw NotReproduced(detail: "ill-typed value") }
        return value
    }

    func condition(_ expr: ValueExpr) throws -> Bool {
        guard let value = try expr.evaluate(in: environment).condition else { throw NotReproduced(detail: "ill-typed condition") }
        return value
    }

    func parameters() -> [NamedValue] {
        model.parameters.compactMap { parameter in
            environment.parameters[parameter.name].map { NamedValue(name: parameter.name, value: $0) }
        }
    }

    func describe(_ space: AddressSpace) throws -> String {
        guard !space.binders.isEmpty else { return space.name }
        let values = try space.binders.map { "\($0.variable.name)=\(try value(.index($0.variable)))" }
        return "\(space.name)[\(values.joined(separator: ", "))]"
    }

    func describe(_ principal: PrincipalReference, frameIndex: (IndexVariable, UInt64)? = nil) throws -> String {
        guard !principal.indices.isEmpty else { return principal.name }
        var env = environment
        if let (variable, index) = frameIndex { env.indices[variable] = index }
        let values = try principal.indices.map { expr -> String in
            guard let v = try expr.evaluate(in: env).value else { throw NotReproduced(detail: "ill-typed index") }
            return String(v)
        }
        return "\(principal.name)[\(values.joined(separator: ", "))]"
    }

    /// Every frame member holding `physical`, with its offset and label there; the default
    /// label when no frame holds it. Exact even for a family whose stride is below its member
    /// size: the member with the largest index not past the address is the only candidate.
    func locate(_ physical: UInt64) throws -> [(hit: FrameHit, label: Label, frameIndex: (IndexVariable, UInt64)?)] {
        var hits: [(hit: FrameHit, label: Label, frameIndex: (IndexVariable, UInt64)?)] = []
        for frame in model.frames {
            let base = try value(frame.base)
            let size = try value(frame.size)
            let distance = physical &- base
            var offset = distance
            var frameIndex: (IndexVariable, UInt64)?
            var name = frame.name
            if let binder = frame.binder {
                let stride = try value(frame.stride)
                let count = try value(binder.count)
                guard stride > 0, count > 0 else { continue }
                let index = min(distance / stride, count - 1)
                offset = distance &- index &* stride
                frameIndex = (binder.variable, index)
                name = "\(frame.name)[\(index)]"
            }
            guard offset < size else { continue }
            var env = environment
            if let (variable, index) = frameIndex { env.indices[variable] = index }
            env.indices[LayoutEncoder.offsetVariable] = offset
            let local = LayoutExplainer(model: model, environment: env)
            let labelCase = try frame.labelCases(offset: .index(LayoutEncoder.offsetVariable)).reversed()
                .first { try local.condition($0.condition) }
            if let labelCase {
                let labelText = try labelDescription(labelCase.label, frameIndex: frameIndex)
                hits.append((FrameHit(frame: name, offset: offset, label: labelText, labelLocation: labelCase.range.start),
                             labelCase.label, frameIndex))
            } else {
                hits.append((FrameHit(frame: name, offset: offset, label: "unlabelled (no segment covers this byte)", labelLocation: frame.range.start),
                             .secret, frameIndex))
            }
        }
        if hits.isEmpty {
            hits.append((FrameHit(frame: nil, offset: physical, label: "\(model.defaultLabel) (memory outside every declared frame)", labelLocation: nil),
                         model.defaultLabel, nil))
        }
        return hits
    }

    func labelDescription(_ label: Label, frameIndex: (IndexVariable, UInt64)?) throws -> String {
        switch label {
        case .secret, .public: return label.description
        case .owned(let owner): return "owned by \(try describe(owner, frameIndex: frameIndex))"
        }
    }

    /// Whether `viewer` may see a byte with `label`.
    func allows(_ viewer: Viewer, _ label: Label, frameIndex: (IndexVariable, UInt64)?) throws -> Bool {
        switch (label, viewer) {
        case (.public, _): return true
        case (.secret, _): return false
        case (.owned, .anyUser): return true
        case (.owned, .everyone): return false
        case (.owned(let owner), .principal(let principal)):
            return try describe(owner, frameIndex: frameIndex) == describe(principal)
        }
    }

    func physicalBase(_ mapping: Mapping) throws -> UInt64 {
        switch mapping.target {
        case .physical(let address): return try value(address)
        case .frame(let name, let index, let offset):
            guard let frame = model.frame(named: name) else { throw NotReproduced(detail: "unknown frame") }
            var base = try value(frame.base)
            if let index { base = base &+ (try value(index)) &* (try value(frame.stride)) }
            return base &+ (try value(offset))
        }
    }

    func labels(_ obligation: Obligation, space: AddressSpace, mapping: Mapping, viewer: Viewer, offset: UInt64) throws -> Counterexample {
        let virtualAddress = try value(mapping.virtualBase) &+ offset
        let physical = try physicalBase(mapping) &+ offset
        // Overlapping frames: the byte is forbidden if any frame holding it forbids it.
        let hits = try locate(physical)
        guard let (hit, _, _) = try hits.first(where: { try !allows(viewer, $0.label, frameIndex: $0.frameIndex) }) else {
            let seen = hits.map { "\($0.hit.frame ?? "memory") labelled \($0.hit.label)" }.joined(separator: ", ")
            throw NotReproduced(detail: "the witness maps \(seen), which \(viewer.description) may see")
        }
        let spaceName = try describe(space)
        let who: String
        switch viewer {
        case .principal(let principal): who = "\(spaceName), the user space of \(try describe(principal)),"
        case .anyUser: who = "a user-accessible (US=1) mapping in \(spaceName)"
        case .everyone: who = "a global mapping in \(spaceName), which survives every CR3 switch,"
        }
        var reason = "\(who) maps \(hex(virtualAddress)) to \(hit.frame ?? "physical memory") \(hit.frame == nil ? hex(physical) : "+ \(hex(hit.offset))"), which is \(hit.label)"
        let virtualSymbol = model.symbolNames?.name(ofVirtual: virtualAddress)
        let physicalSymbol = model.symbolNames?.name(ofPhysical: physical)
        if model.symbolNames != nil {
            // A real table: say where in the kernel both ends are, the way a kernel developer reads a dump.
            reason += " (VA \(virtualSymbol.map { "<\($0)>" } ?? "at no symbol"), frame at PA \(hex(physical))"
                + "\(physicalSymbol.map { " <\($0)>" } ?? ""))"
        }
        var counterexample = Counterexample(
            property: obligation.property, reason: reason, location: mapping.range.start, space: spaceName,
            derivedThrough: mapping.derivedThrough.map(\.start), virtualAddress: virtualAddress, pageSize: mapping.pageSize,
            walk: WalkStep.walk(virtualAddress, pageSize: mapping.pageSize, flags: mapping.flags),
            flags: mapping.flags.hardwareDescription, physicalAddress: physical, frame: hit,
            parameters: parameters(), indices: indexValues(space: space, mapping: mapping))
        counterexample.virtualSymbol = virtualSymbol
        counterexample.physicalSymbol = physicalSymbol
        return counterexample
    }

    func indexValues(space: AddressSpace, mapping: Mapping) -> [NamedValue] {
        (space.binders + mapping.binders).compactMap { binder in
            environment.indices[binder.variable].map { NamedValue(name: binder.variable.name, value: $0) }
        }
    }

    func shape(_ obligation: Obligation, space: AddressSpace, mapping: Mapping) throws -> Counterexample {
        let virtualBase = try value(mapping.virtualBase)
        let size = try value(mapping.size)
        let physical = try physicalBase(mapping)
        let page = mapping.pageSize.bytes
        var problems: [String] = []
        if virtualBase % page != 0 { problems.append("VA \(hex(virtualBase)) is not aligned to its \(mapping.pageSize) pages") }
        if size % page != 0 { problems.append("size \(hex(size)) is not a multiple of \(mapping.pageSize)") }
        if physical % page != 0 { problems.append("physical address \(hex(physical)) is not aligned to \(mapping.pageSize)") }
        let (end, wraps) = virtualBase.addingReportingOverflow(size &- 1)
        if wraps { problems.append("the range wraps past the top of the address space") }
        if !wraps, !(Self.isCanonical(virtualBase) && Self.isCanonical(end) && (virtualBase >> 63) == (end >> 63)) {
            problems.append("the range \(hex(virtualBase)) .. \(hex(end)) is not canonical (bits 63:47 must all equal bit 47)")
        }
        if case .frame(let name, let index?, _) = mapping.target, let frame = model.frame(named: name), let binder = frame.binder {
            let chosen = try value(index)
            let count = try value(binder.count)
            if chosen >= count { problems.append("it maps \(name)[\(chosen)], but \(name) has only \(count) members") }
        }
        guard !problems.isEmpty else { throw NotReproduced(detail: "no shape problem reproduces concretely") }
        return Counterexample(
            property: obligation.property, reason: "mapping in \(try describe(space)) is malformed: " + problems.joined(separator: "; "),
            location: mapping.range.start, space: try describe(space), derivedThrough: mapping.derivedThrough.map(\.start),
            virtualAddress: virtualBase, pageSize: mapping.pageSize, walk: [], flags: mapping.flags.hardwareDescription,
            physicalAddress: physical, frame: nil, parameters: parameters(), indices: indexValues(space: space, mapping: mapping))
    }

    static func isCanonical(_ address: UInt64) -> Bool {
        let top = address >> 47
        return top == 0 || top == 0x1ffff
    }

    func family(_ obligation: Obligation, frame: Frame) throws -> Counterexample {
        guard let binder = frame.binder else { throw NotReproduced(detail: "not a family") }
        let count = try value(binder.count)
        let stride = try value(frame.stride)
        let size = try value(frame.size)
        let base = try value(frame.base)
        var problems: [String] = []
        if count >= 1, stride < size { problems.append("stride \(hex(stride)) is smaller than the member size \(hex(size))") }
        if count >= 1, stride == 0 { problems.append("stride is 0") }
        let (span, spanOverflow) = count.multipliedReportingOverflow(by: stride)
        if count >= 1, spanOverflow || base.addingReportingOverflow(span).overflow {
            problems.append("\(count) members of stride \(hex(stride)) from \(hex(base)) wrap past the top of physical memory")
        }
        guard !problems.isEmpty else { throw NotReproduced(detail: "no family problem reproduces concretely") }
        return Counterexample(
            property: obligation.property, reason: "frame family \(frame.name) (\(count) members) is malformed: " + problems.joined(separator: "; "),
            location: frame.range.start, space: nil, derivedThrough: [], virtualAddress: nil, pageSize: nil, walk: [],
            flags: nil, physicalAddress: base, frame: nil, parameters: parameters(), indices: [])
    }
}

func hex(_ value: UInt64) -> String { "0x" + String(value, radix: 16) }
