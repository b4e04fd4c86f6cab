import Foundation
import IsocheckImport

/// Builds small ELF64 x86-64 cores byte by byte, so tests control every field (and can break
/// any of them). Layout: header, program headers (the PT_NOTE first, as QEMU writes it), note
/// data, then each PT_LOAD's bytes, 8-aligned.
struct ELFImage {
    struct Load {
        var physicalAddress: UInt64
        var bytes: [UInt8]
        /// p_memsz; nil means the same as the bytes' length.
        var memorySize: UInt64? = nil
    }

    struct Note {
        var name: String
        var type: UInt32
        var descriptor: [UInt8]
    }

    /// Where build() put things, for tests that corrupt a field.
    struct Layout {
        var programHeaderOffset: UInt64 = 64
        var programHeaderCount = 0
        var noteOffset: UInt64 = 0
        var noteSize: UInt64 = 0
        var loadOffsets: [UInt64] = []
        /// Program header index of the first PT_LOAD.
        var firstLoadHeader = 0

        func programHeader(_ index: Int) -> UInt64 { programHeaderOffset + UInt64(index) * 56 }
    }

    var loads: [Load] = []
    var notes: [Note] = []

    /// One PT_LOAD per run of consecutive pages the memory holds.
    init(memory: PageMemory, notes: [Note] = []) {
        self.notes = notes
        var current: Load?
        for page in memory.heldPages {
            let address = page << 12
            let words = memory.tableEntries(atPhysicalAddress: address)!
            let bytes = words.flatMap { littleEndian($0) }
            if var run = current, run.physicalAddress + UInt64(run.bytes.count) == address {
                run.bytes += bytes
                current = run
            } else {
                if let run = current { loads.append(run) }
                current = Load(physicalAddress: address, bytes: bytes)
            }
        }
        if let run = current { loads.append(run) }
    }

    init(loads: [Load] = [], notes: [Note] = []) {
        self.loads = loads
        self.notes = notes
    }

    func build() -> (bytes: [UInt8], layout: Layout) {
        var layout = Layout()
        let noteData = notes.flatMap { note -> [UInt8] in
            let name = Array(note.name.utf8) + [0]
            return littleEndian32(UInt32(name.count)) + littleEndian32(UInt32(note.descriptor.count)) + littleEndian32(note.type)
                + padded(name) + padded(note.descriptor)
        }
        layout.programHeaderCount = (notes.isEmpty ? 0 : 1) + loads.count
        layout.firstLoadHeader = notes.isEmpty ? 0 : 1
        var cursor = 64 + UInt64(layout.programHeaderCount) * 56
        layout.noteOffset = cursor
        layout.noteSize = UInt64(noteData.count)
        cursor += UInt64(noteData.count)
        for load in loads {
            cursor = (cursor + 7) & ~7
            layout.loadOffsets.append(cursor)
            cursor += UInt64(load.bytes.count)
        }

        var out: [UInt8] = [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0] + Array(repeating: 0, count: 8)
        out += littleEndian16(4) + littleEndian16(62) + littleEndian32(1)  // ET_CORE, EM_X86_64, EV_CURRENT
        out += littleEndian(0) + littleEndian(64) + littleEndian(0)  // e_entry, e_phoff, e_shoff
        out += littleEndian32(0) + littleEndian16(64) + littleEndian16(56) + littleEndian16(UInt16(layout.programHeaderCount))
        out += littleEndian16(64) + littleEndian16(0) + littleEndian16(0)
        if !notes.isEmpty {
            out += programHeader(type: 4, offset: layout.noteOffset, address: 0, fileSize: layout.noteSize, memorySize: layout.noteSize)
        }
        for (index, load) in loads.enumerated() {
            out += programHeader(type: 1, offset: layout.loadOffsets[index], address: load.physicalAddress,
                                 fileSize: UInt64(load.bytes.count), memorySize: load.memorySize ?? UInt64(load.bytes.count))
        }
        out += noteData
        for (index, load) in loads.enumerated() {
            out += Array(repeating: 0, count: Int(layout.loadOffsets[index]) - out.count)
            out += load.bytes
        }
        return (out, layout)
    }

    /// Writes the image (or given bytes) to a fresh temporary file and returns its path.
    func write(name: String = "core.elf") throws -> String {
        try writeTemporary(build().bytes, name: name)
    }

    private func programHeader(type: UInt32, offset: UInt64, address: UInt64, fileSize: UInt64, memorySize: UInt64) -> [UInt8] {
        littleEndian32(type) + littleEndian32(4) + littleEndian(offset) + littleEndian(address) + littleEndian(address)
            + littleEndian(fileSize) + littleEndian(memorySize) + littleEndian(0)
    }

    private func padded(_ bytes: [UInt8]) -> [UInt8] {
        bytes + Array(repeating: 0, count: (4 - bytes.count % 4) % 4)
    }

    /// QEMU's QEMUCPUState: 440 bytes (432 for QEMU before 5.0, without kernel_gs_base).
    static func qemuNote(cr3: UInt64, csSelector: UInt32, csFlags: UInt32, rip: UInt64 = 0, gsBase: UInt64 = 0,
                         kernelGSBase: UInt64? = 0, cr4: UInt64 = 0x6f0) -> Note {
        let size: UInt32 = kernelGSBase == nil ? 432 : 440
        var bytes = littleEndian32(1) + littleEndian32(size)
        var registers = [UInt64](repeating: 0, count: 18)
        registers[16] = rip
        bytes += registers.flatMap(littleEndian)
        for index in 0..<10 {
            let selector: UInt32 = index == 0 ? csSelector : 0
            let flags: UInt32 = index == 0 ? csFlags : 0
            let base: UInt64 = index == 4 ? gsBase : 0
            bytes += littleEndian32(selector) + littleEndian32(0xffff_ffff) + littleEndian32(flags) + littleEndian32(0) + littleEndian(base)
        }
        bytes += [0x8005_0033, 0, 0, cr3, cr4].flatMap(littleEndian)
        if let kernelGSBase { bytes += littleEndian(kernelGSBase) }
        return Note(name: "QEMU", type: 0, descriptor: bytes)
    }

    /// Linux's x86-64 `struct elf_prstatus`: 336 bytes, pid at 32, registers at 112.
    static func prstatusNote(pid: UInt32, cs: UInt64, rip: UInt64 = 0, gsBase: UInt64 = 0) -> Note {
        var bytes = [UInt8](repeating: 0, count: 32) + littleEndian32(pid) + [UInt8](repeating: 0, count: 76)
        var registers = [UInt64](repeating: 0, count: 27)
        registers[16] = rip
        registers[17] = cs
        registers[22] = gsBase
        bytes += registers.flatMap(littleEndian) + [UInt8](repeating: 0, count: 8)
        return Note(name: "CORE", type: 1, descriptor: bytes)
    }
}

func littleEndian(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }
func littleEndian32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }
func littleEndian16(_ value: UInt16) -> [UInt8] { [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8)] }

/// Overwrites bytes of an image at `offset` with a little-endian value of `width` bytes.
func patch(_ bytes: inout [UInt8], at offset: UInt64, _ value: UInt64, width: Int) {
    for index in 0..<width { bytes[Int(offset) + index] = UInt8(truncatingIfNeeded: value >> (index * 8)) }
}

private let temporaryFolder = FileManager.default.temporaryDirectory
    .appendingPathComponent("isocheck-import-images-\(ProcessInfo.processInfo.processIdentifier)")

/// Writes bytes to a new file under a per-process temporary folder, removed at exit.
func writeTemporary(_ bytes: [UInt8], name: String) throws -> String {
    if !FileManager.default.fileExists(atPath: temporaryFolder.path) {
        try FileManager.default.createDirectory(at: temporaryFolder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: temporaryFolder) }
    }
    let url = temporaryFolder.appendingPathComponent("\(UUID().uuidString)-\(name)")
    try Data(bytes).write(to: url)
    return url.path
}
