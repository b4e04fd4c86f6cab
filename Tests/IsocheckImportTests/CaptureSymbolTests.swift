import Foundation
import IsocheckImport
import XCTest

/// kallsyms and System.map of the captures, looked up the way a policy and a report will:
/// names to addresses, and VAs and frames back to symbols, checked against meta.json.
final class CaptureSymbolTests: XCTestCase {
    private func symbols(_ configuration: String, _ file: String) throws -> SymbolMap {
        try CaptureData.symbolMap("\(configuration)/guest/\(file)")
    }

    /// Every symbol meta.json names resolves to its recorded address, in kallsyms and in the
    /// System.map made from it; the README's walk-through offsets name the right symbols.
    func testNamesResolveToTheRecordedAddresses() throws {
        for configuration in CaptureData.configurations {
            let kallsyms = try symbols(configuration, "kallsyms.txt.xz")
            let systemMap = try symbols(configuration, "System.map.xz")
            XCTAssertEqual(kallsyms.symbols.count, systemMap.symbols.count, configuration)
            XCTAssertGreaterThan(kallsyms.symbols.count, 90_000, configuration)
            let recorded = try XCTUnwrap(try CaptureData.meta(configuration, "snap-user")["symbols"] as? [String: Any])
            XCTAssertGreaterThan(recorded.count, 30)
            for (name, value) in recorded {
                XCTAssertEqual(kallsyms.address(of: name), hexValue(value), "\(configuration) \(name)")
                XCTAssertEqual(systemMap.address(of: name), hexValue(value), "\(configuration) \(name)")
            }
            let entry = try XCTUnwrap(kallsyms.address(of: "entry_SYSCALL_64"))
            XCTAssertEqual(kallsyms.nearestSymbol(atOrBelow: entry)?.description, "entry_SYSCALL_64")
            XCTAssertEqual(kallsyms.nearestSymbol(atOrBelow: entry + 0x13)?.description, "entry_SYSCALL_64+0x13")
            XCTAssertEqual(kallsyms.nearestSymbol(atOrBelow: entry + 0x29)?.description, "entry_SYSCALL_64_safe_stack")
            XCTAssertEqual(kallsyms.address(of: "__entry_text_start").map { entry - $0 }, 0x70)  // LSTAR at entry-text.bin+0x70
            // "%gs:0x6014 is cpu_tss_rw+0x14, which is TSS.sp2".
            XCTAssertEqual(kallsyms.nearestPerCPUSymbol(atOffset: 0x6014)?.description, "cpu_tss_rw+0x14")
        }
    }

    /// The KASLR slides the README gives, seen through the link-time System.map.
    func testLinkTimeSystemMapIsTheRuntimeOneMinusTheSlide() throws {
        let linkTime = try CaptureData.symbolMap("kernel/System.map-6.1.0-56-amd64-linktime.xz")
        XCTAssertEqual(linkTime.address(of: "_text"), 0xffff_ffff_8100_0000)
        let slides: [String: UInt64] = ["pti-on": 0x520_0000, "pti-auto": 0x18c0_0000, "nopti": 0x1a0_0000, "pcid-bochs": 0x7e0_0000]
        for (configuration, slide) in slides {
            let runtime = try symbols(configuration, "System.map.xz")
            for name in ["_text", "entry_SYSCALL_64", "__entry_text_start", "idt_table", "init_top_pgt"] {
                XCTAssertEqual(runtime.address(of: name), linkTime.address(of: name).map { $0 + slide }, "\(configuration) \(name)")
            }
        }
    }

    /// Each IDT gate's handler, looked up by VA, gives the symbol meta.json decoded, and the
    /// user PGD maps it exactly when meta.json says so (the 11 reserved vectors still point at
    /// freed .init.text under PTI).
    func testIDTHandlersBySymbolAndByUserMapping() throws {
        for configuration in CaptureData.configurations {
            let kallsyms = try symbols(configuration, "kallsyms.txt.xz")
            let meta = try CaptureData.meta(configuration, "snap-user")
            let core = try ELFCore(path: try CaptureData.decompressed("\(configuration)/snap-user/pgtables.elf.xz"))
            let user = try PageTableWalker(memory: core).walk(rootTable: try XCTUnwrap(hexValue(meta["user_pgd_pa"])))
            let tables = try XCTUnwrap(meta["cpu_tables"] as? [[String: Any]])
            let gates = try XCTUnwrap(tables.first?["idt_gates"] as? [[String: Any]])
            XCTAssertEqual(gates.count, 256, configuration)
            var unmapped = 0
            for gate in gates {
                let handler = try XCTUnwrap(hexValue(gate["handler"]))
                let vector = gate["vector"] as? Int ?? -1
                XCTAssertEqual(kallsyms.nearestSymbol(atOrBelow: handler)?.description, gate["symbol"] as? String, "\(configuration) vector \(vector)")
                let mapped = user.leaf(containing: handler) != nil
                XCTAssertEqual(mapped, gate["handler_in_user_pgd"] as? Bool, "\(configuration) vector \(vector)")
                if !mapped { unmapped += 1 }
            }
            XCTAssertEqual(unmapped, configuration == "nopti" ? 0 : 11, configuration)
        }
    }

    /// TSS stacks: the walk translates each stack VA to the PA meta.json recorded through both
    /// PGDs, and the frame's per-CPU symbol (PA minus that CPU's per-CPU area) is the one it
    /// names, e.g. `percpu0:entry_stack_storage+0xff8`: what a report must say about a frame.
    func testTSSStacksTranslateAndNameTheirFrames() throws {
        var checked = 0
        for configuration in CaptureData.configurations {
            let kallsyms = try symbols(configuration, "kallsyms.txt.xz")
            let meta = try CaptureData.meta(configuration, "snap-user")
            let core = try ELFCore(path: try CaptureData.decompressed("\(configuration)/snap-user/pgtables.elf.xz"))
            let walks = [
                "user_pgd": try PageTableWalker(memory: core).walk(rootTable: try XCTUnwrap(hexValue(meta["user_pgd_pa"]))),
                "kernel_pgd": try PageTableWalker(memory: core).walk(rootTable: try XCTUnwrap(hexValue(meta["kernel_pgd_pa"]))),
            ]
            let perCPU = try XCTUnwrap((meta["runtime"] as? [String: Any])?["per_cpu"] as? [[String: Any]])
            for table in try XCTUnwrap(meta["cpu_tables"] as? [[String: Any]]) {
                let tss = try XCTUnwrap(table["tss"] as? [String: Any])
                for slot in ["sp0", "ist1", "ist2", "ist3", "ist4"] {
                    let stack = try XCTUnwrap(tss[slot] as? [String: Any], "\(configuration) \(slot)")
                    let va = try XCTUnwrap(hexValue(stack["va"]))
                    var frame: UInt64?
                    for (pgd, walk) in walks {
                        // "0xf818ff8 KW-": the PA and the effective U/W/X.
                        let recorded = try XCTUnwrap(stack[pgd] as? String).split(separator: " ")
                        let leaf = try XCTUnwrap(walk.leaf(containing: va), "\(configuration) \(slot) \(pgd)")
                        let pa = leaf.physicalAddress + (va - leaf.virtualAddress)
                        XCTAssertEqual(pa, hexValue(String(recorded[0])), "\(configuration) \(slot) \(pgd)")
                        let eff = (leaf.user ? "U" : "K") + (leaf.writable ? "W" : "R") + (leaf.noExecute ? "-" : "X")
                        XCTAssertEqual(eff, String(recorded[1]), "\(configuration) \(slot) \(pgd)")
                        frame = pa
                    }
                    let pa = try XCTUnwrap(frame)
                    let area = try XCTUnwrap(perCPU.first { cpu in
                        guard let start = hexValue(cpu["pa"]), let va = hexValue(cpu["va"]), let end = hexValue(cpu["va_end"]) else { return false }
                        return (start..<start + (end - va)).contains(pa)
                    })
                    let offset = pa - hexValue(area["pa"])!
                    let name = kallsyms.nearestPerCPUSymbol(atOffset: offset).map { "percpu\(area["cpu"] as? Int ?? -1):\($0)" }
                    XCTAssertEqual(name, stack["symbol"] as? String, "\(configuration) \(slot)")
                    checked += 1
                }
            }
        }
        XCTAssertEqual(checked, 5 * 7)  // three 2-vCPU QEMU captures and the 1-CPU Bochs one
    }
}
