import IsocheckDiagnostics
import IsocheckModel

/// A concrete witness of a violation, in the terms a kernel developer reads a page-table dump in.
public struct Counterexample: Sendable {
    public let property: PropertyID
    /// Why this is a violation, in one sentence.
    public let reason: String
    /// The spec line at fault (the `map` line, or the frame).
    public let location: SourceLocation
    /// The space, with its indices, e.g. `user[p=1]`.
    public let space: String?
    /// The `from` lines the mapping was inherited through, innermost first.
    public let derivedThrough: [SourceLocation]
    public let virtualAddress: UInt64?
    public let pageSize: PageSize?
    public let walk: [WalkStep]
    public let flags: String?
    public let physicalAddress: UInt64?
    public let frame: FrameHit?
    public let parameters: [NamedValue]
    public let indices: [NamedValue]
    /// For entry and exit code: the steps from the entry point to the failing one.
    public var trace: [TraceRow] = []
    /// For entry and exit code: the values of the path's open inputs (user registers, memory
    /// nothing wrote), named as the executor names them (`@user.rsp.3`).
    public var inputs: [NamedValue] = []
    /// For entry and exit code: the entry point the trace starts from (`syscall`, `vector 2 from
    /// user`, `exit LABEL`), as `--entry` takes it.
    public var entryPoint: String?
    /// With a `symbols` map: the symbol at or below the VA (`cpu_tss_rw+0x14 (CPU 1)`).
    public var virtualSymbol: String? = nil
    /// With a `symbols` map: the symbol stored in the frame, through an imported mapping of it.
    public var physicalSymbol: String? = nil
}

/// One step of an execution trace, with concrete values under the counterexample's model.
public struct TraceRow: Sendable {
    public let step: Int
    /// start, instruction, event, handoff, return.
    public let kind: String
    public let text: String
    public let location: SourceLocation?
    public let cpl: Int
    public let cr3: UInt64
    /// The page table CR3 selects, e.g. `user[0]`.
    public let table: String
    public let pcid: UInt64
    public let rsp: UInt64
    /// `entry_stack[1] + 0xfd8`, or why it is on no kernel stack.
    public let stack: String
    public let gs: String
    public let accesses: [String]
}

/// One level of the page walk that reaches the VA.
public struct WalkStep: Sendable {
    public let level: String
    public let index: Int
    /// What the entry is: a pointer to the next table or the leaf with its flags.
    public let entry: String
}

/// Where a physical address landed.
public struct FrameHit: Sendable {
    /// The frame's name with its index, or nil for memory outside every frame.
    public let frame: String?
    public let offset: UInt64
    public let label: String
    public let labelLocation: SourceLocation?
}

public struct NamedValue: Sendable {
    public let name: String
    public let value: UInt64
}

extension WalkStep {
    /// The 4-level walk of `address` down to a leaf of `pageSize`.
    static func walk(_ address: UInt64, pageSize: PageSize, flags: MappingFlags) -> [WalkStep] {
        let levels = [("PML4", 39), ("PDPT", 30), ("PD", 21), ("PT", 12)]
        let leafLevelIndex = 4 - pageSize.leafLevel
        var steps: [WalkStep] = []
        for (position, (name, shift)) in levels.enumerated() where position <= leafLevelIndex {
            let index = Int((address >> UInt64(shift)) & 0x1ff)
            let entry: String
            if position == leafLevelIndex {
                let psBit = pageSize == .size4K ? "" : " PS"
                entry = "leaf \(pageSize)\(psBit): \(flags.hardwareDescription)"
            } else {
                entry = "table"
            }
            steps.append(WalkStep(level: name, index: index, entry: entry))
        }
        return steps
    }
}
