import IsocheckDiagnostics

/// The 64-bit general-purpose registers (the model keeps full 64-bit values only).
public enum Register: String, Sendable, CaseIterable, Hashable {
    case rax, rbx, rcx, rdx, rsi, rdi, rbp, rsp, r8, r9, r10, r11, r12, r13, r14, r15
}

/// Conditions of `jcc`, read from the flags the last test/cmp/bt/arithmetic set.
public enum BranchCondition: String, Sendable {
    case equal, notEqual, carry, notCarry, above, belowOrEqual, sign, notSign
}

/// Instruction families; one file of the executor per family.
public enum Opcode: Sendable, Equatable {
    case mov, lea, push, pop
    case add, sub, and, or, xor, not
    case bt, bts, btr, test, cmp
    case jmp, jcc(BranchCondition), call, ret
    case lfence, nop, cli, sti, pushfq, popfq
    case swapgs, iretq, sysretq
    /// Only MSR_GS_BASE and MSR_KERNEL_GS_BASE are modelled: what paranoid entries read.
    case rdmsr
    /// `assert CONDITION`: checked on every path that reaches it.
    case assertion
    /// `hlt`, `ud2`: the path ends here (a panic or a halt).
    case stop
}

public enum Operand: Sendable {
    case register(Register)
    case cr3
    case immediate(ValueExpr)
    /// A per-CPU field at `GS base + field offset + displacement`, through %gs.
    case perCPU(field: String, displacement: ValueExpr)
    /// A per-CPU field of a `percpu at VA` area: absolute memory, no %gs.
    case fixed(field: String)
    /// `displacement(%base)`.
    case memory(base: Register, displacement: ValueExpr)
    /// A code label or hand-off.
    case label(String)
    /// An assertion's condition; registers appear as parameters named `%rax`, `%cr3`.
    case condition(ValueExpr)
}

public struct Instruction: Sendable {
    public let opcode: Opcode
    public let operands: [Operand]
    public let text: String
    public let range: SourceRange
}

/// A block of code at a virtual address. Instruction fetches are checked against the whole
/// block: hand-written code has no instruction lengths, so every instruction of a block counts
/// as fetched from anywhere in [address, address + size).
public struct CodeBlock: Sendable {
    public let name: String
    public let address: ValueExpr
    public let size: ValueExpr
    public let isTrampoline: Bool
    public let instructions: [Instruction]
    public let range: SourceRange
}

/// Where a label leads: an instruction, or a hand-off into "kernel proper".
public enum LabelTarget: Sendable, Equatable {
    case instruction(block: Int, index: Int)
    case handoff(String)
}

public struct Program: Sendable {
    public var blocks: [CodeBlock] = []
    public var labels: [String: LabelTarget] = [:]
    public var handoffs: [String: SourceRange] = [:]
    /// Hand-offs that return: calls into kernel C code that come back with caller-saved
    /// registers clobbered.
    public var returningHandoffs: Set<String> = []
    public init() {}

    public var isEmpty: Bool { blocks.isEmpty }
}

/// A field of the per-CPU area; its value is `initialValue` until the code writes it.
public struct PerCPUField: Sendable {
    public let name: String
    /// The VA of a `percpu at VA` area; nil when the field is reached through %gs.
    public let fixedBase: ValueExpr?
    public let offset: ValueExpr
    public let initialValue: ValueExpr?
    public let range: SourceRange
}

/// A declared kernel stack (or family): at CPL0 every push must land in one.
public struct KernelStack: Sendable {
    public let name: String
    public let binders: [Binder]
    public let start: ValueExpr
    public let size: ValueExpr
    public let range: SourceRange
}
