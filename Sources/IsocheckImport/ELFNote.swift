/// One entry of a PT_NOTE segment. The descriptor stays in the mapped file; only where it is
/// is kept here.
public struct ELFNote: Hashable, Sendable {
    /// The owner, without its terminating NUL ("CORE", "QEMU", "VMCOREINFO").
    public let name: String
    public let type: UInt32
    /// Where the note's header starts in the file.
    public let headerOffset: UInt64
    public let descriptorOffset: UInt64
    public let descriptorSize: UInt64

    static let headerSize: UInt64 = 12

    /// Splits a PT_NOTE segment into notes. Name and descriptor are each padded to 4 bytes, as
    /// Linux and QEMU write them for ELF64 cores. Fewer than 12 bytes left over are padding.
    static func parse(_ file: MappedFile, segmentOffset: UInt64, segmentSize: UInt64) throws(ImportError) -> [ELFNote] {
        var notes: [ELFNote] = []
        let end = segmentOffset + segmentSize  // checked against the file size by the caller
        var cursor = segmentOffset
        while end - cursor >= headerSize {
            let nameSize = UInt64(file.load32(at: cursor))
            let descriptorSize = UInt64(file.load32(at: cursor + 4))
            let type = file.load32(at: cursor + 8)
            let nameOffset = cursor + headerSize
            let descriptorOffset = nameOffset + padded(nameSize)
            let next = descriptorOffset + padded(descriptorSize)  // sizes are 32-bit: no overflow
            guard next <= end else {
                throw ImportError(file: file.path, position: .byteOffset(cursor),
                                  .noteOverrun(nameSize: nameSize, descriptorSize: descriptorSize, segmentEnd: end))
            }
            let nameBytes = file.bytes(at: nameOffset, count: Int(nameSize)).prefix { $0 != 0 }
            notes.append(ELFNote(name: String(decoding: nameBytes, as: UTF8.self), type: type, headerOffset: cursor,
                                 descriptorOffset: descriptorOffset, descriptorSize: descriptorSize))
            cursor = next
        }
        return notes
    }

    private static func padded(_ size: UInt64) -> UInt64 { (size + 3) & ~3 }
}
