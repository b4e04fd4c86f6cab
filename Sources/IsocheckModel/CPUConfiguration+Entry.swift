import IsocheckDiagnostics

/// An IDT gate: the handler label and the IST slot (0 = none).
public struct InterruptGate: Sendable {
    public let vector: UInt64
    public let handler: String
    public let ist: UInt64
    public let range: SourceRange
}

/// `alias START .. +SIZE = TARGET`: [start, start + size) and [target, target + size) are the
/// same bytes.
public struct MemoryAlias: Sendable {
    public let start: ValueExpr
    public let size: ValueExpr
    public let target: ValueExpr
    public let range: SourceRange
}

/// What the entry and exit paths need from the CPU beyond CR4: where SYSCALL and each vector
/// lead, the TSS stacks, the CR3 and GS values of each mode. Expressions may use the CPU index
/// and the user space's index, both symbolic.
public struct EntryConfiguration: Sendable {
    public var cpu: Binder?
    /// The user space family user mode runs in, with its binders (fresh per path).
    public var userSpace: String?
    public var userBinders: [Binder] = []
    /// The indices of the user space user mode runs in: the binders' variables, or the
    /// expressions of `user SPACE[expr]`.
    public var userIndices: [ValueExpr] = []
    /// The kernel space kernel proper runs in, with its indices.
    public var kernelSpace: String?
    public var kernelSpaceIndices: [ValueExpr] = []
    public var lstar: String?
    public var fmask: ValueExpr = .literal(0x200)
    public var gates: [InterruptGate] = []
    public var exits: [(label: String, range: SourceRange)] = []
    /// VA ranges that reach the same memory as another VA range: a store through one is seen
    /// through the other.
    public var aliases: [MemoryAlias] = []
    /// `KEY = VALUE` settings by key (kernel_cr3, user_cr3, kernel_gs, kernel_rsp, rsp0, ist1...).
    public var settings: [String: ValueExpr] = [:]
    public var settingRanges: [String: SourceRange] = [:]

    public static let settingKeys = [
        "kernel_cr3", "user_cr3", "kernel_gs", "kernel_rsp", "fmask", "rsp0",
        "ist1", "ist2", "ist3", "ist4", "ist5", "ist6", "ist7", "idt_base", "gdt_base", "tss_base",
        // The limit LSL reads from the GDT's CPUNODE segment (selector 0x7b): (node << 12) | cpu.
        "cpunode",
    ]

    public init() {}
}
