import Foundation
import XCTest

/// `isocheck check` on specs that import real page tables: the bundled Linux verdicts through
/// the CLI, symbols in text and JSON, and exit 2 with file:line:column for every bad import.
final class ImportSpecTests: XCTestCase {
    var captures: String {
        get throws {
            let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/linux-6.1-kpti")
            guard FileManager.default.fileExists(atPath: folder.path) else {
                XCTFail("capture data not found at \(folder.path)")
                throw CocoaError(.fileNoSuchFile)
            }
            return folder.path
        }
    }

    func testBundledLinuxSpecsGiveTheirVerdicts() throws {
        let proved = try runIsocheck(["check", "Specs/linux-kpti/pti-on.isospec", "Specs/linux-kpti/pti-auto-no-pcid-rule.isospec"])
        XCTAssertEqual(proved.status, 0, proved.stdout + proved.stderr)
        for spec in ["pti-auto-strict", "nopti"] {
            let violated = try runIsocheck(["check", "Specs/linux-kpti/\(spec).isospec"])
            XCTAssertEqual(violated.status, 1, spec + violated.stderr)
            XCTAssertTrue(violated.stdout.contains("violated       no-secret-in-user"), spec)
            XCTAssertTrue(violated.stdout.contains("violated       no-stale-kernel-tlb"), spec)
            XCTAssertTrue(violated.stdout.contains("proved         no-user-access-to-kernel"), spec)
        }
    }

    func testViolationsNameSymbolsInTextAndJSON() throws {
        let text = try runIsocheck(["check", "Specs/linux-kpti/pti-auto-strict.isospec"])
        XCTAssertTrue(text.stdout.contains("VA       0xffffffff99c00000 (2M page) <_stext>"), text.stdout)
        XCTAssertTrue(text.stdout.contains("PA       0x5000000 = kpti:0x5000000 + 0x0 <_stext>"), text.stdout)
        let json = try runIsocheck(["check", "--format", "json", "Specs/linux-kpti/pti-auto-strict.isospec"])
        XCTAssertEqual(json.status, 1)
        XCTAssertTrue(json.stdout.contains("\"virtualSymbol\" : \"_stext\"") || json.stdout.contains("\"virtualSymbol\":\"_stext\""), json.stdout)
        XCTAssertTrue(json.stdout.contains("physicalSymbol"), json.stdout)
    }

    /// Runs a spec that must be rejected; returns the combined output.
    func rejected(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let path = try temporarySpec(text)
        let result = try runIsocheck(["check", path])
        XCTAssertEqual(result.status, 2, result.stdout + result.stderr, file: file, line: line)
        return result.stdout + result.stderr
    }

    func testMissingCoreIsAnErrorAtItsPath() throws {
        let output = try rejected("principal task\nspace u user of task import core \"no-such.elf\" cpu 0\n")
        XCTAssertTrue(output.contains("spec.isospec:2:34: error: cannot import the ELF core"), output)
    }

    func testUnknownCPU() throws {
        let output = try rejected("principal task\nspace u user of task import core \"\(try captures)/pti-on/snap-user/pgtables.elf.xz\" cpu 7\n")
        XCTAssertTrue(output.contains("error: no CPU 7 in the core: the core's notes describe CPU 0, 1"), output)
        XCTAssertTrue(output.contains("spec.isospec:2:"), output)
    }

    func testCoreThatFailsToWalk() throws {
        let output = try rejected("principal task\nspace u user of task import core \"\(try captures)/pti-on/snap-user/pgtables.elf.xz\" cr3 0x12345000\n")
        XCTAssertTrue(output.contains("spec.isospec:2:22: error: cannot import the page tables from CR3 0x12345000"), output)
    }

    func testUnknownSymbol() throws {
        let data = try captures
        let output = try rejected("""
            principal task
            symbols "\(data)/pti-on/guest/System.map.xz"
            space u user of task import core "\(data)/pti-on/snap-user/pgtables.elf.xz" cpu 1
            policy p for u {
              allow symbol no_such_symbol
            }
            """)
        XCTAssertTrue(output.contains("spec.isospec:5:16: error: no symbol 'no_such_symbol'"), output)
    }

    func testMalformedPolicy() throws {
        let output = try rejected("principal task\npolicy p for u {\n  allow banana\n}\n")
        XCTAssertTrue(output.contains("spec.isospec:3:9: error: expected 'range START .. END'"), output)
    }

    func testGarbageSymbolFile() throws {
        let garbage = try temporarySpec("not a symbol map\n", name: "System.map")
        let output = try rejected("symbols \"\(garbage)\"\n")
        XCTAssertTrue(output.contains("spec.isospec:1:9: error: cannot import the symbol map"), output)
        XCTAssertTrue(output.contains("System.map:1:"), "the symbol file's own line is named: \(output)")
    }
}
