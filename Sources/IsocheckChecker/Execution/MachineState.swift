import IsocheckModel

/// Which page table CR3 selects: a declared space and the values of its indices.
struct ActiveSpace {
    let space: AddressSpace
    let indices: [ValueExpr]

    var description: String {
        indices.isEmpty ? space.name : "\(space.name)[\(indices.map { _ in "_" }.joined(separator: ","))]"
    }
}

/// Flags as conditions over the operands of the last flag-setting instruction.
struct Flags {
    var zero: ValueExpr
    var carry: ValueExpr
    var sign: ValueExpr
}

/// What an event interrupted, so IRETQ can resume it and tell whether the handler left the
/// state as it found it.
struct InterruptedContext {
    let resumeAddress: UInt64
    let block: Int
    let index: Int
    let snapshot: String
    /// The arithmetic flags, part of the RFLAGS the frame saves and IRETQ restores.
    let flags: Flags?
    /// The interrupted RSP and how many stack stores existed then: a handler whose stores all
    /// lie below that RSP cannot have changed what the interrupted code reads back.
    let rsp: ValueExpr
    let storeCount: Int
}

/// The symbolic machine on one path. Values are model expressions over the spec's parameters
/// and fresh symbolic inputs (`@name`); control state (CPL, which table, GS) is concrete per path,
/// because the executor forks wherever it could differ.
struct MachineState {
    /// The entry point the path started from, by the name `--entry` takes.
    var entryPoint = ""
    var registers: [Register: ValueExpr] = [:]
    var rflags: ValueExpr = .literal(0x202)
    var cpl = 0
    var cr3: ValueExpr = .literal(0)
    var space: ActiveSpace?
    var gsIsKernel = true
    /// Whether KERNEL_GS_BASE holds the kernel's per-CPU base. SWAPGS exchanges the two;
    /// WRGSBASE sets only the GS base, so both may name the same base.
    var shadowGSIsKernel = false
    var flags: Flags?
    var block = 0
    var index = 0
    var nmiBlocked = false
    /// An IRETQ to user mode has faulted on this path already.
    var iretFaulted = false
    var eventsTaken = 0
    var interrupted: [InterruptedContext] = []
    /// Vectors whose handlers are running on this path (until their IRETQ).
    var activeVectors: [UInt64] = []
    /// False in the start states (user mode, kernel proper), true once modelled code runs.
    var inCode = false
    /// PCIDs under which a kernel table has been loaded on this path; kernel translations may
    /// be cached under each of them.
    var kernelPCIDs: [ValueExpr] = []
    var stack: [(address: ValueExpr, value: ValueExpr)] = []
    var perCPU: [String: ValueExpr] = [:]
    /// The PCID and no-flush condition of the last MOV to CR3, for the TLB check at CPL3.
    var lastCR3Write: (pcid: ValueExpr, noFlush: ValueExpr)?
    var trace: [TraceStep] = []
    var freshCounter = 0
    /// Conditions on fresh inputs that the next `explore` takes as given before it runs.
    var assumptions: [ValueExpr] = []

    func register(_ register: Register) -> ValueExpr { registers[register] ?? .literal(0) }

    mutating func fresh(_ name: String) -> ValueExpr {
        freshCounter += 1
        return .parameter("@\(name).\(freshCounter)")
    }

    /// A fingerprint of everything an event handler could leave changed.
    var snapshot: String {
        let registerText = Register.allCases.map { "\($0.rawValue)=\(ValueExprKey.of(register($0)))" }.joined(separator: ";")
        return [registerText, ValueExprKey.of(rflags), String(cpl), ValueExprKey.of(cr3), String(gsIsKernel), String(shadowGSIsKernel),
                String(nmiBlocked), perCPU.sorted { $0.key < $1.key }.map { "\($0.key)=\(ValueExprKey.of($0.value))" }.joined(separator: ";")]
            .joined(separator: "|")
    }
}

/// Structural keys and light normalisation of expressions, so `rsp - 8 + 8` is `rsp` and two
/// stack addresses that differ by a constant are told apart without the solver.
enum ValueExprKey {
    static func of(_ expr: ValueExpr) -> String {
        switch expr {
        case .literal(let value): return "0x" + String(value, radix: 16)
        case .boolean(let value): return String(value)
        case .parameter(let name): return name
        case .index(let variable): return "\(variable.name)#\(variable.id)"
        case .unary(let op, let operand): return "(\(op.rawValue)\(of(operand)))"
        case .binary(let op, let left, let right): return "(\(of(left)) \(op.rawValue) \(of(right)))"
        }
    }

    /// `base + constant`, folding constant additions and subtractions.
    static func linear(_ expr: ValueExpr) -> (base: ValueExpr?, offset: UInt64) {
        switch expr {
        case .literal(let value): return (nil, value)
        case .binary(.add, let left, .literal(let value)):
            let inner = linear(left)
            return (inner.base, inner.offset &+ value)
        case .binary(.subtract, let left, .literal(let value)):
            let inner = linear(left)
            return (inner.base, inner.offset &- value)
        default: return (expr, 0)
        }
    }

    static func add(_ expr: ValueExpr, _ constant: UInt64) -> ValueExpr {
        let (base, offset) = linear(expr)
        let total = offset &+ constant
        guard let base else { return .literal(total) }
        return total == 0 ? base : .binary(.add, base, .literal(total))
    }

    /// Equal for sure, different for sure, or unknown without the solver.
    static func compare(_ a: ValueExpr, _ b: ValueExpr) -> Bool? {
        let (baseA, offsetA) = linear(a)
        let (baseB, offsetB) = linear(b)
        let keyA = baseA.map(of) ?? ""
        let keyB = baseB.map(of) ?? ""
        guard keyA == keyB else { return nil }
        return offsetA == offsetB
    }
}
