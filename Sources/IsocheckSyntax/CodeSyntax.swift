import IsocheckDiagnostics

/// `code NAME at VA [size N] [trampoline] { ... }`: entry or exit code in AT&T syntax. Text
/// marked `trampoline` may run at CPL0 while a user page table is loaded.
public struct CodeDecl: Sendable {
    public let name: Identifier
    public let address: Expr
    public let size: Expr?
    public let isTrampoline: Bool
    public let lines: [CodeLine]
    public let range: SourceRange
}

/// `code NAME import "code.json" blob "entry-text" [trampoline]`: one blob of a capture's machine
/// code at its runtime VA, decoded and lifted from the entry points the cpu block names. Blobs
/// of the same file are walked together; calls and jumps out of them are hand-offs.
public struct CodeImportDecl: Sendable {
    public let name: Identifier
    public let file: PathSyntax
    public let blob: PathSyntax
    public let isTrampoline: Bool
    public let range: SourceRange
}

/// One line of a code block: an optional label and an optional instruction or assertion.
public struct CodeLine: Sendable {
    public let label: Identifier?
    public let instruction: InstructionSyntax?
    public let range: SourceRange
}

/// `assert CONDITION`: a user assertion at this point of the code; registers are written
/// `%rax`, `%cr3` inside it.
public struct AssertionSyntax: Sendable {
    public let condition: Expr
}

/// `mnemonic op, op` as written; operands in AT&T order (source first).
public struct InstructionSyntax: Sendable {
    public let mnemonic: Identifier
    public let operands: [OperandSyntax]
    public let range: SourceRange
    /// The source text of the line, for traces.
    public let text: String
}

public enum OperandSyntax: Sendable {
    /// `%rax`, `%cr3`.
    case register(Identifier)
    /// `$expr`.
    case immediate(Expr)
    /// `%gs:field` or `%gs:field+8`: a per-CPU field through the GS base.
    case perCPU(Identifier, displacement: Expr?)
    /// `disp(%reg)`: memory at a register plus a displacement (stack slots).
    case memory(displacement: Expr?, base: Identifier)
    /// `disp(,%index,scale)`: an array element.
    case scaled(displacement: Expr?, index: Identifier, scale: Expr)
    /// A bare name: a jump or call target.
    case label(Identifier)
    /// The condition of an `assert` line.
    case condition(Expr)

    public var range: SourceRange {
        switch self {
        case .register(let id), .perCPU(let id, _), .memory(_, let id), .scaled(_, let id, _), .label(let id): id.range
        case .immediate(let expr), .condition(let expr): expr.range
        }
    }
}

/// `percpu { field NAME at OFFSET [= VALUE] }`: the per-CPU area the kernel GS base points at.
/// `percpu at VA { ... }`: per-CPU data at a fixed VA that every CPU's tables map to its own
/// page (NetBSD's UTLS), read as an absolute operand (`movq NAME, %rax`) without %gs.
public struct PerCPUDecl: Sendable {
    public struct Field: Sendable {
        public let name: Identifier
        public let offset: Expr
        public let initialValue: Expr?
        public let range: SourceRange
    }
    /// The fixed VA of `percpu at VA`; nil for the area the GS base points at.
    public let base: Expr?
    public let fields: [Field]
    public let range: SourceRange
}

/// `stack NAME[binders] = RANGE`: a kernel stack; CPL0 pushes must land in one.
public struct StackDecl: Sendable {
    public let name: Identifier
    public let binders: [IndexBinder]
    public let addresses: RangeSyntax
    public let range: SourceRange
}

/// `handoff LABEL`: where modelled code ends in "kernel proper" (kernel CR3, kernel GS,
/// kernel stack), e.g. the C syscall handler.
public struct HandoffDecl: Sendable {
    public let label: Identifier
    /// `handoff do_nmi returns`: a call into kernel C code that comes back.
    public let returns: Bool
    /// `returns %rax = EXPR`: the value the C function returns.
    public let result: Expr?
    /// `copying BYTES from %REG`: before returning, the function copies BYTES from where REG
    /// pointed at the call to where its result points (Linux's sync_regs moving pt_regs).
    public let copy: (bytes: Expr, source: Identifier)?
    public let range: SourceRange

    public init(label: Identifier, returns: Bool, result: Expr? = nil, copy: (bytes: Expr, source: Identifier)? = nil, range: SourceRange) {
        self.label = label
        self.returns = returns
        self.result = result
        self.copy = copy
        self.range = range
    }
}

/// One line of the `cpu` block beyond `cr4`.
public enum CPUItemSyntax: Sendable {
    /// `KEY = EXPR` (kernel_cr3, user_cr3, kernel_gs, user_gs, kernel_rsp, fmask, rsp0, ist1..7,
    /// idt_base, gdt_base, tss_base, user_pcid_check...).
    case assignment(Identifier, Expr)
    /// `lstar LABEL`.
    case lstar(Identifier)
    /// `vector N LABEL [ist K]`.
    case vector(number: Expr, handler: Identifier, ist: Expr?, range: SourceRange)
    /// `vectors import "code.json" [except N, ...]`: every IDT gate of a capture (handler and IST
    /// slot), but the listed vectors.
    case vectorsImport(file: PathSyntax, except: [(vector: UInt64, range: SourceRange)], range: SourceRange)
    /// `user SPACE[binders]`: user mode runs in this space family.
    case userSpace(Identifier, [IndexBinder])
    /// `user SPACE[expr]`: user mode runs in this one member, fixed by the CPU index.
    case userSpaceMember(IndexedReference)
    /// `kernel SPACE[args]`: kernel proper runs in this space.
    case kernelSpace(IndexedReference)
    /// `exit LABEL`: a return path that starts in kernel proper.
    case exit(Identifier)
    /// `alias RANGE = VA`: two VA ranges of this CPU that reach the same memory (NetBSD's entry
    /// stack page, entered onto the last page of the thread's kernel stack).
    case alias(RangeSyntax, target: Expr)
}
