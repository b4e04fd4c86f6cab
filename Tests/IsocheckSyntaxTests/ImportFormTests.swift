import Foundation
import IsocheckDiagnostics
import IsocheckModel
import IsocheckSyntax
import XCTest

/// The spec forms that import real tables (issue 6 item 2): what they parse to, and a precise
/// diagnostic for each way to get them wrong. Data-backed cases use the shared captures, which
/// must be present.
final class ImportFormTests: XCTestCase {
    static var captures: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/data/linux-6.1-kpti").path
    }

    var core: String { "\(Self.captures)/pti-on/snap-user/pgtables.elf.xz" }
    var symbols: String { "\(Self.captures)/pti-on/guest/System.map.xz" }

    override func setUpWithError() throws {
        guard FileManager.default.fileExists(atPath: Self.captures) else {
            XCTFail("capture data not found at \(Self.captures)")
            throw CocoaError(.fileNoSuchFile)
        }
    }

    func testParsesEveryImportForm() {
        let text = """
            symbols "map" percpu 0x10, 0x20
            space a user of t import core "c.elf" cpu 1
            space b kernel import core "c.elf" cr3 0x1000
            space c user of t import ptdump "p.txt"
            policy p for a, c {
              allow range 0x1000 .. +4K
              allow symbol s .. "t.1" rounded 2M because "why"
              allow percpu v
              otherwise public
            }
            """
        let (file, diagnostics) = Parser.parse(SourceFile(path: "t.isospec", text: text))
        XCTAssertTrue(diagnostics.isEmpty, diagnostics.map(\.message.text).joined())
        XCTAssertEqual(file.declarations.count, 5)
        guard case .policy(let policy) = file.declarations[4] else { return XCTFail("not a policy") }
        XCTAssertEqual(policy.spaces.map(\.name), ["a", "c"])
        XCTAssertEqual(policy.rules.count, 3)
        XCTAssertEqual(policy.rules[1].reason, "why")
        guard case .symbol(let first, let through) = policy.rules[1].target else { return XCTFail("not a symbol rule") }
        XCTAssertEqual([first.name, through?.name], ["s", "t.1"])
        guard case .space(let space) = file.declarations[1], case .core(let cpu, nil)? = space.imported?.source else {
            return XCTFail("not an imported space")
        }
        XCTAssertNotNil(cpu)
    }

    func testImportNeedsCPUOrCR3() {
        assertDiagnostic("space a kernel import core \"c.elf\"1️⃣\n", id: "parse.expected", messageContains: "'cpu N'")
    }

    func testImportNeedsAQuotedPath() {
        assertDiagnostic("space a kernel import core 1️⃣c cpu 0\n", id: "parse.expected", messageContains: "path of an ELF core")
    }

    func testUnknownPolicyItem() {
        assertDiagnostic("policy p for u {\n  1️⃣deny range 0 .. 1\n}\n", id: "parse.expected", messageContains: "a policy item")
    }

    func testMissingCoreFile() {
        assertDiagnostic("space a kernel import core 1️⃣\"/no/such/core\" cpu 0\n", id: "elab.import-failed", messageContains: "cannot read the file")
    }

    func testUnknownCoreCPU() {
        assertDiagnostic("space a kernel import core \"\(core)\" cpu 1️⃣5\n", id: "elab.unknown-core-cpu", messageContains: "CPU 0, 1")
    }

    func testCR3OutsideTheCore() {
        assertDiagnostic("space a kernel 1️⃣import core \"\(core)\" cr3 0x7000000\n", id: "elab.import-failed", messageContains: "0x7000000")
    }

    func testImportedSpaceTakesNoIndex() {
        assertDiagnostic("space a[1️⃣i < 2] kernel import core \"\(core)\" cpu 0\n", id: "elab.imported-space-family")
    }

    func testPolicyNeedsAnImportedUserSpace() {
        assertDiagnostic("principal t\nspace k kernel import core \"\(core)\" cpu 0\npolicy p for 1️⃣k {\n}\n", id: "elab.policy-space")
    }

    func testSymbolNeedsASymbolsDeclaration() {
        assertDiagnostic(
            "principal t\nspace u user of t import core \"\(core)\" cpu 1\npolicy p for u {\n  allow symbol 1️⃣_text\n}\n",
            id: "elab.symbols-needed")
    }

    func testUnknownSymbol() {
        assertDiagnostic(
            "principal t\nsymbols \"\(symbols)\"\nspace u user of t import core \"\(core)\" cpu 1\npolicy p for u {\n  allow symbol 1️⃣nope\n}\n",
            id: "elab.unknown-symbol", messageContains: "'nope'")
    }

    func testPerCPUSymbolNeedsOffsets() {
        assertDiagnostic(
            "principal t\nsymbols \"\(symbols)\"\nspace u user of t import core \"\(core)\" cpu 1\npolicy p for u {\n  allow percpu 1️⃣cpu_tss_rw\n}\n",
            id: "elab.no-percpu-offsets")
    }

    func testAddressSymbolIsNotPerCPU() {
        assertDiagnostic(
            "principal t\nsymbols \"\(symbols)\" percpu 0\nspace u user of t import core \"\(core)\" cpu 1\npolicy p for u {\n  allow percpu 1️⃣_text\n}\n",
            id: "elab.not-percpu-symbol")
    }

    func testBadRounding() {
        assertDiagnostic(
            "principal t\nspace u user of t import core \"\(core)\" cpu 1\npolicy p for u {\n  allow range 0 .. +4K rounded 1️⃣3K\n}\n",
            id: "elab.bad-rounding")
    }

    func testSecondPolicy() {
        assertDiagnostic(
            "principal t\nspace u user of t import core \"\(core)\" cpu 1\n2️⃣policy p for u {\n}\npolicy 1️⃣q for u {\n}\n",
            id: "elab.second-policy")
    }

    func testPathsAreRelativeToTheSpec() throws {
        let spec = "\(Self.captures)/pti-on/x.isospec"
        let (model, diagnostics) = Elaborator.load(SourceFile(path: spec, text: "space k kernel import core \"snap-user/pgtables.elf.xz\" cpu 1\n"))
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.message.text), [])
        XCTAssertEqual(model?.spaces.first?.root?.constantValue, 0x293d000, "the CR3 of CPU 1's note")
    }
}
