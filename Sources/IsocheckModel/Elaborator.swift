import IsocheckDiagnostics
import IsocheckImport
import IsocheckSyntax

/// Turns a parsed file into a `SystemModel`: resolves names (declare before use), checks types
/// and arities, evaluates what must be constant, flattens derived spaces. Every problem becomes
/// a diagnostic at the exact place; a model is returned only when there are no errors.
public struct Elaborator {
    var model: SystemModel
    var scope = Scope()
    var diagnostics: [Diagnostic] = []
    /// Top-level declarations by name, for duplicate and used-before-declared checks.
    var declared: [String: SourceRange] = [:]
    var allTopLevelNames: [String: SourceRange] = [:]
    var nextIndexID = 0
    /// Next automatic physical placement; far above RAM in the captures, 1 GiB apart, so an
    /// overrun of an automatically placed frame lands in undeclared (default-labelled) memory.
    var nextAutomaticBase: UInt64 = 1 << 44
    /// Per-CPU field declarations, resolved once the cpu block's scope is known.
    var pendingFields: [(field: PerCPUDecl.Field, base: Expr?)] = []
    /// Inside an `assert`, `%rax` and `%cr3` name the machine's registers.
    var allowRegisters = false
    /// Where `symbols` was declared (one per spec).
    var symbolsRange: SourceRange?
    /// The `symbols` map when lifted code needed it before `symbols` was elaborated.
    var loadedSymbolMap: SymbolMap?
    /// Calls and jumps out of imported machine code, checked against the declared hand-offs.
    var liftedHandoffs: [(LiftedCode.Handoff, SourceRange)] = []
    /// `%gs:OFFSET` operands of imported machine code, bound to per-CPU fields at the end.
    var liftedPerCPU: [UInt64: (name: String, range: SourceRange)] = [:]
    /// Gates a `vectors import` brought in, added where the cpu block is elaborated.
    var importedGates: [InterruptGate] = []
    /// Listings of lifted code, which diagnostics and traces point into.
    var liftedSources: [SourceFile] = []
    /// The runs of each imported space, for the policy's labels.
    var importedFamilies: [String: [ImportedLayout.Family]] = [:]
    var policies: [KernelPolicy] = []

    public static func elaborate(_ file: SpecFile) -> (SystemModel?, [Diagnostic]) {
        var elaborator = Elaborator(model: SystemModel(source: file.source))
        elaborator.run(file)
        let hasErrors = elaborator.diagnostics.contains { $0.severity == .error }
        return (hasErrors ? nil : elaborator.model, elaborator.diagnostics)
    }

    /// Parses and elaborates in one step.
    public static func load(_ source: SourceFile) -> (SystemModel?, [Diagnostic]) {
        let (file, parseDiagnostics) = Parser.parse(source)
        if parseDiagnostics.contains(where: { $0.severity == .error }) { return (nil, parseDiagnostics) }
        let (model, elaborationDiagnostics) = elaborate(file)
        return (model, parseDiagnostics + elaborationDiagnostics)
    }

    mutating func error(_ message: Diagnostic.Message, at range: SourceRange, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(message, at: range.start, notes: notes))
    }

    mutating func run(_ file: SpecFile) {
        for declaration in file.declarations {
            if let name = Self.declaredName(declaration), allTopLevelNames[name.name] == nil {
                allTopLevelNames[name.name] = name.range
            }
        }
        for declaration in file.declarations {
            switch declaration {
            case .memoryDefault(let decl): elaborateMemoryDefault(decl)
            case .perCPU(let decl): collectPerCPUFields(decl)
            default: break
            }
        }
        liftImportedCode(file.declarations)
        collectLabels(file.declarations)
        checkLiftedHandoffs()
        for declaration in file.declarations { elaborate(declaration) }
        if let depth = model.eventDepth, model.program.isEmpty {
            diagnostics.append(.warning(.eventDepthWithoutCode, at: depth.range.start))
        }
        if !pendingFields.isEmpty { resolvePerCPUFields() }
        bindLiftedPerCPUFields()
        model.listings = liftedSources
        applyPolicies()
    }

    static func declaredName(_ declaration: Declaration) -> Identifier? {
        switch declaration {
        case .constant(let d): d.name
        case .parameter(let d): d.name
        case .principal(let d): d.name
        case .frame(let d): d.name
        case .region(let d): d.name
        case .space(let d): d.name
        case .code(let d): d.name
        case .codeImport(let d): d.name
        case .stack(let d): d.name
        case .policy(let d): d.name
        case .symbols: nil
        case .assumption, .memoryDefault, .cpu, .waiver, .eventDepth, .perCPU, .handoff: nil
        }
    }

    mutating func declare(_ name: Identifier) -> Bool {
        if let previous = declared[name.name] {
            error(.duplicateName(name.name), at: name.range, notes: [.init("first declared here", at: previous.start)])
            return false
        }
        declared[name.name] = name.range
        return true
    }

    mutating func elaborate(_ declaration: Declaration) {
        switch declaration {
        case .constant(let decl):
            guard declare(decl.name), let value = resolveValue(decl.value) else { return }
            scope.define(decl.name.name, .constant(value))
        case .parameter(let decl): elaborateParameter(decl)
        case .assumption(let decl):
            if let condition = resolveCondition(decl.condition) {
                model.assumptions.append(Assumption(condition: condition, range: decl.range))
            }
        case .principal(let decl):
            guard declare(decl.name) else { return }
            _ = withBinders(decl.binders) { _, _ in () }
            model.principals.append(Principal(name: decl.name.name, arity: decl.binders.count, range: decl.range))
        case .memoryDefault: break
        case .frame(let decl): elaborateFrame(decl)
        case .region(let decl): elaborateRegion(decl)
        case .space(let decl): elaborateSpace(decl)
        case .cpu(let decl): elaborateCPU(decl)
        case .waiver(let decl): elaborateWaiver(decl)
        case .eventDepth(let decl): elaborateEventDepth(decl)
        case .code(let decl): if declare(decl.name) { elaborateCode(decl) }
        case .codeImport(let decl): _ = declare(decl.name)
        case .stack(let decl): elaborateStack(decl)
        case .symbols(let decl): elaborateSymbols(decl)
        case .policy(let decl): elaboratePolicy(decl)
        case .perCPU: break
        case .handoff(let decl): if let result = decl.result { elaborateHandoffResult(decl, result) }
        }
    }

    mutating func elaborateParameter(_ decl: ParameterDecl) {
        guard declare(decl.name) else { return }
        scope.define(decl.name.name, .parameter)
        model.parameters.append(Parameter(name: decl.name.name, width: decl.width, range: decl.range))
        if decl.width < 64 {
            let bound = ValueExpr.binary(.less, .parameter(decl.name.name), .literal(1 << UInt64(decl.width)))
            model.assumptions.append(Assumption(condition: bound, range: decl.range))
        }
        if let constraint = decl.constraint, let condition = resolveCondition(constraint) {
            model.assumptions.append(Assumption(condition: condition, range: constraint.range))
        }
    }

    var memoryDefaultSeen = false

    mutating func elaborateMemoryDefault(_ decl: MemoryDefaultDecl) {
        if memoryDefaultSeen {
            error(.duplicateMemoryDefault, at: decl.range)
            return
        }
        memoryDefaultSeen = true
        if case .public = decl.label { model.defaultLabel = .public }
    }

    mutating func elaborateCPU(_ decl: CPUDecl) {
        if model.cpu.range != nil {
            error(.duplicateCPU, at: decl.range)
            return
        }
        var cpu = CPUConfiguration()
        cpu.pge = false
        cpu.range = decl.range
        for flag in decl.cr4Flags {
            switch flag.name {
            case "pge": cpu.pge = true
            case "pcide": cpu.pcide = true
            case "smep": cpu.smep = true
            case "smap": cpu.smap = true
            default: error(.unknownCR4Bit(flag.name), at: flag.range)
            }
        }
        model.cpu = cpu
        guard decl.binders.count <= 1 else {
            error(.cpuOneIndex, at: decl.binders[1].name.range)
            return
        }
        _ = withBinders(decl.binders) { elaborator, binders in
            elaborator.model.entry.cpu = binders.first
            elaborator.elaborateEntryItems(decl.items)
        }
    }

    mutating func elaborateEventDepth(_ decl: EventDepthDecl) {
        if let first = model.eventDepth {
            error(.duplicateEventDepth, at: decl.range, notes: [.init("first given here", at: first.range.start)])
            return
        }
        guard decl.depth <= 8 else {
            error(.eventDepthOutOfRange(decl.depth), at: decl.depthRange)
            return
        }
        model.eventDepth = DeclaredEventDepth(depth: Int(decl.depth), reason: decl.reason, range: decl.range)
    }

    mutating func elaborateWaiver(_ decl: WaiverDecl) {
        guard let property = PropertyID(rawValue: decl.property.name) else {
            error(.unknownProperty(decl.property.name), at: decl.property.range)
            return
        }
        guard property.isWaivable else {
            error(.notWaivable(property.rawValue), at: decl.property.range)
            return
        }
        if let space = decl.space, !model.spaces.contains(where: { $0.name == space.name }) {
            reportUnknown(space, kind: "space")
            return
        }
        if !property.isChecked {
            diagnostics.append(.warning(.propertyNotChecked(property.rawValue), at: decl.property.range.start))
        }
        model.waivers.append(Waiver(property: property, space: decl.space?.name, reason: decl.reason, range: decl.range))
    }

    // MARK: binders

    mutating func freshIndex(_ name: String) -> IndexVariable {
        nextIndexID += 1
        return IndexVariable(id: nextIndexID, name: name)
    }

    /// Resolves binder counts in the current scope, then runs `body` with the indices in scope.
    mutating func withBinders<T>(_ binders: [IndexBinder], _ body: (inout Elaborator, [Binder]) -> T) -> T? {
        var resolved: [Binder] = []
        var ok = true
        for binder in binders {
            if let count = resolveValue(binder.count) {
                resolved.append(Binder(variable: freshIndex(binder.name.name), count: count))
            } else {
                ok = false
            }
        }
        guard ok else { return nil }
        scope.push()
        for (syntax, binder) in zip(binders, resolved) { scope.define(syntax.name.name, .index(binder.variable)) }
        let result = body(&self, resolved)
        scope.pop()
        return result
    }
}
