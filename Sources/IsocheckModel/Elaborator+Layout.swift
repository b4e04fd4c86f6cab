import IsocheckDiagnostics
import IsocheckSyntax

extension Elaborator {
    mutating func elaborateFrame(_ decl: FrameDecl) {
        guard declare(decl.name) else { return }
        guard decl.binders.count <= 1 else {
            error(.frameOneIndex, at: decl.binders[1].name.range)
            return
        }
        // The family's address is BASE + index * stride and its size is one for all members:
        // say so rather than calling the index unknown.
        if let binder = decl.binders.first {
            if let use = decl.size.firstUse(of: binder.name.name) {
                error(.derivedIndexNotAllowed, at: use)
                return
            }
            if let use = decl.physicalBase?.firstUse(of: binder.name.name) {
                error(.frameBaseUsesIndex, at: use)
                return
            }
        }
        guard let size = resolveValue(decl.size) else { return }
        var base: ValueExpr
        var automatic = false
        if let baseSyntax = decl.physicalBase {
            guard let resolved = resolveValue(baseSyntax) else { return }
            base = resolved
        } else {
            guard decl.binders.isEmpty else {
                error(.familyNeedsBase, at: decl.name.range)
                return
            }
            guard let constantSize = size.constantValue else {
                error(.symbolicAutoPlacement, at: decl.size.range)
                return
            }
            base = .literal(nextAutomaticBase)
            automatic = true
            let gap: UInt64 = 1 << 30
            let rounded = (constantSize &+ gap &- 1) / gap * gap
            nextAutomaticBase = nextAutomaticBase &+ rounded &+ gap
        }
        var stride = size
        if let strideSyntax = decl.stride {
            guard let resolved = resolveValue(strideSyntax) else { return }
            stride = resolved
        }
        let built: Frame?? = withBinders(decl.binders) { elaborator, binders in
            var label: Label?
            if let labelSyntax = decl.label {
                guard let resolved = elaborator.resolveLabel(labelSyntax) else { return nil }
                label = resolved
            }
            var segments: [FrameSegment] = []
            for segment in decl.segments {
                guard let (start, length) = elaborator.resolveRange(segment.bytes),
                    let segmentLabel = elaborator.resolveLabel(segment.label)
                else { return nil }
                segments.append(FrameSegment(start: start, end: start + length, label: segmentLabel, range: segment.range))
            }
            return Frame(
                name: decl.name.name, binder: binders.first, base: base, stride: stride, size: size,
                segments: segments, label: label, range: decl.range,
                placedAutomatically: automatic)
        }
        guard let frame = built ?? nil else { return }
        if frame.label == nil, frame.segments.isEmpty {
            // No label at all: the memory default applies, and saying so avoids a silent secret.
            model.frames.append(Frame(
                name: frame.name, binder: frame.binder, base: frame.base, stride: frame.stride, size: frame.size,
                segments: [], label: model.defaultLabel, range: frame.range, placedAutomatically: automatic))
            diagnostics.append(.warning(
                Diagnostic.Message(id: "elab.frame-default-label", "frame '\(frame.name)' has no label: it is \(model.defaultLabel) (the memory default)"),
                at: decl.name.range.start))
            return
        }
        model.frames.append(frame)
    }

    mutating func elaborateRegion(_ decl: RegionDecl) {
        guard declare(decl.name) else { return }
        let region: Region?? = withBinders(decl.binders) { elaborator, binders in
            guard let (start, size) = elaborator.resolveRange(decl.addresses) else { return nil }
            return Region(name: decl.name.name, binders: binders, start: start, size: size, range: decl.range)
        }
        if let region = region ?? nil { model.regions.append(region) }
    }

    mutating func elaborateSpace(_ decl: SpaceDecl) {
        guard declare(decl.name) else { return }
        let space: AddressSpace?? = withBinders(decl.binders) { elaborator, binders in
            var kind = AddressSpace.Kind.kernel
            if case .user(let reference) = decl.kind {
                let owned = LabelSyntax.owned(reference, reference.range)
                guard case .owned(let principal)? = elaborator.resolveLabel(owned) else { return nil }
                kind = .user(principal)
            }
            var root: ValueExpr?
            if let rootSyntax = decl.root {
                guard let resolved = elaborator.resolveValue(rootSyntax) else { return nil }
                root = resolved
            }
            var mappings: [Mapping] = []
            if let imported = decl.imported {
                guard let (importedMappings, walkedRoot) = elaborator.importedMappings(decl, imported) else { return nil }
                mappings = importedMappings
                root = root ?? walkedRoot.map(ValueExpr.literal)
            }
            guard elaborator.elaborateItems(decl.items, enclosing: [], into: &mappings) else { return nil }
            return AddressSpace(name: decl.name.name, binders: binders, kind: kind, root: root, mappings: mappings, range: decl.range)
        }
        if let space = space ?? nil { model.spaces.append(space) }
    }

    /// Returns false after a diagnostic.
    mutating func elaborateItems(_ items: [SpaceItem], enclosing: [Binder], into mappings: inout [Mapping]) -> Bool {
        var ok = true
        for item in items {
            switch item {
            case .mapping(let decl):
                if let mapping = elaborateMapping(decl, binders: enclosing) { mappings.append(mapping) } else { ok = false }
            case .forEach(let decl):
                let inner: Bool? = withBinders(decl.binders) { elaborator, binders in
                    elaborator.elaborateItems(decl.items, enclosing: enclosing + binders, into: &mappings)
                }
                ok = ok && (inner ?? false)
            case .derived(let decl):
                if let inherited = elaborateDerived(decl, enclosing: enclosing) { mappings += inherited } else { ok = false }
            }
        }
        return ok
    }

    mutating func elaborateMapping(_ decl: MappingDecl, binders: [Binder]) -> Mapping? {
        guard let (start, size) = resolveRange(decl.addresses) else { return nil }
        var pageSize = PageSize.size4K
        if let pageExpr = decl.pageSize {
            guard let value = resolveConstant(pageExpr, what: "a page size") else { return nil }
            guard let known = PageSize(rawValue: value) else {
                error(.badPageSize(value), at: pageExpr.range)
                return nil
            }
            pageSize = known
        }
        let target: Mapping.Target
        switch decl.target {
        case .physical(let expr):
            guard let address = resolveValue(expr) else { return nil }
            target = .physical(address)
        case .frame(let reference, let offsetExpr):
            guard let frame = model.frame(named: reference.name.name) else {
                reportUnknown(reference.name, kind: "frame")
                return nil
            }
            let expected = frame.binder == nil ? 0 : 1
            guard reference.indices.count == expected else {
                error(.arity(frame.name, expected: expected, found: reference.indices.count), at: reference.range)
                return nil
            }
            var index: ValueExpr?
            if let indexExpr = reference.indices.first {
                guard let resolved = resolveValue(indexExpr) else { return nil }
                index = resolved
            }
            var offset = ValueExpr.literal(0)
            if let offsetExpr {
                guard let resolved = resolveValue(offsetExpr) else { return nil }
                offset = resolved
            }
            target = .frame(name: frame.name, index: index, offset: offset)
        }
        var flags = MappingFlags()
        for flag in decl.flags {
            guard let known = MappingFlags.spellings.first(where: { $0.0 == flag.name }) else {
                error(.unknownFlag(flag.name), at: flag.range)
                return nil
            }
            flags.insert(known.1)
        }
        return Mapping(
            virtualBase: start, size: size, pageSize: pageSize, target: target, flags: flags, binders: binders,
            restrictions: [], range: decl.range, derivedThrough: [])
    }

    /// `from parent[args] only regions`: the parent's mappings, instantiated and renamed apart.
    mutating func elaborateDerived(_ decl: DerivedDecl, enclosing: [Binder]) -> [Mapping]? {
        guard let parent = model.spaces.first(where: { $0.name == decl.parent.name.name }) else {
            reportUnknown(decl.parent.name, kind: "space")
            return nil
        }
        guard parent.binders.count == decl.parent.indices.count else {
            error(.arity(parent.name, expected: parent.binders.count, found: decl.parent.indices.count), at: decl.parent.range)
            return nil
        }
        var substitution: [IndexVariable: ValueExpr] = [:]
        for (binder, argument) in zip(parent.binders, decl.parent.indices) {
            guard let value = resolveValue(argument) else { return nil }
            substitution[binder.variable] = value
        }
        var restriction: Restriction?
        if let regionRefs = decl.regions {
            var allowed: [Restriction.Allowed] = []
            for reference in regionRefs {
                guard let region = model.regions.first(where: { $0.name == reference.name.name }) else {
                    reportUnknown(reference.name, kind: "region")
                    return nil
                }
                if reference.indices.isEmpty {
                    allowed.append(Restriction.Allowed(region: region, indices: nil))
                    continue
                }
                guard reference.indices.count == region.binders.count else {
                    error(.arity(region.name, expected: region.binders.count, found: reference.indices.count), at: reference.range)
                    return nil
                }
                var indices: [ValueExpr] = []
                for index in reference.indices {
                    guard let value = resolveValue(index) else { return nil }
                    indices.append(value)
                }
                allowed.append(Restriction.Allowed(region: region, indices: indices))
            }
            restriction = Restriction(regions: allowed, range: decl.range)
        }
        return parent.mappings.map { mapping in
            var renaming = substitution
            var binders: [Binder] = []
            for binder in mapping.binders {
                let fresh = freshIndex(binder.variable.name)
                binders.append(Binder(variable: fresh, count: binder.count.substituting(renaming)))
                renaming[binder.variable] = .index(fresh)
            }
            let target: Mapping.Target
            switch mapping.target {
            case .frame(let name, let index, let offset):
                target = .frame(name: name, index: index?.substituting(renaming), offset: offset.substituting(renaming))
            case .physical(let address):
                target = .physical(address.substituting(renaming))
            }
            let restrictions = mapping.restrictions.map { old in
                Restriction(regions: old.regions.map { Restriction.Allowed(region: $0.region, indices: $0.indices?.map { $0.substituting(renaming) }) },
                            range: old.range)
            } + (restriction.map { [$0] } ?? [])
            return Mapping(
                virtualBase: mapping.virtualBase.substituting(renaming), size: mapping.size.substituting(renaming),
                pageSize: mapping.pageSize, target: target, flags: mapping.flags, binders: enclosing + binders,
                restrictions: restrictions, range: mapping.range, derivedThrough: mapping.derivedThrough + [decl.range])
        }
    }
}
