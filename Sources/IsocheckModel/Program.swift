import IsocheckDiagnostics

/// The 64-bit general-purpose registers (the model keeps full 64-bit values only).
public enum Register: String, Sendable, CaseIterable, Hashable {
    case rax, rbx, rcx, rdx, rsi, rdi, rbp, rsp, r8, r9, r10, r11, r12, r13, r14, r15

    /// The low 32 bits by their AT&T name (`%eax`, `%r8d`): an operand of a 32-bit instruction.
    public static let thirtyTwoBitNames: [String: Register] = [
        "eax": .rax, "ebx": .rbx, "ecx": .rcx, "edx": .rdx, "esi": .rsi, "edi": .rdi, "ebp": .rbp, "esp": .rsp,
        "r8d": .r8, "r9d": .r9, "r10d": .r10, "r11d": .r11, "r12d": .r12, "r13d": .r13, "r14d": .r14, "r15d": .r15,
    ]
}

/// Conditions of `jcc`, read from the flags the last test/cmp/bt/arithmetic set.
public enum BranchCondition: String, Sendable {
    case equal, notEqual, carry, notCarry, above, belowOrEqual, sign, notSign
}

/// Instruction families; one file of the executor per family.
public enum Opcode: Sendable, Hashable {
    case mov, lea, push, pop
    case add, sub, and, or, xor, not
    /// Shifts by an immediate count (`shl $16, %rcx`); `sar` keeps the sign.
    case shl, shr, sar
    /// `movslq %eax, %rsi`: the low 32 bits of the source, sign-extended.
    case movslq
    /// `verw m16`: reads its operand and changes ZF; the buffer clear it triggers is not modelled.
    case verw
    case bt, bts, btr, test, cmp
    case jmp, jcc(BranchCondition), call, ret
    case lfence, nop, cli, sti, pushfq, popfq
    case swapgs, iretq, sysretq
    /// Only MSR_GS_BASE and MSR_KERNEL_GS_BASE are modelled: what paranoid entries read.
    case rdmsr
    /// FSGSBASE: read or write the GS base itself (KERNEL_GS_BASE is untouched).
    case rdgsbase, wrgsbase
    /// `lsl %src, %dst`: the limit of the segment whose selector `src` holds. Only the GDT's
    /// CPUNODE segment (selector 0x7b), whose limit encodes the CPU and node, is modelled.
    case lsl
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
    /// Memory at a fixed VA: RIP-relative and absolute operands of lifted machine code.
    case absolute(ValueExpr)
    /// `displacement(%base)`.
    case memory(base: Register, displacement: ValueExpr)
    /// `displacement(,%index,scale)`: an array element, as Linux reads __per_cpu_offset[cpu].
    case scaled(index: Register, scale: UInt64, displacement: ValueExpr)
    /// A code label or hand-off.
    case label(String)
    /// An assertion's condition; registers appear as parameters named `%rax`, `%cr3`.
    case condition(ValueExpr)
}

public struct Instruction: Sendable {
    public let opcode: Opcode
    public let operands: [Operand]
    /// Operand size in bits (8, 16, 32 or 64). A narrow instruction reads the low bits of its
    /// operands (memory at the operand's address), computes flags at that width and
    /// zero-extends a 32-bit register result. Narrow stores to memory are not modelled.
    public let width: Int
    public let text: String
    public let range: SourceRange

    /// What an instruction is before it has a place: lifted code makes these first.
    public struct Parts: Sendable {
        public let opcode: Opcode
        public let operands: [Operand]
        public let width: Int
    }

    public init(opcode: Opcode, operands: [Operand], width: Int = 64, text: String, range: SourceRange) {
        self.opcode = opcode
        self.operands = operands
        self.width = width
        self.text = text
        self.range = range
    }
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
    /// Lifted machine code only: the VA of each instruction, then the end of the last one, so
    /// return addresses and interrupted RIPs are the addresses the real code compares against.
    public let instructionAddresses: [UInt64]?

    public init(name: String, address: ValueExpr, size: ValueExpr, isTrampoline: Bool, instructions: [Instruction],
                range: SourceRange, instructionAddresses: [UInt64]? = nil) {
        self.name = name
        self.address = address
        self.size = size
        self.isTrampoline = isTrampoline
        self.instructions = instructions
        self.range = range
        self.instructionAddresses = instructionAddresses
    }
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
    /// Returning hand-offs whose spec says what they return (and copy).
    public var handoffResults: [String: HandoffResult] = [:]
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
