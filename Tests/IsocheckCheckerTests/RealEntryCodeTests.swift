import Foundation
import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel
import XCTest

/// The kernel's own entry machine code on the real page tables (issue 9): Linux 6.1 pti=on's
/// SYSCALL entry and exits prove, and the same bytes with one patch that undoes what KPTI relies
/// on give a counterexample at the patched instruction, so the proof is not vacuous.
final class RealEntryCodeTests: XCTestCase {
    static let spec = "Specs/linux-kpti-code/pti-on-syscall.isospec"
    static let codeFolder = "../../../shared/data/linux-6.1-kpti/pti-on/code"
    static let entryText: UInt64 = 0xffff_ffff_86e0_0010

    func testSyscallEntryAndExitsProveOnTheRealTablesOfBothPTIBoots() throws {
        for spec in [Self.spec, "Specs/linux-kpti-code/pti-auto-syscall.isospec"] {
            let result = try checkBundledSpec(spec)
            for property in PropertyID.layoutProperties + [.cr3MatchesPrivilege, .accessesMapped, .gsMatchesPrivilege, .stackIsKernel] {
                XCTAssertEqual(result.status(property), .proved, "\(spec) \(property.rawValue): \(result.result(property)?.counterexamples.first?.reason ?? "")")
            }
            XCTAssertGreaterThanOrEqual(result.execution?.paths ?? 0, 3, "\(spec): the SYSRET exit, the IRET exit and its fault")
            XCTAssertEqual(result.execution?.boundaries, 178, spec)
        }
    }

    func testNoptiRunsTheKernelOnTheTableUserModeRunsOn() throws {
        let result = try checkBundledSpec("Specs/linux-kpti-code/nopti-syscall.isospec")
        XCTAssertEqual(result.status(.noSecretInUser), .violated, "the one table maps the kernel's secrets")
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .violated)
        let counterexample = try XCTUnwrap(result.result(.cr3MatchesPrivilege)?.counterexamples.first)
        XCTAssertEqual(counterexample.reason, "hand-off to do_syscall_64 with the user table user still loaded")
        let steps = counterexample.trace.map(\.text)
        XCTAssertTrue(steps.contains("entry_text: entry_SYSCALL_64+0xc: jmp 0xffffffff836000a0"), "the jump over SWITCH_TO_KERNEL_CR3: \(steps)")
        XCTAssertFalse(steps.contains { $0.contains("%cr3") }, "no CR3 write on the way")
        XCTAssertTrue(counterexample.trace.dropFirst().allSatisfy { $0.table == "user" })
        for property in [PropertyID.accessesMapped, .gsMatchesPrivilege, .stackIsKernel] {
            XCTAssertEqual(result.status(property), .proved, property.rawValue)
        }
    }

    /// The spec with its code read from a copy of the capture's blobs, patched at `address`.
    func patched(_ address: UInt64, expect original: [UInt8], with bytes: [UInt8]) throws -> SpecResult {
        XCTAssertEqual(original.count, bytes.count)
        let source = packageRoot.appendingPathComponent("Specs/linux-kpti-code").appendingPathComponent(Self.codeFolder).standardized
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("isocheck-code-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: copy) }
        for name in ["code.json", "entry-text.bin", "noinstr-text.bin", "thunks-text.bin"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        let blob = copy.appendingPathComponent("entry-text.bin")
        var data = [UInt8](try Data(contentsOf: blob))
        let offset = Int(address - Self.entryText)
        XCTAssertEqual(Array(data[offset..<offset + original.count]), original, "the capture's bytes at 0x\(String(address, radix: 16))")
        data.replaceSubrange(offset..<offset + bytes.count, with: bytes)
        try Data(data).write(to: blob)
        let text = try String(contentsOf: packageRoot.appendingPathComponent(Self.spec), encoding: .utf8)
            .replacingOccurrences(of: Self.codeFolder + "/code.json", with: copy.appendingPathComponent("code.json").path)
        return try checkSpec(text, path: Self.spec)
    }

    func failingPlace(_ result: SpecResult, _ property: PropertyID) -> String? {
        result.result(property)?.counterexamples.first?.trace.last { $0.kind == "instruction" || $0.kind == "handoff" }?.text
    }

    func testCR3WriteReplacedByANopLeavesKernelCodeOnTheUserTable() throws {
        // mov %rsp,%cr3 at entry_SYSCALL_64+0x1d becomes nopl (%rax).
        let result = try patched(0xffff_ffff_86e0_009d, expect: [0x0f, 0x22, 0xdc], with: [0x0f, 0x1f, 0x00])
        // The first load through the user table of kernel per-CPU data, which KPTI leaves out of it,
        // faults; the path ends there, before kernel proper.
        XCTAssertEqual(result.status(.accessesMapped), .violated)
        XCTAssertEqual(failingPlace(result, .accessesMapped), "entry_text: entry_SYSCALL_64+0x20: mov %gs:0x1fb50, %rsp")
    }

    func testTheNoptiJumpOverTheCR3SwitchIsCaught() throws {
        // The alternative as nopti leaves it: jmp entry_SYSCALL_64+0x20 instead of the 2-byte nop.
        let result = try patched(0xffff_ffff_86e0_008c, expect: [0x66, 0x90], with: [0xeb, 0x12])
        XCTAssertEqual(result.status(.accessesMapped), .violated)
        XCTAssertEqual(failingPlace(result, .accessesMapped), "entry_text: entry_SYSCALL_64+0x20: mov %gs:0x1fb50, %rsp")
    }

    func testMissingSwapgsUsesTheUserGSBase() throws {
        let result = try patched(0xffff_ffff_86e0_0080, expect: [0x0f, 0x01, 0xf8], with: [0x0f, 0x1f, 0x00])
        XCTAssertEqual(result.status(.gsMatchesPrivilege), .violated)
        XCTAssertEqual(failingPlace(result, .gsMatchesPrivilege), "entry_text: entry_SYSCALL_64+0x3: mov %rsp, %gs:0x6014")
    }

    func testSysretWithoutTheUserCR3ReturnsToUserModeOnTheKernelTable() throws {
        // or $0x1000,%rdi (PTI_USER_PGTABLE_MASK) in syscall_return_via_sysret becomes a 7-byte nop.
        let result = try patched(0xffff_ffff_86e0_020e, expect: [0x48, 0x81, 0xcf, 0x00, 0x10, 0x00, 0x00],
                                 with: [0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00])
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .violated)
        XCTAssertEqual(result.status(.accessesMapped), .proved)
    }

    // MARK: bad input

    func errors(replacing old: String, with new: String) throws -> [Diagnostic] {
        let text = try String(contentsOf: packageRoot.appendingPathComponent(Self.spec), encoding: .utf8)
        XCTAssertTrue(text.contains(old), "the spec no longer contains \(old)")
        let (model, diagnostics) = Elaborator.load(SourceFile(path: Self.spec, text: text.replacingOccurrences(of: old, with: new)))
        XCTAssertNil(model)
        return diagnostics.filter { $0.severity == .error }
    }

    func testAnUndeclaredHandoffIsAnErrorNamingTheCall() throws {
        let found = try errors(replacing: "handoff do_syscall_64 returns", with: "")
        XCTAssertEqual(found.map(\.message.id), ["elab.code.undeclared-handoff"])
        XCTAssertTrue(found[0].message.text.contains("entry_SYSCALL_64_after_hwframe+0x69 calls do_syscall_64 (0xffffffff86c43dc0)"), found[0].message.text)
        XCTAssertTrue(found[0].message.text.contains("declare 'handoff do_syscall_64 returns'"))
    }

    func testAnUnknownBlobIsAnErrorAtItsName() throws {
        let found = try errors(replacing: "blob \"thunks-text\"", with: "blob \"thunks\"")
        XCTAssertEqual(found.first?.message.id, "elab.code.unknown-blob")
        let text = try String(contentsOf: packageRoot.appendingPathComponent(Self.spec), encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("code thunks import") }.map { $0 + 1 }
        XCTAssertEqual(found.first?.location?.line, line)
        XCTAssertTrue(found.first?.message.text.contains("entry-text, noinstr-text, thunks-text") ?? false)
    }

    func testReachedInstructionsTheModelCannotExecuteAreErrorsNotSkips() throws {
        // The NMI stub reaches paranoid_entry's FSGSBASE path.
        let found = try errors(replacing: "  lstar entry_SYSCALL_64\n", with: "  lstar entry_SYSCALL_64\n  vector 2 asm_exc_nmi ist 2\n")
        XCTAssertFalse(found.isEmpty)
        XCTAssertTrue(found.allSatisfy { $0.message.id == "elab.code.not-modelled" || $0.message.id == "elab.code.undeclared-handoff" }, "\(found.map(\.message.text))")
        XCTAssertTrue(found.contains { $0.message.text.hasPrefix("0xffffffff86e01402 <paranoid_entry+0x62> rdgsbase %rbx is reached but not modelled") },
                      "\(found.map(\.message.text))")
    }
}
