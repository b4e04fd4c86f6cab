import IsocheckDiagnostics
import IsocheckImport
import IsocheckSyntax

/// `policy NAME for SPACES { allow ...; otherwise LABEL }` and the frames it labels.
extension Elaborator {
    mutating func elaboratePolicy(_ decl: PolicyDecl) {
        guard declare(decl.name) else { return }
        if let previous = policies.first {
            error(.secondPolicy, at: decl.name.range, notes: [.init("the first policy", at: previous.range.start)])
            return
        }
        var ok = true
        for space in decl.spaces {
            guard let found = model.spaces.first(where: { $0.name == space.name }) else {
                reportUnknown(space, kind: "space")
                ok = false
                continue
            }
            if !found.isUser || importedFamilies[space.name] == nil {
                error(.policyNeedsImportedUserSpace(space.name), at: space.range)
                ok = false
            }
        }
        var allowed: [AllowedRegion] = []
        for rule in decl.rules {
            guard let regions = allowedRegions(rule) else {
                ok = false
                continue
            }
            allowed += regions
        }
        var otherwise = Label.secret
        if let label = decl.otherwise, let resolved = resolveLabel(label) { otherwise = resolved }
        guard ok else { return }
        policies.append(KernelPolicy(
            name: decl.name.name, spaces: decl.spaces.map(\.name), allowed: allowed.sorted { $0.start < $1.start },
            otherwise: otherwise, range: decl.range))
    }

    /// The VA intervals of one `allow` line (one per CPU for a per-CPU symbol).
    mutating func allowedRegions(_ rule: AllowRule) -> [AllowedRegion]? {
        var intervals: [(UInt64, UInt64)] = []
        switch rule.target {
        case .range(let syntax):
            guard let (startExpr, sizeExpr) = resolveRange(syntax) else { return nil }
            guard let start = startExpr.constantValue, let size = sizeExpr.constantValue else {
                error(.notConstant("an allowed range"), at: syntax.range)
                return nil
            }
            intervals = [(start, start &+ size)]
        case .symbol(let first, let through):
            guard let symbol = lookUpSymbol(first, perCPU: false) else { return nil }
            if let through {
                guard let last = lookUpSymbol(through, perCPU: false) else { return nil }
                intervals = [(symbol.address, last.address)]
            } else {
                intervals = [(symbol.address, model.symbolNames?.map.end(of: symbol) ?? symbol.address)]
            }
        case .perCPU(let name):
            guard let symbol = lookUpSymbol(name, perCPU: true), let names = model.symbolNames else { return nil }
            guard !names.perCPUOffsets.isEmpty else {
                error(.noPerCPUOffsets, at: name.range)
                return nil
            }
            let end = names.map.end(of: symbol) ?? symbol.address
            intervals = names.perCPUOffsets.map { ($0 &+ symbol.address, $0 &+ end) }
        }
        if let roundingExpr = rule.rounding {
            guard let page = resolveConstant(roundingExpr, what: "a rounding size") else { return nil }
            guard page >= 0x1000, page & (page &- 1) == 0 else {
                error(.badRounding(page), at: roundingExpr.range)
                return nil
            }
            intervals = intervals.map { ($0.0 & ~(page &- 1), ($0.1 &+ page &- 1) & ~(page &- 1)) }
        }
        for (start, end) in intervals where start >= end {
            error(.emptyAllowedRegion(start: start, end: end), at: rule.range)
            return nil
        }
        return intervals.map { AllowedRegion(start: $0.0, end: $0.1, range: rule.range) }
    }

    mutating func lookUpSymbol(_ name: SymbolNameSyntax, perCPU: Bool) -> Symbol? {
        guard let map = model.symbolNames?.map else {
            error(.symbolsNeeded, at: name.range)
            return nil
        }
        let candidates = map.symbols(named: name.name)
        guard let symbol = candidates.first(where: \.isGlobal) ?? candidates.first else {
            error(.unknownSymbol(name.name, file: map.path), at: name.range)
            return nil
        }
        if perCPU != symbol.isAbsolute {
            error(perCPU ? .notPerCPUSymbol(name.name) : .perCPUSymbolNeedsPercpu(name.name), at: name.range)
            return nil
        }
        return symbol
    }

    /// After every declaration: the frames the policies label, and the runs that let reports
    /// name a PA by symbol.
    mutating func applyPolicies() {
        for families in importedFamilies.values.sorted(by: { $0.count < $1.count }) {
            // Families of one run name PAs; a long family is one frame many times (espfix).
            model.symbolNames?.runs += families.map(\.first)
        }
        var owners: [String: PrincipalReference] = [:]
        var pieces = Set<PolicyLabels.Piece>()
        for policy in policies {
            for spaceName in policy.spaces {
                guard let space = model.spaces.first(where: { $0.name == spaceName }), let principal = space.principal,
                    let families = importedFamilies[spaceName]
                else { continue }
                let owner = principal.name + principal.indices.map { "[\($0.constantValue.map(String.init) ?? "?")]" }.joined()
                owners[owner] = principal
                for family in families {
                    for run in family.members { PolicyLabels.pieces(of: run, policy: policy, owner: owner, into: &pieces) }
                }
            }
        }
        guard let first = policies.first else { return }
        for piece in PolicyLabels.resolve(pieces) {
            let label: Label
            switch piece.label {
            case .allowed: label = .public
            case .owned(let owner): label = owners[owner].map(Label.owned) ?? first.otherwise
            case .otherwise: label = first.otherwise
            }
            let size = piece.end &- piece.start
            model.frames.append(Frame(
                name: "\(first.name):\(hex(piece.start))", binder: nil, base: .literal(piece.start), stride: .literal(size),
                size: .literal(size), segments: [], label: label, range: first.range, placedAutomatically: false))
        }
        model.policies = policies
    }
}
