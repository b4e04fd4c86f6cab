import Foundation
import IsocheckImport
import XCTest

// Entry bits, named as in the SDM.
let P: UInt64 = 1 << 0
let RW: UInt64 = 1 << 1
let US: UInt64 = 1 << 2
let A: UInt64 = 1 << 5
let D: UInt64 = 1 << 6
let PS: UInt64 = 1 << 7
let G: UInt64 = 1 << 8
let NX: UInt64 = 1 << 63

/// Hand-built tables in a dictionary-backed memory.
struct Tables {
    var memory = PageMemory(sourceName: "hand-built tables")

    mutating func table(_ address: UInt64) { memory.addPage(at: address) }

    mutating func set(_ table: UInt64, _ index: Int, _ entry: UInt64) {
        memory.write(entry, at: table + UInt64(index) * 8)
    }

    func walk(cr3: UInt64 = 0x1000, maximumRuns: Int = 1 << 22) throws -> PageTableWalk {
        try PageTableWalker(memory: memory, maximumRuns: maximumRuns).walk(cr3: cr3)
    }
}

final class PageTableWalkerTests: XCTestCase {
    func testEachLeafSize() throws {
        var t = Tables()
        t.set(0x1000, 0, 0x2000 | P | RW | US)  // PML4[0] -> PDPT
        t.set(0x2000, 1, 0x4000_0000 | P | RW | PS)  // PDPT[1]: 1 GiB at VA 1G
        t.set(0x2000, 0, 0x3000 | P | RW | US)  // PDPT[0] -> PD
        t.set(0x3000, 1, 0x60_0000 | P | PS | G)  // PD[1]: 2 MiB at VA 2M
        t.set(0x3000, 0, 0x4000 | P | RW | US)  // PD[0] -> PT
        t.set(0x4000, 5, 0x7000 | P | RW | US | PS)  // PT[5]: 4 KiB; bit 7 is PAT here, not PS
        let leaves = Array(try t.walk().leaves)
        XCTAssertEqual(leaves.map(\.virtualAddress), [0x5000, 0x20_0000, 0x4000_0000])
        XCTAssertEqual(leaves.map(\.physicalAddress), [0x7000, 0x60_0000, 0x4000_0000])
        XCTAssertEqual(leaves.map(\.pageSize), [.size4K, .size2M, .size1G])
        XCTAssertEqual(leaves.map(\.global), [false, true, false])
        XCTAssertTrue(leaves[0].entry.pat(for: .size4K))
        XCTAssertEqual(leaves[0].entry.flagLetters(for: .size4K), "PWU-----a--")
        XCTAssertEqual(leaves[1].entry.flagLetters(for: .size2M), "P------S-G-")
    }

    func testLargeLeafFrameIgnoresLowBits() throws {
        var t = Tables()
        t.set(0x1000, 0, 0x2000 | P)
        t.set(0x2000, 0, 0x3000 | P)
        // A 2 MiB leaf with PAT (bit 12) set: bit 12 is not part of the frame.
        t.set(0x3000, 0, 0x40_0000 | 0x1000 | P | PS)
        let leaf = try XCTUnwrap(Array(try t.walk().leaves).first)
        XCTAssertEqual(leaf.physicalAddress, 0x40_0000)
        XCTAssertTrue(leaf.entry.pat(for: .size2M))
    }

    /// RW and US are the AND along the walk, NX the OR: every combination over two levels.
    func testEffectivePermissionsCombineAlongTheWalk() throws {
        var t = Tables()
        t.set(0x1000, 0, 0x2000 | P | RW | US)
        t.set(0x2000, 0, 0x3000 | P | RW | US)
        var index = 0
        var expected: [(Bool, Bool, Bool)] = []
        for upper in 0..<8 {
            for leaf in 0..<8 {
                let bits = { (mask: Int) -> UInt64 in
                    (mask & 1 != 0 ? RW : 0) | (mask & 2 != 0 ? US : 0) | (mask & 4 != 0 ? NX : 0)
                }
                let pt = 0x10_0000 + UInt64(index) * 0x1000
                t.set(0x3000, index, pt | P | bits(upper))
                t.set(pt, 0, 0x50_0000 | P | bits(leaf))
                expected.append(((upper & leaf & 1) != 0, (upper & leaf & 2) != 0, ((upper | leaf) & 4) != 0))
                index += 1
            }
        }
        let leaves = Array(try t.walk().leaves)
        XCTAssertEqual(leaves.count, 64)
        for (leaf, want) in zip(leaves, expected) {
            XCTAssertEqual(leaf.writable, want.0, "VA \(String(leaf.virtualAddress, radix: 16))")
            XCTAssertEqual(leaf.user, want.1, "VA \(String(leaf.virtualAddress, radix: 16))")
            XCTAssertEqual(leaf.noExecute, want.2, "VA \(String(leaf.virtualAddress, radix: 16))")
        }
        // The top level counts too: a supervisor-only PML4 entry makes everything below kernel-only.
        t.set(0x1000, 0, 0x2000 | P | RW | NX)
        XCTAssertTrue(try t.walk().leaves.allSatisfy { !$0.user && $0.noExecute })
    }

    func testKernelHalfIsSignExtended() throws {
        var t = Tables()
        t.set(0x1000, 256, 0x2000 | P)  // PML4[256]: the first kernel-half slot
        t.set(0x1000, 511, 0x2000 | P)
        t.set(0x2000, 511, 0x4000_0000 | P | PS)
        t.set(0x1000, 255, 0x2000 | P)  // the last user-half slot
        let walk = try t.walk()
        XCTAssertEqual(walk.runs.map(\.virtualAddress), [0x7fff_c000_0000, 0xffff_8000_0000_0000 + 0x7f_c000_0000, 0xffff_ffff_c000_0000])
        // The last run ends at the top of the address space without overflowing.
        XCTAssertEqual(walk.runs.last?.lastVirtualAddress, .max)
        XCTAssertEqual(walk.leaf(containing: 0xffff_ffff_ffff_f000)?.physicalAddress, 0x4000_0000)
        XCTAssertNil(walk.leaf(containing: 0x8000_0000_0000))
    }

    /// VA 2^47 - 1 and 2^47 are contiguous in the tables but not in canonical addresses.
    func testRunsDoNotMergeAcrossTheCanonicalHole() throws {
        var t = Tables()
        t.set(0x1000, 255, 0x2000 | P)
        t.set(0x1000, 256, 0x3000 | P)
        t.set(0x2000, 511, 0x0 | P | PS)
        t.set(0x3000, 0, 0x4000_0000 | P | PS)
        XCTAssertEqual(try t.walk().runs.count, 2)
    }

    func testRunsMergeOnlyIdenticalEntries() throws {
        var t = Tables()
        t.set(0x1000, 0, 0x2000 | P | RW)
        t.set(0x2000, 0, 0x3000 | P | RW)
        t.set(0x3000, 0, 0x4000 | P | RW)
        for index in 0..<4 { t.set(0x4000, index, 0x10_0000 + UInt64(index) * 0x1000 | P | RW | A) }
        t.set(0x4000, 4, 0x10_4000 | P | RW | A | D)  // dirty: a new run (the listings' rule)
        t.set(0x4000, 5, 0x10_5000 | P | RW | A | D)
        t.set(0x4000, 6, 0x20_0000 | P | RW | A | D)  // PA not contiguous
        let walk = try t.walk()
        XCTAssertEqual(walk.runs.map(\.pageCount), [4, 2, 1])
        XCTAssertEqual(walk.leafCount, 7)
        XCTAssertEqual(Array(walk.leaves)[5].entry.rawValue, 0x10_5000 | P | RW | A | D)
        // By permissions alone, the first six pages are one range.
        XCTAssertEqual(walk.permissionRanges().map(\.byteCount), [0x6000, 0x1000])
    }

    func testCR3PCIDAndNoFlushBitsAreMasked() throws {
        var t = Tables()
        t.set(0x1000, 0, 0x2000 | P)
        t.set(0x2000, 0, 0x4000_0000 | P | PS)
        let plain = try t.walk(cr3: 0x1000)
        let tagged = try t.walk(cr3: 0x8000_0000_0000_1802)  // NOFLUSH, PCID 0x802
        XCTAssertEqual(tagged.rootTable, 0x1000)
        XCTAssertEqual(tagged.runs, plain.runs)
        let cr3 = CR3Value(0x8000_0000_0000_1802)
        XCTAssertEqual(cr3.pcid, 0x802)
        XCTAssertTrue(cr3.noFlush)
    }

    /// PML4[0] points at the PML4 itself: the page is read as PDPT, PD and PT in turn, so the
    /// walk ends after four levels, and the self-map shows up as leaves mapping the table.
    func testTableThatPointsIntoItselfTerminates() throws {
        var t = Tables()
        t.set(0x1000, 0, 0x1000 | P | RW)
        t.set(0x1000, 1, 0x9000 | P)  // at the PT level this is a 4 KiB leaf at VA 0x1000
        t.table(0x9000)
        let walk = try t.walk()
        XCTAssertEqual(Array(walk.leaves).map(\.virtualAddress), [0x0, 0x1000])
        XCTAssertEqual(Array(walk.leaves).map(\.physicalAddress), [0x1000, 0x9000])
        XCTAssertEqual(walk.tables.filter { $0.physicalAddress == 0x1000 }.map(\.level), [4, 3, 2, 1])
        XCTAssertEqual(walk.missingTables, [])
    }

    /// Every PML4 slot points at one PDPT whose every slot points at one PD: the shared tables
    /// are expanded once, and the 512 × 512 × 512 leaves come out as 262,144 runs.
    func testSharedTablesAreExpandedOnce() throws {
        var t = Tables()
        for index in 0..<512 {
            t.set(0x1000, index, 0x2000 | P)
            t.set(0x2000, index, 0x3000 | P)
            t.set(0x3000, index, UInt64(index) << 21 | P | PS)  // 1 GiB identity run of 2 MiB pages
        }
        let start = Date()
        let walk = try t.walk()
        XCTAssertEqual(walk.runs.count, 512 * 512)
        XCTAssertEqual(walk.leafCount, 512 * 512 * 512)
        XCTAssertEqual(walk.tables.map(\.referenceCount), [1, 512, 512])  // entries pointing at each
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        // With a budget below that, the walk stops with an error naming the table.
        XCTAssertThrowsError(try t.walk(maximumRuns: 100_000)) { error in
            let error = error as! ImportError
            XCTAssertEqual(error.message.id, "import.walk.too-large")
            XCTAssertTrue(error.description.contains("PML4 at 0x1000"), error.description)
        }
    }

    /// espfix64's shape: many PMD entries share one PT page whose entries all map one frame.
    func testOneFrameMappedManyTimes() throws {
        var t = Tables()
        t.set(0x1000, 510, 0x2000 | P | RW)
        t.set(0x2000, 0, 0x3000 | P | RW)
        for index in 0..<512 { t.set(0x3000, index, 0x4000 | P | RW) }  // every PMD -> one PT
        for index in stride(from: 0, to: 512, by: 16) { t.set(0x4000, index, 0x8000 | P | G | NX) }
        let walk = try t.walk()
        XCTAssertEqual(walk.runs.count, 512 * 32)
        XCTAssertTrue(walk.runs.allSatisfy { $0.physicalAddress == 0x8000 && $0.pageCount == 1 })
        XCTAssertEqual(walk.tables.first { $0.physicalAddress == 0x4000 }?.referenceCount, 512)
        // Every alias of the frame, found from the frame.
        let aliases = walk.leaves(mapping: 0x8123)
        XCTAssertEqual(aliases.count, 512 * 32)
        XCTAssertEqual(aliases.first?.virtualAddress, 0xffff_ff00_0000_0000)
        XCTAssertEqual(aliases.last?.virtualAddress, 0xffff_ff00_3fff_0000)
        XCTAssertEqual(walk.leaves(mapping: 0x9000), [])
    }

    func testMissingTablesAreReportedWithWhereTheyWereNeeded() throws {
        var t = Tables()
        t.set(0x1000, 0, 0x2000 | P)
        t.set(0x2000, 3, 0x3000 | P)  // the PD at 0x3000 is not in memory
        t.set(0x2000, 4, 0x3000 | P)
        t.set(0x2000, 0, 0x4000_0000 | P | PS)
        let walk = try t.walk()
        XCTAssertFalse(walk.isComplete)
        let missing = try XCTUnwrap(walk.missingTables.first)
        XCTAssertEqual(walk.missingTables.count, 1)
        XCTAssertEqual([missing.physicalAddress, UInt64(missing.level), missing.firstVirtualAddress], [0x3000, 2, 0xc000_0000])
        XCTAssertEqual([missing.referencingTable, UInt64(missing.referencingIndex), UInt64(missing.referenceCount)], [0x2000, 3, 2])
        XCTAssertEqual(walk.leafCount, 1)
        // The same tables under the strict policy.
        XCTAssertThrowsError(try PageTableWalker(memory: t.memory, missingTables: .fail).walk(cr3: 0x1000)) { error in
            let error = error as! ImportError
            XCTAssertEqual(error.message.id, "import.walk.table-absent")
            XCTAssertEqual(error.description, "hand-built tables: the PD at physical address 0x3000, needed for VA 0xc0000000 by entry 3 of the PDPT at 0x2000, is not in the memory")
        }
    }

    func testRootOutsideMemoryIsAnError() throws {
        var t = Tables()
        t.table(0x1000)
        XCTAssertThrowsError(try t.walk(cr3: 0x5000)) { error in
            let error = error as! ImportError
            XCTAssertEqual(error.message.id, "import.walk.root-absent")
            XCTAssertTrue(error.description.contains("0x5000"), error.description)
        }
    }

    func testPageSizeBitInPML4EntryFaults() throws {
        var t = Tables()
        t.set(0x1000, 3, 0x8000_0000 | P | PS)
        let walk = try t.walk()
        XCTAssertEqual(walk.leafCount, 0)
        XCTAssertEqual(walk.faultingEntries.map(\.index), [3])
    }

    func testNotPresentEntriesAreSkippedWhateverTheirOtherBits() throws {
        var t = Tables()
        t.set(0x1000, 0, 0x2000 | RW | US)  // not present: its table is never read
        t.set(0x1000, 1, 0x3000 | P)
        t.set(0x3000, 0, 0xdead_0000 | RW | PS)
        let walk = try t.walk()
        XCTAssertEqual(walk.leafCount, 0)
        XCTAssertEqual(walk.missingTables, [])
    }

    /// The walker over an ELF core built from the same tables gives the same answer.
    func testWalkOverAnELFCore() throws {
        var t = Tables()
        t.set(0x1000, 0, 0x2000 | P | RW | US)
        t.set(0x2000, 0, 0x3000 | P | RW | US)
        t.set(0x3000, 0, 0x5000 | P | RW | US)
        t.set(0x5000, 7, 0x7000 | P | US)
        let core = try ELFCore(path: try ELFImage(memory: t.memory).write())
        let walk = try PageTableWalker(memory: core).walk(cr3: 0x1000)
        XCTAssertEqual(walk.runs, try t.walk().runs)
        XCTAssertEqual(walk.leaf(containing: 0x7123)?.physicalAddress, 0x7000)
    }
}
