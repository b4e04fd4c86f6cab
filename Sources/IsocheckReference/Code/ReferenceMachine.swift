import IsocheckModel

/// A value on one run: a number, or an input not yet looked at. An input becomes a number (one
/// of its domain, the oracle picks) the first time anything depends on it, and keeps that number
/// for the rest of the run; copying it around (mov, push, pop) does not look at it. So only
/// inputs the run really uses multiply the runs.
enum ReferenceValue: Equatable {
    case number(UInt64)
    case input(Int)
}

/// The concrete machine on one run.
struct ReferenceMachine {
    struct Flags: Equatable {
        var zero: Bool
        var carry: Bool
        var sign: Bool
    }

    var registers: [Register: ReferenceValue] = [:]
    var rflags: UInt64 = 0x202
    var cpl = 0
    /// CR3 as stored: bit 63 (no-flush) is a request, never kept.
    var cr3: UInt64 = 0
    var space: ConcreteTables.SpaceInstance?
    var gsIsKernel = true
    /// Whether KERNEL_GS_BASE holds the kernel's per-CPU base (SWAPGS exchanges the two).
    var shadowGSIsKernel = false
    var flags: Flags?
    var block = 0
    var index = 0
    var nmiBlocked = false
    /// The model lets a path take one IRETQ fault (the fault's own return would only repeat it).
    var iretFaulted = false
    var eventsTaken = 0
    /// What each event interrupted: the return token and the arithmetic flags of that moment.
    var interrupted: [(token: UInt64, flags: Flags?)] = []
    var activeVectors: [UInt64] = []
    var inCode = false
    var kernelPCIDs: [UInt64] = []
    var lastCR3Write: (pcid: UInt64, noFlush: Bool)?
    /// Memory by VA, in 8-byte slots keyed by their first byte.
    var memory: [UInt64: ReferenceValue] = [:]
    /// Per-CPU fields, by field and displacement (the model keeps them apart from other memory).
    var perCPU: [String: ReferenceValue] = [:]
    var steps = 0

    /// A store overwrites its slot and spoils any slot it overlaps in part.
    mutating func store(_ address: UInt64, _ value: ReferenceValue) {
        for slot in memory.keys where slot != address && (slot &- address < 8 || address &- slot < 8) {
            memory[slot] = nil
        }
        memory[address] = value
    }
}
