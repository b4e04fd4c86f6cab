/// What a core's notes say about one vCPU.
///
/// QEMU writes one NT_PRSTATUS per vCPU, then one "QEMU" note per vCPU, both in vCPU order; a
/// kdump vmcore has NT_PRSTATUS only; the Bochs-made cores of shared/data have the QEMU note
/// only. The n-th note of each kind is therefore taken as vCPU n, and either may be missing.
public struct CoreCPU: Hashable, Sendable {
    public let index: Int
    public let status: PrStatus?
    public let state: QEMUCPUState?

    /// Only QEMU's note has control registers; a vmcore needs the CR3 given explicitly.
    public var cr3: UInt64? { state?.cr3 }

    /// The DPL of CS from QEMU's note (that is the CPL in long mode), else the RPL of the CS
    /// selector in NT_PRSTATUS, which equals the CPL for any state the CPU can be in.
    public var cpl: UInt8? {
        if let state { return state.cpl }
        if let status { return UInt8(status.registers.cs & 3) }
        return nil
    }

    /// GS base and IA32_KERNEL_GS_BASE. The Bochs-made cores of shared/data write 0 for both
    /// because the Bochs debugger does not show them: there, 0 means unknown.
    public var gsBase: UInt64? { state?.gs.base ?? status?.registers.gsBase }
    public var kernelGSBase: UInt64? { state?.kernelGSBase }

    static func pair(notes: [ELFNote], in file: MappedFile) throws(ImportError) -> [CoreCPU] {
        var statuses: [PrStatus] = []
        var states: [QEMUCPUState] = []
        for note in notes {
            if note.name == "CORE", note.type == PrStatus.noteType {
                statuses.append(try PrStatus(note, in: file))
            } else if note.name == "QEMU", note.type == QEMUCPUState.noteType {
                states.append(try QEMUCPUState(note, in: file))
            }
        }
        return (0..<max(statuses.count, states.count)).map { index in
            CoreCPU(index: index, status: index < statuses.count ? statuses[index] : nil,
                    state: index < states.count ? states[index] : nil)
        }
    }
}

/// The x86-64 NT_PRSTATUS descriptor (Linux `struct elf_prstatus`): the pid (QEMU stores the
/// vCPU number + 1; a vmcore, the task's pid) and the general registers.
public struct PrStatus: Hashable, Sendable {
    static let noteType: UInt32 = 1
    static let registersOffset: UInt64 = 112
    static let minimumSize: UInt64 = registersOffset + 27 * 8

    public let pid: UInt32
    public let registers: Registers

    /// `struct user_regs_struct`, in its field order.
    public struct Registers: Hashable, Sendable {
        public let r15, r14, r13, r12, rbp, rbx, r11, r10, r9, r8: UInt64
        public let rax, rcx, rdx, rsi, rdi, origRAX, rip, cs, rflags, rsp, ss: UInt64
        public let fsBase, gsBase, ds, es, fs, gs: UInt64

        init(_ w: [UInt64]) {
            (r15, r14, r13, r12, rbp, rbx, r11, r10, r9, r8) = (w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9])
            (rax, rcx, rdx, rsi, rdi, origRAX, rip, cs) = (w[10], w[11], w[12], w[13], w[14], w[15], w[16], w[17])
            (rflags, rsp, ss, fsBase, gsBase, ds, es, fs, gs) = (w[18], w[19], w[20], w[21], w[22], w[23], w[24], w[25], w[26])
        }
    }

    init(_ note: ELFNote, in file: MappedFile) throws(ImportError) {
        guard note.descriptorSize >= Self.minimumSize else {
            throw ImportError(file: file.path, position: .byteOffset(note.headerOffset + 4),
                              .noteTooShort("NT_PRSTATUS", size: note.descriptorSize, expected: Self.minimumSize))
        }
        pid = file.load32(at: note.descriptorOffset + 32)
        registers = Registers(file.words(at: note.descriptorOffset + Self.registersOffset, count: 27))
    }
}

/// QEMU's per-vCPU note (`QEMUCPUState`, target/i386/arch_dump.c, note name "QEMU", type 0):
/// version, size, 18 registers, 10 segments, CR0..CR4 and, since QEMU 5.0 (size 440),
/// IA32_KERNEL_GS_BASE.
public struct QEMUCPUState: Hashable, Sendable {
    static let noteType: UInt32 = 0
    /// Up to and including CR4; kernel_gs_base follows at 432.
    static let minimumSize: UInt64 = 432

    /// `QEMUCPUSegment`: flags hold the descriptor's attribute bits, DPL at bits 14:13.
    public struct Segment: Hashable, Sendable {
        public let selector: UInt32
        public let limit: UInt32
        public let flags: UInt32
        public let base: UInt64
    }

    public let version: UInt32
    public let size: UInt32
    /// rax, rbx, rcx, rdx, rsi, rdi, rsp, rbp, r8..r15, rip, rflags.
    public let registers: [UInt64]
    public let cs, ds, es, fs, gs, ss, ldt, tr, gdt, idt: Segment
    /// CR0..CR4 (CR1 is reserved and zero).
    public let controlRegisters: [UInt64]
    public let kernelGSBase: UInt64?

    public var rip: UInt64 { registers[16] }
    public var rsp: UInt64 { registers[6] }
    public var cr0: UInt64 { controlRegisters[0] }
    public var cr3: UInt64 { controlRegisters[3] }
    public var cr4: UInt64 { controlRegisters[4] }
    /// In long mode the CPL is CS's DPL.
    public var cpl: UInt8 { UInt8((cs.flags >> 13) & 3) }

    init(_ note: ELFNote, in file: MappedFile) throws(ImportError) {
        let base = note.descriptorOffset
        let declared = note.descriptorSize >= 8 ? UInt64(file.load32(at: base + 4)) : 0
        // Trust the smaller of the note's own size field and the descriptor's length.
        let usable = min(declared, note.descriptorSize)
        guard usable >= Self.minimumSize else {
            throw ImportError(file: file.path, position: .byteOffset(note.headerOffset + 4),
                              .noteTooShort("QEMU CPU-state", size: usable, expected: Self.minimumSize))
        }
        version = file.load32(at: base)
        size = UInt32(declared)
        registers = file.words(at: base + 8, count: 18)
        let segments = (0..<UInt64(10)).map { index in
            let at = base + 152 + index * 24
            return Segment(selector: file.load32(at: at), limit: file.load32(at: at + 4), flags: file.load32(at: at + 8),
                           base: file.load64(at: at + 16))
        }
        (cs, ds, es, fs, gs, ss) = (segments[0], segments[1], segments[2], segments[3], segments[4], segments[5])
        (ldt, tr, gdt, idt) = (segments[6], segments[7], segments[8], segments[9])
        controlRegisters = file.words(at: base + 392, count: 5)
        kernelGSBase = usable >= 440 ? file.load64(at: base + 432) : nil
    }
}
