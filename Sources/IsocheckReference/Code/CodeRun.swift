import IsocheckDiagnostics
import IsocheckModel

/// One run of the code reference: one entry point, one sequence of answers from the oracle,
/// executed concretely until the path ends or breaks a property. The semantics are DESIGN.md
/// §2-§4 read directly, with the model's own stated abstractions (a path takes at most one
/// IRETQ fault; per-CPU fields are their own memory; code outside the model is kernel proper).
struct CodeRun {
    enum Outcome {
        case violation(PropertyID, String)
        case undecided(String)
    }

    /// Thrown to end the path; `outcome` says why, if it was not a normal end.
    struct PathEnd: Error {}

    let model: SystemModel
    let tables: ConcreteTables
    let environment: Environment
    let domains: InputDomains
    let eventBound: Int
    var oracle: ChoiceOracle
    var machine = ReferenceMachine()
    var trace: [String] = []
    var location: SourceLocation?
    var outcome: Outcome?
    /// Each input's kind, by its number, and the value it took once something looked at it. Kept
    /// outside the machine: a fault that restarts delivery from an earlier machine must not
    /// forget what the run already chose.
    var inputKinds: [String] = []
    var chosen: [Int: UInt64] = [:]
    /// User mode's GS base: one input per run, whichever instruction reads it first.
    var userGSBaseInput: ReferenceValue?

    /// The model cuts paths this long (a loop) and reports them unknown; so does the reference.
    static let stepBound = 2_000

    init(model: SystemModel, tables: ConcreteTables, environment: Environment, domains: InputDomains, eventBound: Int, prefix: [Int]) {
        self.model = model
        self.tables = tables
        self.environment = environment
        self.domains = domains
        self.eventBound = eventBound
        self.oracle = ChoiceOracle(prefix: prefix)
    }

    // MARK: plumbing

    func value(_ expr: ValueExpr) throws -> UInt64 {
        guard let value = try expr.evaluate(in: environment).value else { throw ReferenceEvaluator.TooLarge(description: "not a value: \(expr)") }
        return value
    }

    func setting(_ key: String) throws -> UInt64? { try model.entry.settings[key].map(value) }

    /// A new input of `kind`, not yet looked at.
    mutating func input(_ kind: String) -> ReferenceValue {
        inputKinds.append(kind)
        return .input(inputKinds.count - 1)
    }

    /// The number a value is: an input takes a value of its domain here, once per run.
    mutating func number(_ value: ReferenceValue) -> UInt64 {
        switch value {
        case .number(let number): return number
        case .input(let id):
            if let known = chosen[id] { return known }
            let domain = domains.domain(of: inputKinds[id])
            let pick = domain[oracle.choose(domain.count)]
            chosen[id] = pick
            return pick
        }
    }

    mutating func userGSBase() -> UInt64 {
        if let known = userGSBaseInput { return number(known) }
        let value = input("user.gs_base")
        userGSBaseInput = value
        return number(value)
    }

    mutating func register(_ register: Register) -> UInt64 { number(machine.registers[register] ?? .number(0)) }

    func describe(_ value: ReferenceValue?) -> String {
        switch value ?? .number(0) {
        case .number(let number): return "0x" + String(number, radix: 16)
        case .input(let id): return chosen[id].map { "0x" + String($0, radix: 16) } ?? "(\(inputKinds[id]), not yet looked at)"
        }
    }

    mutating func violate(_ property: PropertyID, _ reason: String) throws -> Never {
        outcome = .violation(property, reason)
        trace.append("VIOLATION \(property.rawValue): \(reason)")
        throw PathEnd()
    }

    mutating func undecided(_ reason: String) throws -> Never {
        outcome = .undecided(reason)
        throw PathEnd()
    }

    mutating func note(_ text: String) {
        let space = machine.space?.description ?? "no table"
        trace.append("\(text)  [CPL\(machine.cpl) \(space) GS=\(machine.gsIsKernel ? "kernel" : "user") RSP=\(describe(machine.registers[.rsp]))]")
    }

    static func stored(_ cr3: UInt64) -> UInt64 { cr3 & ~(1 << 63) }

    // MARK: start states

    mutating func startInUserMode() throws {
        for register in Register.allCases { machine.registers[register] = input("user.\(register.rawValue)") }
        machine.rflags = number(input("user.rflags")) | 0x200
        machine.cpl = 3
        machine.cr3 = Self.stored(try setting("user_cr3") ?? 0)
        machine.gsIsKernel = false
        machine.shadowGSIsKernel = true
        if let kernelCR3 = try setting("kernel_cr3") { machine.kernelPCIDs = [kernelCR3 & 0xfff] }
        try selectTable(what: "the start state's CR3")
    }

    mutating func startInKernel(interruptsEnabled: Bool) throws {
        for register in Register.allCases { machine.registers[register] = input("kernel.\(register.rawValue)") }
        machine.registers[.rsp] = try setting("kernel_rsp").map(ReferenceValue.number) ?? input("kernel.rsp")
        machine.rflags = interruptsEnabled ? 0x202 : 0x2
        machine.cpl = 0
        machine.cr3 = Self.stored(try setting("kernel_cr3") ?? 0)
        machine.gsIsKernel = true
        machine.kernelPCIDs = [machine.cr3 & 0xfff]
        try selectTable(what: "the start state's CR3")
    }

    /// Which declared table CR3 names; several instances with one root are each tried.
    mutating func selectTable(what: String) throws {
        let candidates = tables.instances(selectedBy: machine.cr3)
        guard !candidates.isEmpty else {
            try violate(.cr3MatchesPrivilege, "\(what) (0x\(String(machine.cr3, radix: 16))) selects no declared page table")
        }
        machine.space = candidates[oracle.choose(candidates.count)]
    }

    // MARK: the path

    mutating func explore() throws {
        while true {
            let blocks = model.program.blocks
            guard machine.block < blocks.count, machine.index < blocks[machine.block].instructions.count else { throw PathEnd() }
            let block = blocks[machine.block]
            let instruction = block.instructions[machine.index]
            location = instruction.range.start
            machine.inCode = true
            machine.steps += 1
            if machine.steps > Self.stepBound { try undecided("a path ran longer than \(Self.stepBound) steps") }
            note("\(block.name): \(instruction.text) (line \(instruction.range.start.line))")
            try boundaryChecks(block)
            if try takeEvent() { continue }
            try execute(instruction)
        }
    }

    mutating func boundaryChecks(_ block: CodeBlock) throws {
        guard let space = machine.space else { throw PathEnd() }
        if machine.cpl == 0, space.isUser, !block.isTrampoline {
            try violate(.cr3MatchesPrivilege, "kernel code outside the trampoline runs at CPL0 with the user table \(space.description)")
        }
        let start = try value(block.address)
        let size = try value(block.size)
        guard size > 0 else { return }
        // Every page of the block, and its last byte.
        var address = start
        while address &- start < size {
            if !tables.isMapped(space, address, .fetch, cpl: machine.cpl) {
                try violate(.accessesMapped, "instruction fetch from \(block.name) at 0x\(String(address, radix: 16)) is not mapped executable in \(space.description)")
            }
            let next = (address | 0xfff) &+ 1
            if next <= address { break }
            address = next
        }
    }

    /// At this boundary: no event, or one of those that can arrive here (the oracle decides).
    /// An event is not offered inside its own handler; NMIs wait for IRETQ; interrupts need IF.
    mutating func takeEvent() throws -> Bool {
        guard machine.eventsTaken < eventBound else { return false }
        var offered: [UInt64] = []
        for gate in model.entry.gates.sorted(by: { $0.vector < $1.vector }) where !machine.activeVectors.contains(gate.vector) {
            switch gate.vector {
            case 2: if !machine.nmiBlocked { offered.append(2) }
            case 1, 18: offered.append(gate.vector)
            default: if gate.vector >= 32, machine.rflags & 0x200 != 0 { offered.append(gate.vector) }
            }
        }
        guard !offered.isEmpty else { return false }
        let choice = oracle.choose(offered.count + 1)
        guard choice > 0 else { return false }
        try deliver(vector: offered[choice - 1], offered: true)
        return true
    }
}
