import IsocheckDiagnostics

/// Every message the readers emit, with stable ids (tests assert by id; wording may improve).
extension Diagnostic.Message {
    // Files

    static func cannotOpen(reason: String) -> Self {
        Self(id: "import.cannot-open", "cannot read the file: \(reason)")
    }

    // ELF cores

    static func truncatedHeader(fileSize: UInt64) -> Self {
        Self(id: "import.elf.truncated-header", "the file ends after \(fileSize) bytes; an ELF64 header needs 64")
    }
    static func badMagic(_ found: [UInt8]) -> Self {
        let bytes = found.map { String($0, radix: 16).leftPadded(to: 2) }.joined(separator: " ")
        return Self(id: "import.elf.bad-magic", "expected the ELF magic 7f 45 4c 46, found \(bytes)")
    }
    static func unexpectedField(_ field: String, found: UInt64, expected: String) -> Self {
        Self(id: "import.elf.unexpected-field", "\(field) is \(found), expected \(expected)")
    }
    static func extendedCountPastEndOfFile(offset: UInt64, fileSize: UInt64) -> Self {
        Self(id: "import.elf.section-header-past-end",
             "e_phnum is 0xffff, so the count is in section header 0, but e_shoff \(hex(offset)) is past the end of the file (\(fileSize) bytes)")
    }
    static func programHeadersPastEndOfFile(offset: UInt64, count: Int, fileSize: UInt64) -> Self {
        Self(id: "import.elf.program-headers-past-end",
             "the program header table (\(count) entries of 56 bytes at \(hex(offset))) runs past the end of the file (\(fileSize) bytes)")
    }
    static func segmentPastEndOfFile(index: Int, offset: UInt64, size: UInt64, fileSize: UInt64) -> Self {
        Self(id: "import.elf.segment-past-end",
             "program header \(index): its \(size) file bytes at offset \(hex(offset)) run past the end of the file (\(fileSize) bytes)")
    }
    static func segmentFileSizeExceedsMemorySize(index: Int, fileSize: UInt64, memorySize: UInt64) -> Self {
        Self(id: "import.elf.filesz-exceeds-memsz",
             "program header \(index): p_filesz \(hex(fileSize)) is larger than p_memsz \(hex(memorySize))")
    }
    static func segmentWrapsAddressSpace(index: Int, physicalAddress: UInt64, memorySize: UInt64) -> Self {
        Self(id: "import.elf.segment-wraps",
             "program header \(index): p_paddr \(hex(physicalAddress)) + p_memsz \(hex(memorySize)) runs past the top of the physical address space")
    }
    static func segmentsOverlap(_ index: Int, _ other: Int, at address: UInt64) -> Self {
        Self(id: "import.elf.segments-overlap",
             "PT_LOAD program header \(index) starts at physical address \(hex(address)), inside program header \(other)")
    }
    static func noteOverrun(nameSize: UInt64, descriptorSize: UInt64, segmentEnd: UInt64) -> Self {
        Self(id: "import.elf.note-overrun",
             "a note with a \(nameSize)-byte name and a \(descriptorSize)-byte descriptor runs past the end of its PT_NOTE segment at \(hex(segmentEnd))")
    }
    static func noteTooShort(_ kind: String, size: UInt64, expected: UInt64) -> Self {
        Self(id: "import.elf.note-too-short", "the \(kind) note's descriptor is \(size) bytes, expected at least \(expected)")
    }
    static func physicalAddressAbsent(_ address: UInt64, detail: String?) -> Self {
        Self(id: "import.elf.address-absent",
             "physical address \(hex(address)) is in no PT_LOAD segment" + (detail.map { " (\($0))" } ?? ""))
    }

    // Page-table walks

    static func rootTableAbsent(_ address: UInt64, cr3: UInt64?) -> Self {
        Self(id: "import.walk.root-absent",
             "the PML4 at physical address \(hex(address))" + (cr3.map { " (from CR3 \(hex($0)))" } ?? "")
                + " is not in the memory: wrong CR3, or a dump that left the table out")
    }
    static func tableAbsent(_ address: UInt64, level: Int, virtualAddress: UInt64, referencingTable: UInt64, index: Int) -> Self {
        Self(id: "import.walk.table-absent",
             "the \(pagingStructureName(level: level)) at physical address \(hex(address)), needed for VA \(hex(virtualAddress)) by entry \(index) of the \(pagingStructureName(level: level + 1)) at \(hex(referencingTable)), is not in the memory")
    }
    static func walkTooLarge(table: UInt64, level: Int, maximumRuns: Int) -> Self {
        Self(id: "import.walk.too-large",
             "the \(pagingStructureName(level: level)) at \(hex(table)) maps more than \(maximumRuns) separate runs of pages; its entries probably point at the same tables over and over")
    }

    // ptdump text

    static func ptdumpExpected(_ what: String) -> Self {
        Self(id: "import.ptdump.expected", "expected \(what)")
    }
    static func ptdumpEmptyRange(start: UInt64, end: UInt64) -> Self {
        Self(id: "import.ptdump.empty-range", "the range \(hex(start))-\(hex(end)) ends where or before it starts")
    }
    static func ptdumpSizeMismatch(printed: String, byteCount: UInt64) -> Self {
        Self(id: "import.ptdump.size-mismatch", "the size \(printed) does not match the range, which spans \(hex(byteCount)) bytes")
    }
    static func ptdumpUnknownAttribute(_ word: String) -> Self {
        Self(id: "import.ptdump.unknown-attribute",
             "unknown attribute '\(word)': expected USR, RW, ro, PWT, PCD, PSE, PAT, GLB, NX or x, then the level")
    }
    static func ptdumpAttributeOutOfOrder(_ word: String) -> Self {
        Self(id: "import.ptdump.attribute-order",
             "'\(word)' is out of place: ptdump prints USR, RW/ro, PWT, PCD, PSE, PAT, GLB, NX/x in that order, each at most once")
    }

    // Symbol maps

    static func symbolExpected(_ what: String) -> Self {
        Self(id: "import.symbols.expected", "expected \(what) (System.map and kallsyms lines are 'ADDRESS TYPE NAME')")
    }
    static let symbolUnprintable = Self(
        id: "import.symbols.unprintable", "a symbol name holds a byte that is not printable ASCII; is this a symbol map?")
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

extension Diagnostic.Message {
    static func cannotDecompress(_ reason: String) -> Self {
        Self(id: "import.cannot-decompress", "cannot decompress the .xz file: \(reason)")
    }
}
