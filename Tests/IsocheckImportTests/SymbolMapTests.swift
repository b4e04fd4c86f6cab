import IsocheckImport
import XCTest

final class SymbolMapTests: XCTestCase {
    private let kallsyms = """
        0000000000000000 A fixed_percpu_data
        0000000000000000 A __per_cpu_start
        0000000000006000 A cpu_tss_rw
        000000000000b000 A gdt_page
        0000000000035000 A __per_cpu_end
        ffffffff86200000 T _text
        ffffffff86200000 T _stext
        ffffffff86e00010 T __entry_text_start
        ffffffff86e00080 T entry_SYSCALL_64
        ffffffff86e000a9 t entry_SYSCALL_64_safe_stack
        ffffffff86f00000 t helper
        ffffffff86f00100 t helper
        ffffffff86f00100 T helper_global
        ffffffffc0511000 t ptdumpx_open\t[ptdumpx]

        """

    func testLookupByName() throws {
        let map = try SymbolMap(parsing: kallsyms, path: "kallsyms")
        XCTAssertEqual(map.symbols.count, 14)
        XCTAssertEqual(map.address(of: "entry_SYSCALL_64"), 0xffff_ffff_86e0_0080)
        XCTAssertEqual(map.address(of: "cpu_tss_rw"), 0x6000)
        XCTAssertNil(map.address(of: "no_such_symbol"))
        XCTAssertEqual(map.symbols(named: "helper").map(\.address), [0xffff_ffff_86f0_0000, 0xffff_ffff_86f0_0100])
        let module = try XCTUnwrap(map.symbols(named: "ptdumpx_open").first)
        XCTAssertEqual(module.module, "ptdumpx")
        XCTAssertEqual(module.type, "t")
        XCTAssertEqual(module.line, 14)
    }

    func testNearestSymbolAtOrBelow() throws {
        let map = try SymbolMap(parsing: kallsyms, path: "kallsyms")
        XCTAssertEqual(map.nearestSymbol(atOrBelow: 0xffff_ffff_86e0_0080)?.description, "entry_SYSCALL_64")
        XCTAssertEqual(map.nearestSymbol(atOrBelow: 0xffff_ffff_86e0_00b0)?.description, "entry_SYSCALL_64_safe_stack+0x7")
        // Two names at one address: the global one; two globals: the first listed.
        XCTAssertEqual(map.nearestSymbol(atOrBelow: 0xffff_ffff_86f0_0100)?.description, "helper_global")
        XCTAssertEqual(map.nearestSymbol(atOrBelow: 0xffff_ffff_8620_0004)?.description, "_text+0x4")
        // Absolute (per-CPU) symbols are not addresses: a user VA has no symbol.
        XCTAssertNil(map.nearestSymbol(atOrBelow: 0x40_1000))
        XCTAssertEqual(map.nearestSymbol(atOrBelow: 0xffff_ffff_9000_0000)?.symbol.name, "helper_global")
        XCTAssertNil(map.nearestSymbol(atOrBelow: 0xffff_ffff_9000_0000, maximumOffset: 0x10_0000))
    }

    func testPerCPUOffsets() throws {
        let map = try SymbolMap(parsing: kallsyms, path: "kallsyms")
        XCTAssertEqual(map.nearestPerCPUSymbol(atOffset: 0x6014)?.description, "cpu_tss_rw+0x14")
        XCTAssertEqual(map.nearestPerCPUSymbol(atOffset: 0)?.description, "fixed_percpu_data")
        XCTAssertNil(map.nearestPerCPUSymbol(atOffset: 0x35000))
    }

    func testSystemMapFormatAndCRLF() throws {
        let map = try SymbolMap(parsing: "ffffffff81000000 T _text\r\nffffffff81e00080 T entry_SYSCALL_64\r\n", path: "System.map")
        XCTAssertEqual(map.address(of: "entry_SYSCALL_64"), 0xffff_ffff_81e0_0080)
    }

    /// Garbage is an error at its line and column (where 1️⃣ stands).
    func testGarbageIsAnErrorWithLineAndColumn() {
        let cases: [(String, String)] = [
            ("1️⃣zzzz T name", "expected a hexadecimal address at the start of the line"),
            ("1️⃣ffffffff81000000ff T name", "expected an address of at most 16 hexadecimal digits"),
            ("ffffffff810000001️⃣\tT name", "expected a space after the address"),
            ("ffffffff81000000 1️⃣Tx name", "expected a one-letter symbol type"),
            ("ffffffff81000000 1️⃣", "expected a one-letter symbol type"),
            ("ffffffff81000000 T1️⃣", "expected the symbol name"),
            ("ffffffff81000000 T na1️⃣\u{7}me", "a symbol name holds a byte that is not printable ASCII"),
            ("ffffffff81000000 T name\t1️⃣[mod", "expected the end of the line or a module name in brackets"),
            ("ffffffff81000000 T name 1️⃣extra words", "expected the end of the line or a module name in brackets"),
            ("1️⃣\u{7f}ELF\u{2}\u{1}\u{1}", "expected a hexadecimal address"),
        ]
        for (marked, message) in cases {
            let (line, column) = unmark(marked)
            XCTAssertThrowsError(try SymbolMap(parsing: "ffffffff81000000 T _text\n" + line + "\n", path: "System.map"), marked) { error in
                let error = error as! ImportError
                XCTAssertTrue(error.description.hasPrefix("System.map:2:\(column): "), "\(marked): \(error.description)")
                XCTAssertTrue(error.description.contains(message), "\(marked): \(error.description)")
            }
        }
    }

    func testBinaryBytesAreNotTakenForSymbols() {
        // Invalid UTF-8 decodes to U+FFFD, which is not printable ASCII either.
        let text = String(decoding: [0x66, 0x66, 0x20, 0x54, 0x20, 0x61, 0xc3, 0x28] as [UInt8], as: UTF8.self)
        XCTAssertThrowsError(try SymbolMap(parsing: text, path: "binary")) { error in
            XCTAssertEqual((error as! ImportError).message.id, "import.symbols.unprintable")
        }
    }
}
