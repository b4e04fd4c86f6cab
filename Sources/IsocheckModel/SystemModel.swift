import IsocheckDiagnostics

/// Everything one spec file describes, resolved and type-checked. The parser and, later, the
/// importers produce it; the checker and the reference evaluator consume only this.
public struct SystemModel: Sendable {
    public let source: SourceFile
    public var parameters: [Parameter] = []
    public var assumptions: [Assumption] = []
    public var principals: [Principal] = []
    public var defaultLabel: Label = .secret
    public var frames: [Frame] = []
    public var regions: [Region] = []
    public var spaces: [AddressSpace] = []
    public var cpu = CPUConfiguration()
    public var entry = EntryConfiguration()
    public var program = Program()
    public var perCPUFields: [PerCPUField] = []
    public var stacks: [KernelStack] = []
    public var waivers: [Waiver] = []
    /// From `events depth`: the bound on asynchronous events per path unless the run sets one.
    public var eventDepth: DeclaredEventDepth?
    /// From `symbols`: names VAs and PAs in reports.
    public var symbolNames: SymbolNames?
    /// From `policy`: what labelled the frames behind imported user tables.
    public var policies: [KernelPolicy] = []
    /// Listings of lifted machine code (`code ... import`): instructions, diagnostics and
    /// traces point into them as they point into the spec.
    public var listings: [SourceFile] = []

    public init(source: SourceFile) { self.source = source }

    public var userSpaces: [AddressSpace] { spaces.filter(\.isUser) }

    public func frame(named name: String) -> Frame? { frames.first { $0.name == name } }
}

/// A symbolic value of `width` bits (zero-extended to 64 for arithmetic).
public struct Parameter: Sendable {
    public let name: String
    public let width: Int
    public let range: SourceRange
}

/// A constraint over parameters, from `assume` or a parameter's `where`.
public struct Assumption: Sendable {
    public let condition: ValueExpr
    public let range: SourceRange
}

public struct Principal: Sendable {
    public let name: String
    public let arity: Int
    public let range: SourceRange
}

/// A property switched off for a stated reason, for the whole spec or one space.
public struct Waiver: Sendable {
    public let property: PropertyID
    public let space: String?
    public let reason: String
    public let range: SourceRange
}

/// A spec's own event bound, with the reason its author gave for choosing it.
public struct DeclaredEventDepth: Sendable {
    public let depth: Int
    public let reason: String
    public let range: SourceRange
}

/// CR4 bits that change what the layout means.
public struct CPUConfiguration: Sendable {
    /// Global pages survive CR3 writes only when CR4.PGE is set; on by default, as every
    /// kernel that uses G sets it.
    public var pge = true
    public var pcide = false
    public var smep = false
    public var smap = false
    public var range: SourceRange?
    public init() {}
}
