import Foundation
import IsocheckImport
import XCTest

final class ELFCoreTests: XCTestCase {
    /// Two vCPUs as QEMU writes them: NT_PRSTATUS for each, then QEMU's note for each.
    private func qemuStyleImage() -> ELFImage {
        var memory = PageMemory()
        memory.write(0x1122_3344_5566_7788, at: 0x20_0000)
        memory.write(0xaaaa, at: 0x20_1ff8)
        memory.write(0xbbbb, at: 0x30_0000)
        return ELFImage(memory: memory, notes: [
            ELFImage.prstatusNote(pid: 1, cs: 0x10, rip: 0xffff_ffff_8100_0000, gsBase: 0xffff_8880_0000_0000),
            ELFImage.prstatusNote(pid: 2, cs: 0x33, rip: 0x40_1000),
            ELFImage.qemuNote(cr3: 0x285c000, csSelector: 0x10, csFlags: 0x00af_9b00, gsBase: 0xffff_8880_0000_0000),
            ELFImage.qemuNote(cr3: 0x8000_0000_0293_d802, csSelector: 0x33, csFlags: 0x00af_fb00, kernelGSBase: 0xffff_8880_0010_0000),
        ])
    }

    private func open(_ bytes: [UInt8]) throws -> ELFCore {
        try ELFCore(path: try writeTemporary(bytes, name: "test.elf"))
    }

    /// Asserts that opening `bytes` fails with `id` at byte `offset`.
    private func assertRejected(_ bytes: [UInt8], id: String, offset: UInt64?, containing text: String,
                                file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try open(bytes), file: file, line: line) { error in
            guard let error = error as? ImportError else { return XCTFail("not an ImportError: \(error)", file: file, line: line) }
            XCTAssertEqual(error.message.id, id, error.description, file: file, line: line)
            XCTAssertEqual(error.byteOffset, offset, error.description, file: file, line: line)
            XCTAssertTrue(error.description.contains(text), "\(error.description) lacks '\(text)'", file: file, line: line)
            XCTAssertTrue(error.description.hasSuffix(error.message.text), file: file, line: line)
            XCTAssertTrue(error.file.hasSuffix("test.elf"), file: file, line: line)
        }
    }

    func testSegmentsAreGuestPhysicalMemory() throws {
        let core = try open(qemuStyleImage().build().bytes)
        XCTAssertEqual(core.segments.map(\.physicalAddress), [0x20_0000, 0x30_0000])
        XCTAssertEqual(core.segments.map(\.memorySize), [0x2000, 0x1000])
        XCTAssertEqual(try core.read64(physicalAddress: 0x20_0000), 0x1122_3344_5566_7788)
        XCTAssertEqual(try core.read64(physicalAddress: 0x20_0001), 0x0011_2233_4455_6677)  // unaligned
        XCTAssertEqual(try core.read64(physicalAddress: 0x20_1ff8), 0xaaaa)
        XCTAssertEqual(core.tableEntries(atPhysicalAddress: 0x30_0000)?.first, 0xbbbb)
        XCTAssertNil(core.tableEntries(atPhysicalAddress: 0x20_1000 + 8))  // runs off the segment
        XCTAssertNil(core.word(atPhysicalAddress: 0x20_1ffc))  // straddles the segment's end
    }

    func testAbsentAddressIsAnErrorNamingTheNeighbours() throws {
        let core = try open(qemuStyleImage().build().bytes)
        XCTAssertThrowsError(try core.read64(physicalAddress: 0x28_0000)) { error in
            let error = error as! ImportError
            XCTAssertEqual(error.message.id, "import.elf.address-absent")
            XCTAssertNil(error.position)
            XCTAssertTrue(error.description.hasSuffix(
                "physical address 0x280000 is in no PT_LOAD segment (the segment below ends at 0x202000, the segment above starts at 0x300000)"),
                error.description)
        }
        XCTAssertThrowsError(try core.read64(physicalAddress: 0x10))
        XCTAssertThrowsError(try core.read64(physicalAddress: .max - 3))
    }

    /// Bytes between p_filesz and p_memsz read as zero (ELF's rule); beyond p_memsz is absent.
    func testMemoryBeyondFileSizeReadsAsZero() throws {
        let image = ELFImage(loads: [.init(physicalAddress: 0x1000, bytes: littleEndian(0x1234) + littleEndian(0x5678), memorySize: 0x2000)])
        let core = try open(image.build().bytes)
        XCTAssertEqual(try core.read64(physicalAddress: 0x1008), 0x5678)
        XCTAssertEqual(try core.read64(physicalAddress: 0x100c), 0)  // half file, half zero fill
        XCTAssertEqual(try core.read64(physicalAddress: 0x2ff8), 0)
        XCTAssertEqual(core.tableEntries(atPhysicalAddress: 0x1000)?.prefix(3), [0x1234, 0x5678, 0])
        XCTAssertNil(core.word(atPhysicalAddress: 0x3000))
    }

    func testCPUsFromPrStatusAndQEMUNotes() throws {
        let core = try open(qemuStyleImage().build().bytes)
        XCTAssertEqual(core.cpus.count, 2)
        let (cpu0, cpu1) = (core.cpus[0], core.cpus[1])
        XCTAssertEqual(cpu0.cr3, 0x285c000)
        XCTAssertEqual(cpu0.cpl, 0)
        XCTAssertEqual(cpu0.status?.pid, 1)
        XCTAssertEqual(cpu0.status?.registers.rip, 0xffff_ffff_8100_0000)
        XCTAssertEqual(cpu0.gsBase, 0xffff_8880_0000_0000)
        XCTAssertEqual(cpu1.cr3, 0x8000_0000_0293_d802)
        XCTAssertEqual(cpu1.cpl, 3)
        XCTAssertEqual(cpu1.status?.registers.cs, 0x33)
        XCTAssertEqual(cpu1.kernelGSBase, 0xffff_8880_0010_0000)
        XCTAssertEqual(cpu1.state?.cs.selector, 0x33)
        XCTAssertEqual(cpu1.state?.cr0, 0x8005_0033)
        XCTAssertEqual(core.notes.map(\.name), ["CORE", "CORE", "QEMU", "QEMU"])
    }

    /// A vmcore has NT_PRSTATUS only (the CPL from CS's RPL, no CR3); a QEMU note from before
    /// QEMU 5.0 has no kernel_gs_base.
    func testCPUsFromPartialNotes() throws {
        var image = ELFImage(notes: [ELFImage.prstatusNote(pid: 4242, cs: 0x33)])
        var core = try open(image.build().bytes)
        XCTAssertEqual(core.cpus.count, 1)
        XCTAssertNil(core.cpus[0].cr3)
        XCTAssertEqual(core.cpus[0].cpl, 3)
        image = ELFImage(notes: [ELFImage.qemuNote(cr3: 0x1000, csSelector: 0x10, csFlags: 0x9b00, kernelGSBase: nil)])
        core = try open(image.build().bytes)
        XCTAssertEqual(core.cpus[0].cr3, 0x1000)
        XCTAssertNil(core.cpus[0].kernelGSBase)
        XCTAssertNil(core.cpus[0].status)
    }

    /// e_phnum = 0xffff: the count is in section header 0 (PN_XNUM).
    func testExtendedProgramHeaderCount() throws {
        let image = ELFImage(loads: [.init(physicalAddress: 0x1000, bytes: littleEndian(7))])
        var (bytes, _) = image.build()
        let sectionHeader = UInt64(bytes.count)
        bytes += [UInt8](repeating: 0, count: 64)
        patch(&bytes, at: sectionHeader + 44, 1, width: 4)  // sh_info = 1
        patch(&bytes, at: 40, sectionHeader, width: 8)  // e_shoff
        patch(&bytes, at: 56, 0xffff, width: 2)
        XCTAssertEqual(try open(bytes).read64(physicalAddress: 0x1000), 7)
        patch(&bytes, at: 40, 0x10_0000, width: 8)
        assertRejected(bytes, id: "import.elf.section-header-past-end", offset: 40, containing: "e_shoff 0x100000")
    }

    // MARK: Malformed files: each error names the byte and what was expected.

    func testEmptyAndTruncatedHeader() {
        assertRejected([], id: "import.elf.truncated-header", offset: 0, containing: "ends after 0 bytes; an ELF64 header needs 64")
        let bytes = qemuStyleImage().build().bytes
        assertRejected(Array(bytes.prefix(40)), id: "import.elf.truncated-header", offset: 40, containing: "ends after 40 bytes")
    }

    func testBadIdentification() {
        var bytes = qemuStyleImage().build().bytes
        bytes[1] = 0x46
        assertRejected(bytes, id: "import.elf.bad-magic", offset: 0, containing: "expected the ELF magic 7f 45 4c 46, found 7f 46 4c 46")
        bytes = qemuStyleImage().build().bytes
        bytes[4] = 1
        assertRejected(bytes, id: "import.elf.unexpected-field", offset: 4, containing: "EI_CLASS is 1, expected 2 (ELF64)")
        bytes = qemuStyleImage().build().bytes
        bytes[5] = 2
        assertRejected(bytes, id: "import.elf.unexpected-field", offset: 5, containing: "EI_DATA is 2, expected 1 (little-endian)")
        bytes = qemuStyleImage().build().bytes
        patch(&bytes, at: 16, 2, width: 2)
        assertRejected(bytes, id: "import.elf.unexpected-field", offset: 16, containing: "e_type is 2, expected 4 (ET_CORE)")
        bytes = qemuStyleImage().build().bytes
        patch(&bytes, at: 18, 183, width: 2)
        assertRejected(bytes, id: "import.elf.unexpected-field", offset: 18, containing: "e_machine is 183, expected 62 (EM_X86_64)")
        bytes = qemuStyleImage().build().bytes
        patch(&bytes, at: 54, 32, width: 2)
        assertRejected(bytes, id: "import.elf.unexpected-field", offset: 54, containing: "e_phentsize is 32")
    }

    func testProgramHeaderTablePastEnd() {
        var bytes = qemuStyleImage().build().bytes
        patch(&bytes, at: 32, UInt64(bytes.count) - 56, width: 8)
        assertRejected(bytes, id: "import.elf.program-headers-past-end", offset: 32, containing: "(3 entries of 56 bytes at")
        bytes = qemuStyleImage().build().bytes
        patch(&bytes, at: 32, .max - 8, width: 8)  // offset + size overflows
        assertRejected(bytes, id: "import.elf.program-headers-past-end", offset: 32, containing: "runs past the end of the file")
    }

    func testSegmentPastEndOfFile() {
        let (bytes, layout) = qemuStyleImage().build()
        let header = layout.programHeader(layout.firstLoadHeader)
        var broken = bytes
        patch(&broken, at: header + 32, 0x10_0000, width: 8)  // p_filesz
        patch(&broken, at: header + 40, 0x10_0000, width: 8)  // p_memsz
        assertRejected(broken, id: "import.elf.segment-past-end", offset: header + 8,
                       containing: "program header 1: its 1048576 file bytes at offset 0x\(String(layout.loadOffsets[0], radix: 16)) run past the end of the file (\(bytes.count) bytes)")
        broken = bytes
        patch(&broken, at: header + 8, .max, width: 8)  // p_offset near 2^64
        assertRejected(broken, id: "import.elf.segment-past-end", offset: header + 8, containing: "run past the end of the file")
        // The file cut short inside the last segment.
        assertRejected(Array(bytes.dropLast(100)), id: "import.elf.segment-past-end",
                       offset: layout.programHeader(layout.firstLoadHeader + 1) + 8, containing: "program header 2")
        // A PT_NOTE past the end.
        broken = bytes
        patch(&broken, at: layout.programHeader(0) + 32, 0x10_0000, width: 8)
        assertRejected(broken, id: "import.elf.segment-past-end", offset: layout.programHeader(0) + 8, containing: "program header 0")
    }

    func testSegmentSizesThatCannotBe() {
        let (bytes, layout) = qemuStyleImage().build()
        let header = layout.programHeader(layout.firstLoadHeader)
        var broken = bytes
        patch(&broken, at: header + 40, 0x1000, width: 8)  // p_memsz below p_filesz 0x2000
        assertRejected(broken, id: "import.elf.filesz-exceeds-memsz", offset: header + 32,
                       containing: "p_filesz 0x2000 is larger than p_memsz 0x1000")
        broken = bytes
        patch(&broken, at: header + 24, 0xffff_ffff_ffff_f000, width: 8)  // p_paddr near the top
        patch(&broken, at: header + 40, 0x10_0000, width: 8)
        assertRejected(broken, id: "import.elf.segment-wraps", offset: header + 40, containing: "runs past the top of the physical address space")
    }

    func testOverlappingSegments() {
        let (bytes, layout) = qemuStyleImage().build()
        var broken = bytes
        let second = layout.programHeader(layout.firstLoadHeader + 1)
        patch(&broken, at: second + 24, 0x20_1000, width: 8)  // inside the first (0x200000..0x202000)
        assertRejected(broken, id: "import.elf.segments-overlap", offset: second + 24,
                       containing: "PT_LOAD program header 2 starts at physical address 0x201000, inside program header 1")
    }

    func testNoteOverrunsItsSegment() {
        let (bytes, layout) = qemuStyleImage().build()
        var broken = bytes
        patch(&broken, at: layout.noteOffset + 4, 0x1000, width: 4)  // first note's descsz
        assertRejected(broken, id: "import.elf.note-overrun", offset: layout.noteOffset,
                       containing: "a note with a 5-byte name and a 4096-byte descriptor runs past the end of its PT_NOTE segment")
        broken = bytes
        patch(&broken, at: layout.noteOffset, 0xffff_ffff, width: 4)  // namesz near 2^32
        assertRejected(broken, id: "import.elf.note-overrun", offset: layout.noteOffset, containing: "4294967295-byte name")
    }

    func testCPUStateNotesTooShort() {
        var image = ELFImage(notes: [ELFImage.Note(name: "QEMU", type: 0, descriptor: littleEndian32(1) + littleEndian32(100) + [UInt8](repeating: 0, count: 92))])
        var (bytes, layout) = image.build()
        assertRejected(bytes, id: "import.elf.note-too-short", offset: layout.noteOffset + 4,
                       containing: "the QEMU CPU-state note's descriptor is 100 bytes, expected at least 432")
        image = ELFImage(notes: [ELFImage.Note(name: "CORE", type: 1, descriptor: [UInt8](repeating: 0, count: 200))])
        (bytes, layout) = image.build()
        assertRejected(bytes, id: "import.elf.note-too-short", offset: layout.noteOffset + 4,
                       containing: "the NT_PRSTATUS note's descriptor is 200 bytes, expected at least 328")
    }

    /// The CLI renders every reader's error as a Diagnostic: a binary file's offset goes into
    /// the text (it has no line and column), a text file's position into the location.
    func testErrorsBecomeDiagnostics() {
        XCTAssertThrowsError(try open(Array(qemuStyleImage().build().bytes.prefix(0x20)))) { error in
            let diagnostic = (error as! ImportError).diagnostic
            XCTAssertNil(diagnostic.location)
            XCTAssertEqual(diagnostic.message.id, "import.elf.truncated-header")
            XCTAssertTrue(diagnostic.message.text.hasSuffix("test.elf: byte 0x20: the file ends after 32 bytes; an ELF64 header needs 64"),
                          diagnostic.message.text)
        }
        XCTAssertThrowsError(try PtdumpParser.parse("bad\n", path: "p.txt")) { error in
            let diagnostic = (error as! ImportError).diagnostic
            XCTAssertEqual(diagnostic.location?.description, "p.txt:1:1")
            XCTAssertEqual(diagnostic.message.id, "import.ptdump.expected")
            XCTAssertEqual(diagnostic.severity, .error)
        }
    }

    func testMissingFileAndDirectory() {
        XCTAssertThrowsError(try ELFCore(path: "/nonexistent/core.elf")) { error in
            let error = error as! ImportError
            XCTAssertEqual(error.message.id, "import.cannot-open")
            XCTAssertEqual(error.description, "/nonexistent/core.elf: cannot read the file: No such file or directory")
        }
        XCTAssertThrowsError(try ELFCore(path: NSTemporaryDirectory())) { error in
            XCTAssertEqual((error as! ImportError).description.hasSuffix("not a regular file"), true)
        }
    }

    /// Every prefix of a valid core, and every single-byte corruption of its ELF header,
    /// program headers and note headers, either opens or throws an ImportError: no trap, no
    /// hang. (Register contents inside the notes are data, whatever their value.)
    func testTruncationsAndCorruptionsNeverTrap() throws {
        let image = qemuStyleImage()
        let (bytes, layout) = image.build()
        // A file in memory (tmpfs) when there is one: this writes some 3,000 versions.
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = folder + "/isocheck-fuzz-\(UUID().uuidString).elf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Atomic writes give each version a new inode, so no mapping sees its file change.
        func open(_ bytes: [UInt8]) throws -> ELFCore {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
            return try ELFCore(path: path)
        }
        var structural = Array(0..<Int(layout.noteOffset))
        var note = Int(layout.noteOffset)
        for entry in image.notes {
            structural += Array(note..<note + 12 + 8 + 8)  // header, name, first descriptor words
            note += 12 + (entry.name.utf8.count + 1 + 3) / 4 * 4 + (entry.descriptor.count + 3) / 4 * 4
        }
        let lengths = Array(0...Int(layout.noteOffset)) + Array(stride(from: Int(layout.noteOffset), through: bytes.count, by: 61))
        for length in lengths {
            do { _ = try open(Array(bytes.prefix(length))) } catch is ImportError {}
        }
        for offset in structural {
            for value: UInt8 in [0x00, 0xff, 0x7f] {
                var broken = bytes
                broken[offset] = value
                do {
                    let core = try open(broken)
                    _ = try? PageTableWalker(memory: core).walk(cr3: 0x20_0000)
                } catch is ImportError {}
            }
        }
    }
}
