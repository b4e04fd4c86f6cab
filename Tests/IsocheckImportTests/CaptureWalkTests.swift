import Foundation
import IsocheckImport
import XCTest

/// Walks of the real Linux 6.1 captures (../shared/data/linux-6.1-kpti) against the data's own
/// cross-checked leaf listings, register notes and invariants.
final class CaptureWalkTests: XCTestCase {
    private func core(_ configuration: String, _ snapshot: String) throws -> ELFCore {
        try ELFCore(path: try CaptureData.decompressed("\(configuration)/\(snapshot)/pgtables.elf.xz"))
    }

    /// Each vCPU's CR3 and CPL from the dump's notes equal what meta.json (and QEMU's `info
    /// registers` / Bochs' `creg`) recorded; the GS bases too where the emulator exposed them.
    func testNotesGiveEachVCPUsCR3AndCPL() throws {
        for configuration in CaptureData.configurations {
            for snapshot in CaptureData.snapshots {
                let where_ = "\(configuration)/\(snapshot)"
                let core = try core(configuration, snapshot)
                let cpus = try XCTUnwrap(try CaptureData.meta(configuration, snapshot)["cpus"] as? [[String: Any]])
                XCTAssertEqual(core.cpus.count, cpus.count, where_)
                for (cpu, recorded) in zip(core.cpus, cpus) {
                    XCTAssertEqual(cpu.cr3, hexValue(recorded["cr3"]), where_)
                    XCTAssertEqual(cpu.cpl.map(Int.init), recorded["cpl"] as? Int, where_)
                    XCTAssertEqual(cpu.state?.cs.selector, hexValue(recorded["cs_selector"]).map(UInt32.init), where_)
                    XCTAssertEqual(cpu.state?.cr4, hexValue(recorded["cr4"]), where_)
                    if let gsBase = hexValue(recorded["gs_base"]) { XCTAssertEqual(cpu.gsBase, gsBase, where_) }
                    if let kernelGSBase = hexValue(recorded["kernel_gs_base"]) { XCTAssertEqual(cpu.kernelGSBase, kernelGSBase, where_) }
                    // QEMU dumps also carry NT_PRSTATUS, whose CS selector gives the same CPL.
                    if configuration != "pcid-bochs" {
                        XCTAssertEqual(cpu.status.map { Int($0.registers.cs & 3) }, recorded["cpl"] as? Int, where_)
                        XCTAssertEqual(cpu.status?.registers.rip, cpu.state?.rip, where_)
                    }
                }
            }
        }
    }

    func testPTIOnWalksReproduceTheListings() throws { try checkListings("pti-on") }
    func testPTIAutoWalksReproduceTheListings() throws { try checkListings("pti-auto") }
    func testNoPTIWalksReproduceTheListings() throws { try checkListings("nopti") }
    func testPCIDWalksReproduceTheListings() throws { try checkListings("pcid-bochs") }

    /// Every mappings-*.txt of every snapshot of `configuration`, run for run (all nine columns:
    /// VA and PA ranges, page size, page count, entry flags, effective U/W/X, leaf entry), plus
    /// the header's leaf, range and table-page counts. The walk starts from the CR3 in the ELF
    /// note of the vCPU the listing names: bits 11:0 (PCID) are masked, and under PTI bit 12
    /// picks the user or the kernel half of the PGD pair.
    private func checkListings(_ configuration: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for snapshot in CaptureData.snapshots {
            let core = try core(configuration, snapshot)
            let folder = try CaptureData.path("\(configuration)/\(snapshot)")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("mappings-") }.sorted()
            XCTAssertGreaterThanOrEqual(names.count, 2, file: file, line: line)
            for name in names {
                let where_ = "\(configuration)/\(snapshot)/\(name)"
                let listing = try LeafListing(text: try CaptureData.text("\(configuration)/\(snapshot)/\(name)"))
                let noteCR3 = try XCTUnwrap(core.cpus[listing.cpu].cr3, where_)
                XCTAssertEqual(noteCR3, listing.cr3, where_, file: file, line: line)
                let pti = configuration != "nopti"
                let cr3 = !pti ? noteCR3 : (listing.kind == "USER" ? noteCR3 | 0x1000 : noteCR3 & ~0x1000)
                let walk = try PageTableWalker(memory: core, missingTables: .fail).walk(cr3: cr3)
                XCTAssertEqual(walk.rootTable, listing.pgdAddress, where_, file: file, line: line)
                XCTAssertEqual(walk.leafCount, listing.leafCount, where_, file: file, line: line)
                XCTAssertEqual(walk.runs.count, listing.rangeCount, where_, file: file, line: line)
                XCTAssertEqual(listing.rows.count, listing.rangeCount, "\(where_): lines read", file: file, line: line)
                XCTAssertEqual(Set(walk.tables.map(\.physicalAddress)).count, listing.tablePageCount, where_, file: file, line: line)
                assertSameRows(walk.runs.map(LeafListing.row), listing.rows, where_, file: file, line: line)
                XCTAssertTrue(walk.faultingEntries.isEmpty, where_, file: file, line: line)
            }
        }
    }

    /// Facts the README states about the walks, checked on our own walk.
    func testFactsTheREADMEStates() throws {
        for configuration in CaptureData.configurations {
            let meta = try CaptureData.meta(configuration, "snap-user")
            let core = try core(configuration, "snap-user")
            let user = try PageTableWalker(memory: core).walk(rootTable: try XCTUnwrap(hexValue(meta["user_pgd_pa"])))
            let kernel = try PageTableWalker(memory: core).walk(rootTable: try XCTUnwrap(hexValue(meta["kernel_pgd_pa"])))
            for (name, walk) in [("user", user), ("kernel", kernel)] {
                let where_ = "\(configuration) \(name) PGD"
                // "W+X ranges in the kernel half of either PGD: 0 everywhere".
                let kernelHalf = walk.runs.filter { $0.virtualAddress >= 0xffff_8000_0000_0000 }
                XCTAssertEqual(kernelHalf.filter { $0.writable && !$0.noExecute }.count, 0, where_)
                // "The ESPfix area accounts for 65,536 lines in every listing: 4 KiB read-only
                // global mappings, 64 KiB apart, all of the same physical frame."
                let espfix = walk.runs.filter { (0xffff_ff00_0000_0000..<0xffff_ff80_0000_0000).contains($0.virtualAddress) }
                XCTAssertEqual(espfix.count, 65_536, where_)
                XCTAssertEqual(Set(espfix.map(\.physicalAddress)).count, 1, where_)
                XCTAssertTrue(espfix.allSatisfy { $0.pageSize == .size4K && $0.global && !$0.writable }, where_)
                XCTAssertTrue(zip(espfix, espfix.dropFirst()).allSatisfy { $1.virtualAddress - $0.virtualAddress == 0x1_0000 }, where_)
            }
            // "LSTAR = entry_SYSCALL_64, mapped executable in the user PGD", through one global
            // 2 MiB leaf shared with the kernel PGD.
            let symbols = try XCTUnwrap(meta["symbols"] as? [String: Any])
            let entry = try XCTUnwrap(hexValue(symbols["entry_SYSCALL_64"]))
            let userLeaf = try XCTUnwrap(user.leaf(containing: entry), configuration)
            XCTAssertEqual(userLeaf.pageSize, .size2M, configuration)
            XCTAssertTrue(!userLeaf.noExecute && userLeaf.global && !userLeaf.user, configuration)
            XCTAssertEqual(kernel.leaf(containing: entry)?.physicalAddress, userLeaf.physicalAddress, configuration)
            if configuration == "pti-on" || configuration == "pcid-bochs" {
                // The kernel image is neither cloned nor global: _text is not in the user PGD.
                XCTAssertNil(user.leaf(containing: try XCTUnwrap(hexValue(symbols["_text"]))), configuration)
            }
        }
    }

    /// The pcid-bochs CR3s carry PCIDs (0x802 user, 0x002 kernel): masking them finds the PGDs.
    func testPCIDBitsOfRealCR3sAreMasked() throws {
        for snapshot in CaptureData.snapshots {
            let meta = try CaptureData.meta("pcid-bochs", snapshot)
            let cr3 = try XCTUnwrap(try core("pcid-bochs", snapshot).cpus.first?.cr3)
            XCTAssertNotEqual(CR3Value(cr3).pcid, 0)
            let walk = try PageTableWalker(memory: try core("pcid-bochs", snapshot)).walk(cr3: cr3)
            let expected = CR3Value(cr3).pcid & 0x800 != 0 ? meta["user_pgd_pa"] : meta["kernel_pgd_pa"]
            XCTAssertEqual(walk.rootTable, hexValue(expected), snapshot)
        }
    }

    /// A CR3 outside every segment of a real core is a clear error, not a crash.
    func testCR3OutsideTheDump() throws {
        let core = try core("pti-on", "snap-user")
        XCTAssertThrowsError(try PageTableWalker(memory: core).walk(cr3: 0x7000_0000)) { error in
            let error = error as! ImportError
            XCTAssertEqual(error.message.id, "import.walk.root-absent")
            XCTAssertTrue(error.file.hasSuffix("pgtables.elf"), error.file)
        }
    }
}
