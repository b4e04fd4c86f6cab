// libFuzzer harness for the ELF core reader and the page-table walker over it.
//
// `ELFCore` reads a file through mmap, so each input is written to one file on tmpfs
// (`$ISOCHECK_FUZZ_TMPDIR`, else /dev/shm, else /tmp), rewritten in place every iteration.
// The walker then runs from every CR3 the QEMU notes give (at most 4 vCPUs) and from the
// input's e_entry field, which a core reader ignores and so serves as a CR3 the fuzzer
// controls. Bit 0 of e_flags (also ignored in a core) picks the `.fail` policy for tables the
// core does not hold. Each walk is read the way a layout check reads it.
//
// A thrown ImportError is the normal outcome for bad input (it is rendered as the CLI would);
// only a trap, a sanitizer report, a hang or a memory blow-up is a finding.
#if canImport(Glibc)
import Glibc
#endif
import IsocheckDiagnostics
import IsocheckImport

/// The file every input is written to; removed at exit (a crash leaves it behind, which is
/// why run.sh points `ISOCHECK_FUZZ_TMPDIR` at a folder it removes).
private let corePath: String = {
    let folder: String
    if let chosen = getenv("ISOCHECK_FUZZ_TMPDIR") {
        folder = String(cString: chosen)
    } else if access("/dev/shm", W_OK) == 0 {
        folder = "/dev/shm"
    } else {
        folder = "/tmp"
    }
    let path = "\(folder)/isocheck-fuzz-elf-\(getpid()).core"
    // atexit takes a C function pointer, which cannot capture: it reads a global copy.
    corePathForCleanup = strdup(path)
    atexit { if let path = corePathForCleanup { unlink(path) } }
    return path
}()

nonisolated(unsafe) private var corePathForCleanup: UnsafeMutablePointer<CChar>?

/// Replaces the file's contents with `bytes`; false if the file cannot be written.
private func writeCore(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let descriptor = open(corePath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    guard let base = bytes.baseAddress else { return true }
    var written = 0
    while written < bytes.count {
        let result = write(descriptor, base + written, bytes.count - written)
        guard result > 0 else { return false }
        written += result
    }
    return true
}

private func littleEndian64(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64? {
    guard bytes.count >= offset + 8 else { return nil }
    return (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzELF(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard writeCore(bytes) else {
        print("elf harness: cannot write \(corePath)")
        abort()
    }
    var checksum: UInt64 = 0
    do {
        let core = try ELFCore(path: corePath)
        report("\(core.segments.count) segments, \(core.notes.count) notes, \(core.cpus.count) CPUs")
        for cpu in core.cpus {
            checksum &+= UInt64(cpu.cpl ?? 0) &+ (cpu.gsBase ?? 0) &+ (cpu.kernelGSBase ?? 0) &+ (cpu.cr3 ?? 0)
            checksum &+= cpu.status?.registers.rip ?? 0
            checksum &+= (cpu.state?.rip ?? 0) &+ (cpu.state?.rsp ?? 0) &+ (cpu.state?.cr4 ?? 0)
        }
        for note in core.notes { checksum &+= UInt64(note.name.utf8.count) &+ note.descriptorSize }
        for segment in core.segments.prefix(16) {
            checksum &+= (try? core.read64(physicalAddress: segment.physicalAddress)) ?? 0
            checksum &+= (try? core.read64(physicalAddress: segment.physicalEnd &- 4)) ?? 0
            checksum &+= core.segment(containing: segment.physicalEnd)?.physicalAddress ?? 0
        }
        var roots: [UInt64] = []
        for cr3 in core.cpus.prefix(4).compactMap(\.cr3) where !roots.contains(cr3) { roots.append(cr3) }
        if let entry = littleEndian64(bytes, at: 24), !roots.contains(entry) { roots.append(entry) }
        let failOnMissing = bytes.count > 48 && bytes[48] & 1 == 1
        // The walker's output bound, lowered from the default 2^22 runs to 2^16 (a whole Linux
        // capture is about 65,000). The code is the same; only the number differs. At the
        // default, a 4 KiB table whose first 44 entries point at itself walks to 3.7 million
        // runs: 0.7 s and 380 MB in a release build, but about 9 s and 1 GB under ASan, which
        // the fuzzer would report as a timeout that is no bug.
        let walker = PageTableWalker(memory: core, missingTables: failOnMissing ? .fail : .report, maximumRuns: 1 << 16)
        for cr3 in roots {
            do {
                let walk = try walker.walk(cr3: cr3)
                report("walk from \(String(cr3, radix: 16)): \(walk.runs.count) runs, \(walk.leafCount) leaves, \(walk.missingTables.count) missing tables")
                checksum &+= summarise(walk)
            } catch {
                report("walk from \(String(cr3, radix: 16)): \(error)")
                checksum &+= UInt64(error.diagnostic.message.text.utf8.count)
            }
        }
    } catch {
        report("\(error)")
        checksum &+= UInt64(DiagnosticRenderer(sources: []).render(error.diagnostic).utf8.count)
    }
    blackHole(checksum)
    return 0
}

/// Reads a walk as a layout check and a report do: every run, the merged ranges, lookups by
/// VA and by frame, and the first leaves one by one.
private func summarise(_ walk: PageTableWalk) -> UInt64 {
    var checksum = walk.leafCount &+ UInt64(walk.tables.count) &+ UInt64(walk.faultingEntries.count)
    checksum &+= walk.isComplete ? 1 : 0
    for missing in walk.missingTables { checksum &+= missing.firstVirtualAddress &+ UInt64(missing.referenceCount) }
    for range in walk.permissionRanges() { checksum &+= range.lastVirtualAddress &+ range.lastPhysicalAddress }
    // `leaves(mapping:)` scans every run, so only a few frames are looked up: the harness
    // must stay linear in the walk's size, or a big walk would look like a hang.
    for run in walk.runs.prefix(4) { checksum &+= UInt64(walk.leaves(mapping: run.lastPhysicalAddress).count) }
    for run in walk.runs.prefix(64) {
        checksum &+= run.lastVirtualAddress &+ run.lastPhysicalAddress
        checksum &+= walk.leaf(containing: run.lastVirtualAddress)?.physicalAddress ?? 0
        checksum &+= UInt64(run.entry.flagLetters(for: run.pageSize).utf8.count)
        checksum &+= UInt64(PtdumpAttributes(leafEntry: run.entry, size: run.pageSize).description.utf8.count)
    }
    for probe: UInt64 in [0, 0x7fff_ffff_f000, 0xffff_8000_0000_0000, 0xffff_ffff_8100_0000, .max] {
        checksum &+= walk.leaf(containing: probe)?.physicalAddress ?? 0
    }
    for leaf in walk.leaves.prefix(1024) { checksum &+= leaf.virtualAddress ^ leaf.physicalAddress &+ (leaf.global ? 1 : 0) }
    return checksum
}
