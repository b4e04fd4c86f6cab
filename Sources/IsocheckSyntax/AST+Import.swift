import IsocheckDiagnostics

/// A file path written in a spec, relative to the spec's folder unless absolute.
public struct PathSyntax: Sendable {
    public let path: String
    public let range: SourceRange
}

/// A kernel symbol as written: an identifier, or a quoted name for symbols such as `foo.14`.
public struct SymbolNameSyntax: Sendable {
    public let name: String
    public let range: SourceRange
}

/// `symbols "System.map" [percpu OFFSET, OFFSET ...]`: the symbol map a policy and the reports
/// name addresses with, and each CPU's `__per_cpu_offset` (the kernel reads them at run time, so
/// a spec states them) for per-CPU symbols.
public struct SymbolsDecl: Sendable {
    public let file: PathSyntax
    public let perCPUOffsets: [Expr]
    public let range: SourceRange
}

/// `import core "FILE" cpu N`, `import core "FILE" cr3 VALUE` or `import ptdump "FILE"`: the
/// mappings of a space read from a real page table instead of written by hand.
public struct SpaceImportSyntax: Sendable {
    public enum Source: Sendable {
        /// An ELF core (QEMU dump-guest-memory, kdump): walked from a CPU's CR3 or a given one.
        case core(cpu: Expr?, cr3: Expr?)
        /// Linux ptdump text (/sys/kernel/debug/page_tables/*).
        case ptdump
    }
    public let source: Source
    public let file: PathSyntax
    public let range: SourceRange
}

/// `policy NAME for SPACE, ... { allow ...; otherwise LABEL }`: which kernel-half VAs the user
/// tables may map. The elaborator turns it into frame labels (README, "Imported page tables").
public struct PolicyDecl: Sendable {
    public let name: Identifier
    public let spaces: [Identifier]
    public let rules: [AllowRule]
    /// The label of kernel-half VAs outside every allowed region; secret when absent.
    public let otherwise: LabelSyntax?
    public let range: SourceRange
}

/// One `allow` line.
public struct AllowRule: Sendable {
    public enum Target: Sendable {
        /// `allow range START .. END`: a VA range.
        case range(RangeSyntax)
        /// `allow symbol S`: S up to the next symbol; `allow symbol S .. T`: S up to T.
        case symbol(SymbolNameSyntax, through: SymbolNameSyntax?)
        /// `allow percpu S`: every CPU's copy of the per-CPU variable S.
        case perCPU(SymbolNameSyntax)
    }
    public let target: Target
    /// `rounded 2M`: widen to whole pages of this size (Linux clones some areas by PMD).
    public let rounding: Expr?
    /// `because "..."`: why the region may be visible to user mode.
    public let reason: String?
    public let range: SourceRange
}
