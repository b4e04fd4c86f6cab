import Foundation
import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel
import XCTest

/// The kernel's own entry machine code on the real page tables (issue 9): Linux 6.1 pti=on's
/// and pti-auto's SYSCALL entry, every IDT stub the model executes (from user mode and from
/// kernel proper) and their exits prove, and the same bytes with one patch that undoes what KPTI
/// relies on give a counterexample at the patched instruction, so the proof is not vacuous.
final class RealEntryCodeTests: XCTestCase {
    static let spec = "Specs/linux-kpti-code/pti-on.isospec"
    static let codeFolder = "../../../shared/data/linux-6.1-kpti/pti-on/code"
    static let entryText: UInt64 = 0xffff_ffff_86e0_0010
    static let syscallOnly = CheckOptions(eventDepth: 0, entryPoints: ["syscall"])
    /// NMIs offered at every boundary of the SYSCALL entry and exits: what reaches the paranoid
    /// entry with the user table or the user GS base loaded.
    static let syscallWithNMIs = CheckOptions(eventDepth: 1, entryPoints: ["syscall"], offeredEvents: [2])
    static let codeProperties: [PropertyID] = [.cr3MatchesPrivilege, .accessesMapped, .gsMatchesPrivilege, .stackIsKernel]

    func testSyscallEntryAndExitsProveOnTheRealTablesOfBothPTIBoots() throws {
        for spec in [Self.spec, "Specs/linux-kpti-code/pti-auto.isospec"] {
            let result = try checkBundledSpec(spec, options: Self.syscallOnly)
            for property in PropertyID.layoutProperties + Self.codeProperties {
                XCTAssertEqual(result.status(property), .proved, "\(spec) \(property.rawValue): \(result.result(property)?.counterexamples.first?.reason ?? "")")
            }
            XCTAssertEqual(result.execution?.entryPoints, 1, spec)
            XCTAssertGreaterThanOrEqual(result.execution?.paths ?? 0, 4, "\(spec): the SYSRET exit, the IRET exit, its fault and the #GP that follows")
        }
    }

    func testEveryEntryPointOfPTIOnProves() throws { try everyEntryPointProves(Self.spec) }

    func testEveryEntryPointOfPTIAutoProves() throws { try everyEntryPointProves("Specs/linux-kpti-code/pti-auto.isospec") }

    /// Every entry point of a PTI boot at depth 0: SYSCALL and the 244 gates the spec imports,
    /// each from user mode and from kernel proper (two tests, so parallel runs split them).
    func everyEntryPointProves(_ spec: String) throws {
        let result = try checkBundledSpec(spec, options: CheckOptions(eventDepth: 0))
        let text = try String(contentsOf: packageRoot.appendingPathComponent(spec), encoding: .utf8)
        let model = try XCTUnwrap(Elaborator.load(SourceFile(path: spec, text: text)).0)
        XCTAssertEqual(model.entry.gates.count, 244, "\(spec): 256 gates but #VC and the 11 freed early handlers")
        for property in PropertyID.layoutProperties + Self.codeProperties {
            XCTAssertEqual(result.status(property), .proved, "\(spec) \(property.rawValue): \(result.result(property)?.counterexamples.first?.reason ?? "")")
        }
        XCTAssertEqual(result.execution?.entryPoints, 489, spec)
        XCTAssertEqual(result.execution?.boundaries, 56379, spec)
        // What no path reaches, so no proof covers: the espfix exit (user mode's SS is always
        // __USER_DS in the model, never an LDT selector), error_entry's #GP-at-asm_load_gs_index
        // and espfix-fault paths (kernel proper never runs in the entry text) and what follows
        // fixup_bad_iret (the path ends there); the NMI entry's test for an NMI stack below the
        // interrupted RSP (at depth 0 the interrupted code is kernel proper, on its own stack).
        let unreached = result.diagnostics.filter { $0.message.id == "check.unreachable" }
        var places: [String] = []
        for warning in unreached {
            guard let location = warning.location, let listing = model.listings.first(where: { $0.path == location.file }) else { continue }
            let line = listing.lineText(location.line)
            guard let open = line.firstIndex(of: "<"), let close = line.firstIndex(of: ">") else { continue }
            places.append(String(line[line.index(after: open)..<close]))
        }
        XCTAssertEqual(places, ["native_irq_return_ldt", "error_entry+0xc8", "error_entry+0xd9", "error_entry+0x127", "asm_exc_nmi+0xe7"],
                       "\(spec): \(places)")
    }

    func testNoptiRunsTheKernelOnTheTableUserModeRunsOn() throws {
        let options = CheckOptions(eventDepth: 0, entryPoints: ["syscall", "vector 14 from user"])
        let result = try checkBundledSpec("Specs/linux-kpti-code/nopti.isospec", options: options)
        XCTAssertEqual(result.status(.noSecretInUser), .violated, "the one table maps the kernel's secrets")
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .violated)
        let counterexamples = try XCTUnwrap(result.result(.cr3MatchesPrivilege)?.counterexamples)
        let syscall = try XCTUnwrap(counterexamples.first { $0.reason == "hand-off to do_syscall_64 with the user table user still loaded" })
        let steps = syscall.trace.map(\.text)
        XCTAssertTrue(steps.contains("entry_text: entry_SYSCALL_64+0xc: jmp 0xffffffff836000a0"), "the jump over SWITCH_TO_KERNEL_CR3: \(steps)")
        XCTAssertFalse(steps.contains { $0.contains("%cr3") }, "no CR3 write on the way")
        XCTAssertTrue(syscall.trace.dropFirst().allSatisfy { $0.table == "user" })
        // The page fault stub: error_entry jumps over its CR3 switch too, and calls sync_regs on
        // the table user mode runs on.
        let fault = try XCTUnwrap(counterexamples.first { $0.reason == "hand-off to sync_regs with the user table user still loaded" })
        XCTAssertTrue(fault.trace.map(\.text).contains("entry_text: error_entry+0x53: jmp 0xffffffff83601566"), "\(fault.trace.map(\.text))")
        for property in [PropertyID.accessesMapped, .gsMatchesPrivilege, .stackIsKernel] {
            XCTAssertEqual(result.status(property), .proved, property.rawValue)
        }
    }

    /// The spec with its code read from a copy of the capture's blobs, patched at `address`.
    func patched(_ address: UInt64, expect original: [UInt8], with bytes: [UInt8], options: CheckOptions = syscallOnly) throws -> SpecResult {
        try checkSpec(try patchedSpec(address, expect: original, with: bytes), path: Self.spec, options: options)
    }

    /// The spec's text, reading its code from a patched copy of the capture.
    func patchedSpec(_ address: UInt64, expect original: [UInt8], with bytes: [UInt8]) throws -> String {
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
        return try String(contentsOf: packageRoot.appendingPathComponent(Self.spec), encoding: .utf8)
            .replacingOccurrences(of: Self.codeFolder + "/code.json", with: copy.appendingPathComponent("code.json").path)
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

    func testErrorEntryWithoutItsCR3WriteCallsSyncRegsOnTheUserTable() throws {
        // mov %rax,%cr3 at error_entry+0x63 (SWITCH_TO_KERNEL_CR3 for an exception from user mode).
        let result = try patched(0xffff_ffff_86e0_1563, expect: [0x0f, 0x22, 0xd8], with: [0x0f, 0x1f, 0x00],
                                 options: CheckOptions(eventDepth: 0, entryPoints: ["vector 14 from user", "vector 14 from kernel"]))
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .violated)
        XCTAssertEqual(result.result(.cr3MatchesPrivilege)?.counterexamples.first?.reason, "hand-off to sync_regs with the user table user still loaded")
        XCTAssertEqual(failingPlace(result, .cr3MatchesPrivilege), "entry_text: error_entry+0x8e: call 0xffffffff86c450d0")
    }

    func testABadIRETWithoutTheSwapgsReachesFixupBadIretWithTheUserGSBase() throws {
        // The swapgs at error_entry+0xe1 (.Lerror_bad_iret). Only a #GP whose saved RIP is
        // native_irq_return_iret takes that branch: the IRETQ of the exit to user mode faulting,
        // which the model delivers with the real address of the IRETQ as RIP.
        let result = try patched(0xffff_ffff_86e0_15e1, expect: [0x0f, 0x01, 0xf8], with: [0x0f, 0x1f, 0x00])
        XCTAssertEqual(result.status(.gsMatchesPrivilege), .violated)
        let counterexample = try XCTUnwrap(result.result(.gsMatchesPrivilege)?.counterexamples.first)
        XCTAssertEqual(counterexample.reason, "hand-off to fixup_bad_iret with the user GS base")
        let steps = counterexample.trace.map(\.text)
        XCTAssertTrue(steps.contains("IRETQ faults on a bad user frame: #GP at CPL0, before the privilege change"), "\(steps)")
        XCTAssertTrue(steps.contains { $0.hasPrefix("entry_text: error_entry+0xa7: jz") }, "the comparison with native_irq_return_iret: \(steps)")
        XCTAssertEqual(result.status(.cr3MatchesPrivilege), .proved)
    }

    func testTheSyscallPathProvesWithAnNMIAtEveryBoundary() throws {
        let result = try checkBundledSpec(Self.spec, options: Self.syscallWithNMIs)
        for property in Self.codeProperties {
            XCTAssertEqual(result.status(property), .proved, "\(property.rawValue): \(result.result(property)?.counterexamples.first?.reason ?? "")")
        }
        XCTAssertGreaterThan(result.execution?.events ?? 0, 200, "an NMI at every boundary of the entry and both exits")
    }

    func testParanoidEntryWithoutItsCR3WriteReadsPerCPUOffsetsThroughTheUserTable() throws {
        // mov %rax,%cr3 at paranoid_entry+0x5d: an NMI that hits the entry or an exit while the
        // user CR3 is loaded must switch before it reads kernel data; the first such read is
        // __per_cpu_offset[cpu], which the user table does not map.
        let result = try patched(0xffff_ffff_86e0_13fd, expect: [0x0f, 0x22, 0xd8], with: [0x0f, 0x1f, 0x00], options: Self.syscallWithNMIs)
        XCTAssertEqual(result.status(.accessesMapped), .violated)
        let counterexample = try XCTUnwrap(result.result(.accessesMapped)?.counterexamples.first)
        XCTAssertTrue(counterexample.trace.contains { $0.text == "NMI is delivered" }, "\(counterexample.trace.map(\.text))")
        XCTAssertTrue(failingPlace(result, .accessesMapped)?.hasPrefix("entry_text: paranoid_entry+0x78:") ?? false, failingPlace(result, .accessesMapped) ?? "")
    }

    func testParanoidEntryWithoutWRGSBASERunsTheNMIHandlerOnTheUserGSBase() throws {
        // wrgsbase %rax at paranoid_entry+0x80 made a 5-byte nop: an NMI that hits the entry
        // before its swapgs keeps the user GS base.
        let result = try patched(0xffff_ffff_86e0_1420, expect: [0xf3, 0x48, 0x0f, 0xae, 0xd8], with: [0x0f, 0x1f, 0x44, 0x00, 0x00],
                                 options: Self.syscallWithNMIs)
        XCTAssertEqual(result.status(.gsMatchesPrivilege), .violated)
        let counterexample = try XCTUnwrap(result.result(.gsMatchesPrivilege)?.counterexamples.first)
        XCTAssertTrue(counterexample.trace.contains { $0.text.hasPrefix("entry_text: paranoid_entry+0x62: rdgsbase") }, "\(counterexample.trace.map(\.text))")
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

    func testImportedVectorsNeedTheirHandlersCodeOrAReason() throws {
        let text = try String(contentsOf: packageRoot.appendingPathComponent(Self.spec), encoding: .utf8)
        let line = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("  vectors import") })
        let exceptList = try XCTUnwrap(line.range(of: " except "))
        let found = try errors(replacing: String(line), with: String(line[..<exceptList.lowerBound]) + " except 1, 2, 8, 18, 29")
        XCTAssertEqual(found.map(\.message.id), Array(repeating: "elab.code.vector-outside-code", count: 11))
        XCTAssertTrue(found[0].message.text.hasPrefix("vector 20's handler 0xffffffff882790b4 (early_idt_handler_array+0xb4) lies outside the imported code"), found[0].message.text)
        let unknown = try errors(replacing: " except 29,", with: " except 29, 256,")
        XCTAssertEqual(unknown.map(\.message.id), ["elab.code.excepted-vector-unknown"])
        // A capture without an IDT is an error at the import, not a spec with no gates.
        let noIDT = FileManager.default.temporaryDirectory.appendingPathComponent("isocheck-noidt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: noIDT, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: noIDT) }
        let source = packageRoot.appendingPathComponent("Specs/linux-kpti-code").appendingPathComponent(Self.codeFolder).standardized
        for name in ["entry-text.bin", "noinstr-text.bin", "thunks-text.bin"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: noIDT.appendingPathComponent(name))
        }
        var json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: source.appendingPathComponent("code.json"))) as? [String: Any])
        json["idt"] = nil
        try JSONSerialization.data(withJSONObject: json).write(to: noIDT.appendingPathComponent("code.json"))
        let noIDTText = text.replacingOccurrences(of: Self.codeFolder + "/code.json", with: noIDT.appendingPathComponent("code.json").path)
        let (noIDTModel, noIDTDiagnostics) = Elaborator.load(SourceFile(path: Self.spec, text: noIDTText))
        XCTAssertNil(noIDTModel)
        let withoutIDT = noIDTDiagnostics.filter { $0.severity == .error }
        XCTAssertEqual(withoutIDT.map(\.message.id), ["elab.code.vectors-without-idt"])
        XCTAssertEqual(withoutIDT.first?.location?.line, text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("  vectors import") }.map { $0 + 1 })
        let twice = try errors(replacing: "  lstar entry_SYSCALL_64\n", with: "  lstar entry_SYSCALL_64\n  vector 14 asm_exc_page_fault\n")
        XCTAssertEqual(twice.map(\.message.id), ["elab.duplicate-vector"])
    }

    func testReachedInstructionsTheModelCannotExecuteAreErrorsNotSkips() throws {
        // error_entry's swapgs (0f 01 f8) made rdtscp (0f 01 f9), which the model lacks.
        let text = try patchedSpec(0xffff_ffff_86e0_154d, expect: [0x0f, 0x01, 0xf8], with: [0x0f, 0x01, 0xf9])
        let (model, diagnostics) = Elaborator.load(SourceFile(path: Self.spec, text: text))
        XCTAssertNil(model)
        let found = diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(found.map(\.message.id), ["elab.code.not-modelled"])
        XCTAssertTrue(found.first?.message.text.hasPrefix("0xffffffff86e0154d <error_entry+0x4d> rdtscp is reached but not modelled") ?? false,
                      "\(found.map(\.message.text))")
    }
}
