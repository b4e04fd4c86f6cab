/// An ELF64 little-endian x86-64 core file (QEMU `dump-guest-memory`, a kdump vmcore, or the
/// sparse cores of shared/data) read as guest-physical memory plus per-CPU register notes.
///
/// The file is memory-mapped, never read into the heap: a walk touches only the table pages it
/// visits, so a dump of several GiB costs a few MiB of resident memory.
///
/// Physical memory is what the PT_LOAD segments say (`p_paddr`, not `p_vaddr`):
/// - an address inside `[p_paddr, p_paddr + p_filesz)` reads the file;
/// - an address inside `[p_paddr + p_filesz, p_paddr + p_memsz)` reads as zero, as ELF defines
///   (makedumpfile uses this for pages it excluded as zero);
/// - an address in no segment is *absent*, and reading it is an error. The sparse cores of
///   shared/data keep only the paging-structure pages and leave everything else out of every
///   segment (their `p_filesz` always equals `p_memsz`), so absent must not read as zero: a
///   left-out table would otherwise look like an empty one.
///
/// Malformed input throws an `ImportError` naming the byte offset of the field that is wrong.
/// The mapping assumes the file does not shrink while open (SIGBUS otherwise, as for any mmap).
public struct ELFCore: PhysicalMemory, Sendable {
    public let path: String
    public let fileSize: UInt64
    /// PT_LOAD segments with a non-zero memory size, sorted by physical address; they never
    /// overlap (overlapping segments are rejected: which bytes would be the real ones?).
    public let segments: [LoadSegment]
    /// Every note of every PT_NOTE segment, in file order.
    public let notes: [ELFNote]
    /// One entry per vCPU, paired from the notes (see `CoreCPU`).
    public let cpus: [CoreCPU]

    private let file: MappedFile

    public var sourceName: String { path }

    public init(path: String) throws(ImportError) {
        let file = try MappedFile(path: path)
        let header = try ELFHeader(file)
        var segments: [LoadSegment] = []
        var notes: [ELFNote] = []
        for index in 0..<header.programHeaderCount {
            let entry = header.programHeaderOffset + UInt64(index) * ELFHeader.programHeaderSize
            let type = file.load32(at: entry)
            let offset = file.load64(at: entry + 8)
            let physicalAddress = file.load64(at: entry + 24)
            let fileBytes = file.load64(at: entry + 32)
            let memoryBytes = file.load64(at: entry + 40)
            switch type {
            case ELFHeader.loadSegmentType:
                guard fileBytes <= memoryBytes else {
                    throw ImportError(file: path, position: .byteOffset(entry + 32),
                                      .segmentFileSizeExceedsMemorySize(index: index, fileSize: fileBytes, memorySize: memoryBytes))
                }
                guard file.contains(offset: offset, length: fileBytes) else {
                    throw ImportError(file: path, position: .byteOffset(entry + 8),
                                      .segmentPastEndOfFile(index: index, offset: offset, size: fileBytes, fileSize: UInt64(file.count)))
                }
                let (_, overflow) = physicalAddress.addingReportingOverflow(memoryBytes)
                guard !overflow else {
                    throw ImportError(file: path, position: .byteOffset(entry + 40),
                                      .segmentWrapsAddressSpace(index: index, physicalAddress: physicalAddress, memorySize: memoryBytes))
                }
                if memoryBytes > 0 {
                    segments.append(LoadSegment(programHeaderIndex: index, programHeaderOffset: entry, physicalAddress: physicalAddress,
                                                fileOffset: offset, fileSize: fileBytes, memorySize: memoryBytes))
                }
            case ELFHeader.noteSegmentType:
                guard file.contains(offset: offset, length: fileBytes) else {
                    throw ImportError(file: path, position: .byteOffset(entry + 8),
                                      .segmentPastEndOfFile(index: index, offset: offset, size: fileBytes, fileSize: UInt64(file.count)))
                }
                notes += try ELFNote.parse(file, segmentOffset: offset, segmentSize: fileBytes)
            default:
                continue
            }
        }
        segments.sort { $0.physicalAddress < $1.physicalAddress }
        for (lower, upper) in zip(segments, segments.dropFirst()) where upper.physicalAddress < lower.physicalEnd {
            throw ImportError(file: path, position: .byteOffset(upper.programHeaderOffset + 24),
                              .segmentsOverlap(upper.programHeaderIndex, lower.programHeaderIndex, at: upper.physicalAddress))
        }
        self.path = path
        self.fileSize = UInt64(file.count)
        self.file = file
        self.segments = segments
        self.notes = notes
        self.cpus = try CoreCPU.pair(notes: notes, in: file)
    }

    /// The segment holding `address`, if any.
    public func segment(containing address: UInt64) -> LoadSegment? {
        // The last segment starting at or below the address (segments are sorted, disjoint).
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].physicalAddress <= address { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let candidate = segments[low - 1]
        return address < candidate.physicalEnd ? candidate : nil
    }

    public func word(atPhysicalAddress address: UInt64) -> UInt64? {
        if let segment = segment(containing: address) {
            let delta = address - segment.physicalAddress
            if segment.fileSize >= 8, delta <= segment.fileSize - 8 {
                return file.load64(at: segment.fileOffset + delta)
            }
        }
        return assembledWord(at: address)
    }

    public func tableEntries(atPhysicalAddress address: UInt64) -> [UInt64]? {
        if let segment = segment(containing: address), segment.fileSize >= 4096,
           address - segment.physicalAddress <= segment.fileSize - 4096 {
            return file.words(at: segment.fileOffset + (address - segment.physicalAddress), count: 512)
        }
        var entries: [UInt64] = []
        entries.reserveCapacity(512)
        for index in 0..<UInt64(512) {
            let (entryAddress, overflow) = address.addingReportingOverflow(index * 8)
            guard !overflow, let word = word(atPhysicalAddress: entryAddress) else { return nil }
            entries.append(word)
        }
        return entries
    }

    /// Fails with the address and the nearest segments, so a bad CR3 or a dump that left a table
    /// out is easy to tell apart.
    public func read64(physicalAddress address: UInt64) throws(ImportError) -> UInt64 {
        if let word = word(atPhysicalAddress: address) { return word }
        throw ImportError(file: path, position: nil, .physicalAddressAbsent(address, detail: neighbourhood(of: address)))
    }

    /// A word that straddles segments or the zero-filled tail, byte by byte.
    private func assembledWord(at address: UInt64) -> UInt64? {
        var value: UInt64 = 0
        for index in 0..<UInt64(8) {
            let (byteAddress, overflow) = address.addingReportingOverflow(index)
            guard !overflow, let segment = segment(containing: byteAddress) else { return nil }
            let delta = byteAddress - segment.physicalAddress
            let byte: UInt64 = delta < segment.fileSize ? UInt64(file.bytes(at: segment.fileOffset + delta, count: 1)[0]) : 0
            value |= byte << (index * 8)
        }
        return value
    }

    private func neighbourhood(of address: UInt64) -> String {
        guard !segments.isEmpty else { return "the core has no PT_LOAD segment" }
        let below = segments.last { $0.physicalAddress <= address }
        let above = segments.first { $0.physicalAddress > address }
        var parts: [String] = []
        if let below { parts.append("the segment below ends at \(hex(below.physicalEnd))") }
        if let above { parts.append("the segment above starts at \(hex(above.physicalAddress))") }
        return parts.joined(separator: ", ")
    }
}

/// One PT_LOAD program header: `memorySize` bytes of guest-physical memory at
/// `physicalAddress`, the first `fileSize` of them stored at `fileOffset`.
public struct LoadSegment: Hashable, Sendable {
    /// Its index in the program header table (for messages).
    public let programHeaderIndex: Int
    /// The byte offset of its program header in the file.
    public let programHeaderOffset: UInt64
    public let physicalAddress: UInt64
    public let fileOffset: UInt64
    public let fileSize: UInt64
    public let memorySize: UInt64

    /// One past the last byte (never overflows: the reader rejects segments that wrap).
    public var physicalEnd: UInt64 { physicalAddress + memorySize }
}
