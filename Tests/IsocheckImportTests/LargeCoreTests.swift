import Foundation
import IsocheckImport
import XCTest

/// A synthetic ELF core of more than 4 GiB: one PT_LOAD of 4 GiB + 16 MiB of guest-physical
/// memory, stored as a sparse file (holes cost no disk), with page tables in the last 16 MiB.
/// Opening and walking it must not read the file into memory.
final class LargeCoreTests: XCTestCase {
    private static let physicalSize: UInt64 = (4 << 30) + (16 << 20)
    private static let segmentOffset: UInt64 = 0x1000
    private static let tableBase: UInt64 = 4 << 30

    /// Writes the core and returns its path; the caller removes it.
    private func writeCore() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("isocheck-large-\(UUID().uuidString).elf").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var header: [UInt8] = [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0] + Array(repeating: 0, count: 8)
        header += littleEndian16(4) + littleEndian16(62) + littleEndian32(1) + littleEndian(0) + littleEndian(64) + littleEndian(0)
        header += littleEndian32(0) + littleEndian16(64) + littleEndian16(56) + littleEndian16(1) + littleEndian16(64) + littleEndian16(0) + littleEndian16(0)
        header += littleEndian32(1) + littleEndian32(4) + littleEndian(Self.segmentOffset) + littleEndian(0) + littleEndian(0)
        header += littleEndian(Self.physicalSize) + littleEndian(Self.physicalSize) + littleEndian(0)
        try handle.write(contentsOf: Data(header))
        try handle.truncate(atOffset: Self.segmentOffset + Self.physicalSize)

        // PML4 -> PDPT -> 4 PDs: VA 0..4 GiB identity-mapped by 2 MiB pages (A set on every
        // other one, so they stay separate runs), except the first 256 MiB, mapped by 4 KiB
        // pages through 128 PTs, and a 1 GiB slot whose 512 PD entries share one PT that maps a
        // single frame 32 times (espfix's shape): 83,840 runs in all.
        var pages: [UInt64: [UInt64]] = [:]
        func set(_ table: UInt64, _ index: Int, _ entry: UInt64) {
            pages[table, default: Array(repeating: 0, count: 512)][index] = entry
        }
        let pml4 = Self.tableBase, pdpt = pml4 + 0x1000, pd = pdpt + 0x1000, firstPT = pd + 0x5000, sharedPT = firstPT + 0x8_0000
        set(pml4, 0, pdpt | P | RW)
        for gib in 0..<4 {
            set(pdpt, gib, (pd + UInt64(gib) * 0x1000) | P | RW)
            for slot in 0..<512 {
                let va = UInt64(gib) << 30 | UInt64(slot) << 21
                if va < 256 << 20 {
                    let pt = firstPT + (va >> 21) * 0x1000
                    set(pd + UInt64(gib) * 0x1000, slot, pt | P | RW)
                    for page in 0..<512 {
                        set(pt, page, (va + UInt64(page) << 12) | P | RW | (page % 2 == 0 ? A : 0))
                    }
                } else {
                    set(pd + UInt64(gib) * 0x1000, slot, va | P | RW | PS | (slot % 2 == 0 ? A : 0))
                }
            }
        }
        let sharedPD = pd + 0x4000
        set(pdpt, 4, sharedPD | P | RW)
        for slot in 0..<512 { set(sharedPD, slot, sharedPT | P | RW) }
        for page in stride(from: 0, to: 512, by: 16) { set(sharedPT, page, 0x1234_5000 | P | G | NX) }
        for (address, words) in pages {
            try handle.seek(toOffset: Self.segmentOffset + address)
            try handle.write(contentsOf: Data(words.flatMap(littleEndian)))
        }
        return path
    }

    func testWalkOfAFourGiBCoreDoesNotLoadIt() throws {
        let path = try writeCore()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let before = residentBytes()
        let start = Date()
        let core = try ELFCore(path: path)
        XCTAssertEqual(core.fileSize, Self.segmentOffset + Self.physicalSize)
        let walk = try PageTableWalker(memory: core).walk(cr3: Self.tableBase)
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(walk.runs.count, 65_536 + 1_920 + 512 * 32)
        XCTAssertEqual(walk.leafCount, 65_536 + 1_920 + 512 * 32)
        XCTAssertEqual(walk.leaf(containing: 0xffff_ffff)?.physicalAddress, 0xffe0_0000)
        XCTAssertEqual(walk.leaf(containing: (4 << 30) + 0x7_0000)?.physicalAddress, 0x1234_5000)
        // Words anywhere in the 4 GiB read through the mapping (holes read as zero).
        XCTAssertEqual(try core.read64(physicalAddress: 0), 0)
        XCTAssertEqual(try core.read64(physicalAddress: (2 << 30) + 8), 0)
        XCTAssertEqual(try core.read64(physicalAddress: Self.tableBase), (Self.tableBase + 0x1000) | P | RW)
        let growth = residentBytes() - before
        print("4 GiB synthetic core: \(walk.runs.count) runs in \(String(format: "%.2f", seconds)) s, "
              + "resident memory grew by \(growth >> 20) MiB (peak of the process \(peakResidentBytes() >> 20) MiB)")
        // The runs and the memo need a few MiB; reading the file in would need 4 GiB.
        XCTAssertLessThan(growth, 64 << 20)
    }

    /// VmRSS of this process, from /proc/self/statm (resident pages).
    private func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
    }

    /// VmHWM: the most this process has ever had resident.
    private func peakResidentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kib = Int(line.split(separator: " ")[1])
        else { return 0 }
        return kib << 10
    }
}
