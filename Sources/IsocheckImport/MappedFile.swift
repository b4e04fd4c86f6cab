#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file mapped read-only into the address space. A dump of several GiB costs only the pages a
/// walk touches, which the kernel can drop again at will, instead of a copy in the heap.
final class MappedFile: @unchecked Sendable {
    // Sendable by construction: the mapping is read-only and lives until deinit.
    let path: String
    let count: Int
    private let base: UnsafeRawPointer
    /// False for an empty file, which mmap cannot map: `base` is then a 1-byte placeholder
    /// that no read reaches, since every read is of a range `contains` accepted.
    private let isMapped: Bool

    init(path: String) throws(ImportError) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ImportError(file: path, position: nil, .cannotOpen(reason: Self.errorText()))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw ImportError(file: path, position: nil, .cannotOpen(reason: Self.errorText()))
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw ImportError(file: path, position: nil, .cannotOpen(reason: "not a regular file"))
        }
        count = Int(status.st_size)
        // mmap rejects an empty length; an empty file is reported by the reader as truncated.
        guard count > 0 else {
            base = UnsafeRawPointer(UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 8))
            isMapped = false
            return
        }
        let mapped = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let mapped, mapped != MAP_FAILED else {
            throw ImportError(file: path, position: nil, .cannotOpen(reason: "mmap: " + Self.errorText()))
        }
        base = UnsafeRawPointer(mapped)
        isMapped = true
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }

    /// Whether `[offset, offset + length)` lies inside the file, without overflowing.
    func contains(offset: UInt64, length: UInt64) -> Bool {
        let (end, overflow) = offset.addingReportingOverflow(length)
        return !overflow && end <= UInt64(count)
    }

    // The loads below are only called after `contains` said yes.

    func load64(at offset: UInt64) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: Int(offset), as: UInt64.self))
    }

    func load32(at offset: UInt64) -> UInt32 {
        UInt32(littleEndian: base.loadUnaligned(fromByteOffset: Int(offset), as: UInt32.self))
    }

    func load16(at offset: UInt64) -> UInt16 {
        UInt16(littleEndian: base.loadUnaligned(fromByteOffset: Int(offset), as: UInt16.self))
    }

    func bytes(at offset: UInt64, count length: Int) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: base + Int(offset), count: length))
    }

    /// Copies `count` little-endian words starting at `offset` into a fresh array.
    func words(at offset: UInt64, count wordCount: Int) -> [UInt64] {
        [UInt64](unsafeUninitializedCapacity: wordCount) { buffer, initialized in
            let source = UnsafeRawBufferPointer(start: base + Int(offset), count: wordCount * 8)
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            for index in 0..<wordCount { buffer[index] = UInt64(littleEndian: buffer[index]) }
            initialized = wordCount
        }
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
