import IsocheckDiagnostics

/// A name as written, with where it was written.
public struct Identifier: Sendable, CustomStringConvertible {
    public let name: String
    public let range: SourceRange
    public init(_ name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
    public var description: String { name }
}

/// `[i < count]`: an index ranging over 0 ..< count. Families of frames, spaces, principals and
/// mappings are declared with binders; a proof covers every index, a counterexample names one.
public struct IndexBinder: Sendable {
    public let name: Identifier
    public let count: Expr
    public init(name: Identifier, count: Expr) {
        self.name = name
        self.count = count
    }
}

/// A use of a possibly indexed name: `pcpu[i]`, `proc[p]`, `kernel`.
public struct IndexedReference: Sendable {
    public let name: Identifier
    public let indices: [Expr]
    public let range: SourceRange
    public init(name: Identifier, indices: [Expr], range: SourceRange) {
        self.name = name
        self.indices = indices
        self.range = range
    }
}

/// `start .. end` (exclusive) or `start .. +size`.
public struct RangeSyntax: Sendable {
    public enum End: Sendable {
        case exclusive(Expr)
        case size(Expr)
    }
    public let start: Expr
    public let end: End
    public let range: SourceRange
    public init(start: Expr, end: End, range: SourceRange) {
        self.start = start
        self.end = end
        self.range = range
    }
}

/// Who may see a frame: `secret`, `public`, or `owned by proc[p]`.
public enum LabelSyntax: Sendable {
    case secret(SourceRange)
    case `public`(SourceRange)
    case owned(IndexedReference, SourceRange)

    public var range: SourceRange {
        switch self {
        case .secret(let range), .public(let range), .owned(_, let range): range
        }
    }
}

/// A file: a list of declarations, in order.
public struct SpecFile: Sendable {
    public let source: SourceFile
    public let declarations: [Declaration]
    public init(source: SourceFile, declarations: [Declaration]) {
        self.source = source
        self.declarations = declarations
    }
}

public enum Declaration: Sendable {
    case constant(ConstantDecl)
    case parameter(ParameterDecl)
    case assumption(AssumptionDecl)
    case principal(PrincipalDecl)
    case memoryDefault(MemoryDefaultDecl)
    case frame(FrameDecl)
    case region(RegionDecl)
    case space(SpaceDecl)
    case cpu(CPUDecl)
    case waiver(WaiverDecl)
    case eventDepth(EventDepthDecl)
    case code(CodeDecl)
    case codeImport(CodeImportDecl)
    case perCPU(PerCPUDecl)
    case stack(StackDecl)
    case handoff(HandoffDecl)
    case symbols(SymbolsDecl)
    case policy(PolicyDecl)
}

/// `const NAME = EXPR`: a named concrete value.
public struct ConstantDecl: Sendable {
    public let name: Identifier
    public let value: Expr
    public let range: SourceRange
}

/// `param NAME : uW [where EXPR]`: a symbolic value; a proof holds for all values satisfying the
/// constraints, a counterexample names concrete ones.
public struct ParameterDecl: Sendable {
    public let name: Identifier
    public let width: Int
    public let constraint: Expr?
    public let range: SourceRange
}

/// `assume EXPR`: a constraint over parameters.
public struct AssumptionDecl: Sendable {
    public let condition: Expr
    public let range: SourceRange
}

/// `principal NAME[binders]`: who may own frames (a process, a thread, a VM).
public struct PrincipalDecl: Sendable {
    public let name: Identifier
    public let binders: [IndexBinder]
    public let range: SourceRange
}

/// `memory default secret|public`: the label of physical memory outside every declared frame.
public struct MemoryDefaultDecl: Sendable {
    public let label: LabelSyntax
    public let range: SourceRange
}

/// `frame NAME[binders] [at PHYS [stride S]] size SIZE [LABEL] [{ START .. END: LABEL ... }]`.
public struct FrameDecl: Sendable {
    public struct Segment: Sendable {
        public let bytes: RangeSyntax
        public let label: LabelSyntax
        public let range: SourceRange
    }
    public let name: Identifier
    public let binders: [IndexBinder]
    public let physicalBase: Expr?
    public let stride: Expr?
    public let size: Expr
    public let label: LabelSyntax?
    public let segments: [Segment]
    public let range: SourceRange
}

/// `region NAME[binders] = RANGE`: a named VA range, used to restrict derived spaces.
public struct RegionDecl: Sendable {
    public let name: Identifier
    public let binders: [IndexBinder]
    public let addresses: RangeSyntax
    public let range: SourceRange
}

/// `space NAME[binders] kernel { ... }` or `space NAME[binders] user of PRINCIPAL { ... }`.
public struct SpaceDecl: Sendable {
    public enum Kind: Sendable {
        case kernel
        case user(IndexedReference)
    }
    public let name: Identifier
    public let binders: [IndexBinder]
    public let kind: Kind
    /// `root EXPR`: the physical address of the PML4, matched against CR3 bits 51:12.
    public let root: Expr?
    public let items: [SpaceItem]
    public let range: SourceRange
    /// `import ...` instead of a block of items.
    public var imported: SpaceImportSyntax? = nil
}

public enum SpaceItem: Sendable {
    case mapping(MappingDecl)
    case forEach(ForEachDecl)
    case derived(DerivedDecl)
}

/// `map RANGE [page SIZE] -> TARGET [flags]`.
public struct MappingDecl: Sendable {
    public enum Target: Sendable {
        case frame(IndexedReference, offset: Expr?)
        case physical(Expr)
    }
    public let addresses: RangeSyntax
    public let pageSize: Expr?
    public let target: Target
    public let flags: [Identifier]
    public let range: SourceRange
}

/// `for i < N { items }`: one copy of the items per index value.
public struct ForEachDecl: Sendable {
    public let binders: [IndexBinder]
    public let items: [SpaceItem]
    public let range: SourceRange
}

/// `from SPACE[args] [only REGION, REGION...]`: the mappings of another space, restricted to the
/// leaf pages that touch the named regions (a huge page touching a region comes along whole).
public struct DerivedDecl: Sendable {
    public let parent: IndexedReference
    public let regions: [IndexedReference]?
    public let range: SourceRange
}

/// `cpu[c < ncpu] { cr4 pge pcide ... }`: the CPU's configuration; the binder is the CPU
/// the paths run on, symbolic so that a proof covers every CPU.
public struct CPUDecl: Sendable {
    public let binders: [IndexBinder]
    public let cr4Flags: [Identifier]
    public let items: [CPUItemSyntax]
    public let range: SourceRange
}

/// `events depth N because "REASON"`: the spec's own bound on asynchronous events per path,
/// used unless the command line gives one. The reason is printed with every verdict it bounds.
public struct EventDepthDecl: Sendable {
    public let depth: UInt64
    public let depthRange: SourceRange
    public let reason: String
    public let range: SourceRange
}

/// `waive PROPERTY [in SPACE] because "REASON"`.
public struct WaiverDecl: Sendable {
    public let property: Identifier
    public let space: Identifier?
    public let reason: String
    public let range: SourceRange
}
