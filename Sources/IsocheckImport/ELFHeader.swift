/// The fields of the ELF file header a core reader needs, checked field by field so a bad file
/// is reported at the byte that is wrong.
struct ELFHeader {
    static let size: UInt64 = 64
    static let programHeaderSize: UInt64 = 56
    static let sectionHeaderSize: UInt64 = 64
    static let loadSegmentType: UInt32 = 1
    static let noteSegmentType: UInt32 = 4
    /// e_phnum's escape value: the real count is in section header 0's sh_info (PN_XNUM), which
    /// vmcores with more than 65,534 segments use.
    static let extendedNumbering: UInt16 = 0xffff

    let programHeaderOffset: UInt64
    let programHeaderCount: Int

    init(_ file: MappedFile) throws(ImportError) {
        let path = file.path
        guard file.contains(offset: 0, length: Self.size) else {
            throw ImportError(file: path, position: .byteOffset(UInt64(file.count)), .truncatedHeader(fileSize: UInt64(file.count)))
        }
        let magic = file.bytes(at: 0, count: 4)
        guard magic == [0x7f, 0x45, 0x4c, 0x46] else {
            throw ImportError(file: path, position: .byteOffset(0), .badMagic(magic))
        }
        let fileClass = file.bytes(at: 4, count: 1)[0]
        guard fileClass == 2 else {
            throw ImportError(file: path, position: .byteOffset(4), .unexpectedField("EI_CLASS", found: UInt64(fileClass), expected: "2 (ELF64)"))
        }
        let encoding = file.bytes(at: 5, count: 1)[0]
        guard encoding == 1 else {
            throw ImportError(file: path, position: .byteOffset(5), .unexpectedField("EI_DATA", found: UInt64(encoding), expected: "1 (little-endian)"))
        }
        let type = file.load16(at: 16)
        guard type == 4 else {
            throw ImportError(file: path, position: .byteOffset(16), .unexpectedField("e_type", found: UInt64(type), expected: "4 (ET_CORE)"))
        }
        let machine = file.load16(at: 18)
        guard machine == 62 else {
            throw ImportError(file: path, position: .byteOffset(18), .unexpectedField("e_machine", found: UInt64(machine), expected: "62 (EM_X86_64)"))
        }
        let entrySize = file.load16(at: 54)
        let count = file.load16(at: 56)
        programHeaderOffset = file.load64(at: 32)
        if count == Self.extendedNumbering {
            programHeaderCount = try Self.extendedCount(file)
        } else {
            programHeaderCount = Int(count)
        }
        guard programHeaderCount > 0 else { return }
        guard UInt64(entrySize) == Self.programHeaderSize else {
            throw ImportError(file: path, position: .byteOffset(54),
                              .unexpectedField("e_phentsize", found: UInt64(entrySize), expected: "56 (an ELF64 program header)"))
        }
        // The count is at most 2^32, so the table's length cannot overflow.
        let tableSize = UInt64(programHeaderCount) * Self.programHeaderSize
        guard file.contains(offset: programHeaderOffset, length: tableSize) else {
            throw ImportError(file: path, position: .byteOffset(32),
                              .programHeadersPastEndOfFile(offset: programHeaderOffset, count: programHeaderCount, fileSize: UInt64(file.count)))
        }
    }

    private static func extendedCount(_ file: MappedFile) throws(ImportError) -> Int {
        let sectionOffset = file.load64(at: 40)
        guard file.contains(offset: sectionOffset, length: sectionHeaderSize) else {
            throw ImportError(file: file.path, position: .byteOffset(40), .extendedCountPastEndOfFile(offset: sectionOffset, fileSize: UInt64(file.count)))
        }
        return Int(file.load32(at: sectionOffset + 44))
    }
}
