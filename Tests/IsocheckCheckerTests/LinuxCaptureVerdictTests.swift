import Foundation
import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel
import XCTest

/// Issue 6 item 3: the Linux KPTI policy on the real captures, every snapshot, property by
/// property (order: well-formed-layout, no-secret-in-user, no-user-access-to-kernel,
/// no-stale-kernel-tlb). The captures must be present: a missing one fails, never skips.
final class LinuxCaptureVerdictTests: XCTestCase {
    static let snapshots = ["snap-user", "snap-kernel", "snap-entry"]

    func testPtiOnSatisfiesTheKPTIPolicyInEverySnapshot() throws {
        for snapshot in Self.snapshots {
            let result = try LinuxCaptureSpec(configuration: "pti-on", snapshot: snapshot).check()
            XCTAssertEqual(result.statuses, [.proved, .proved, .proved, .proved], snapshot)
        }
    }

    func testPtiAutoViolatesTheStrictPolicyOnlyOnTheClonedImage() throws {
        for snapshot in Self.snapshots {
            let spec = try LinuxCaptureSpec(configuration: "pti-auto", snapshot: snapshot)
            let result = try spec.check()
            XCTAssertEqual(result.statuses, [.proved, .violated, .proved, .violated], snapshot)
            let text = try XCTUnwrap(spec.symbol("_text"))
            let end = try XCTUnwrap(spec.symbol("__end_rodata_aligned"))
            let leaks = try XCTUnwrap(result.result(.noSecretInUser)).counterexamples
            XCTAssertEqual(leaks.count, 4, snapshot)
            for leak in leaks {
                let address = try XCTUnwrap(leak.virtualAddress)
                XCTAssertTrue(address >= text && address < end, "\(snapshot): leak at \(String(address, radix: 16)) outside the image clone")
            }
            XCTAssertEqual(leaks.first?.virtualSymbol, "_stext", "the first leak names the start of the text")
        }
    }

    func testPtiAutoSatisfiesThePolicyWithTheNoPCIDRule() throws {
        for snapshot in Self.snapshots {
            let result = try LinuxCaptureSpec(configuration: "pti-auto", snapshot: snapshot, noPCIDRule: true).check()
            XCTAssertEqual(result.statuses, [.proved, .proved, .proved, .proved], snapshot)
        }
    }

    func testNoptiLeaksTheDirectMapFirstAndTheImageByName() throws {
        for snapshot in Self.snapshots {
            let spec = try LinuxCaptureSpec(configuration: "nopti", snapshot: snapshot)
            let result = try spec.check()
            XCTAssertEqual(result.statuses, [.proved, .violated, .proved, .violated], snapshot)
            let leaks = try XCTUnwrap(result.result(.noSecretInUser)).counterexamples
            XCTAssertGreaterThan(leaks.count, 100, snapshot)
            // The first leaking range: the direct map's first page, physical page 0.
            XCTAssertEqual(leaks.first?.virtualAddress, spec.pageOffsetBase, snapshot)
            XCTAssertEqual(leaks.first?.physicalAddress, 0, snapshot)
            // The first leak in the kernel image is named by symbol at both ends.
            let image = try XCTUnwrap(leaks.first { ($0.virtualAddress ?? 0) >= 0xffff_ffff_8000_0000 }, snapshot)
            XCTAssertEqual(image.virtualAddress, spec.symbol("_text"), snapshot)
            XCTAssertEqual(image.virtualSymbol, "_stext", snapshot)
            XCTAssertEqual(image.physicalSymbol, "_stext", snapshot)
            XCTAssertTrue(image.reason.contains("<_stext>"), image.reason)
        }
    }

    /// The label reading of README.md ("Imported page tables"): allowed VAs make their frames
    /// public even where the direct map also reaches them; the user half is the task's; the rest
    /// of the kernel half is secret; espfix's 65,536 pages are one mapping family.
    func testLabelsFollowTheUserTableVAs() throws {
        let model = try LinuxCaptureSpec(configuration: "nopti", snapshot: "snap-user").model()
        func label(at physical: UInt64) -> String? {
            model.frames.first { frame in
                guard let base = frame.base.constantValue, let size = frame.size.constantValue else { return false }
                return physical >= base && physical - base < size
            }?.label?.description
        }
        XCTAssertEqual(label(at: 0), "secret")
        let perCPU = 0xf806000 as UInt64  // cpu_tss_rw of CPU 0, reached by the direct map and cpu_entry_area
        XCTAssertEqual(label(at: perCPU), "public")
        XCTAssertEqual(label(at: perCPU + 0x1000), "public", "cpu_tss_rw spans five pages")
        XCTAssertEqual(label(at: perCPU - 0x1000), "secret", "irq_stack_backing_store, just below")
        let user = try XCTUnwrap(model.spaces.first { $0.name == "user" })
        let firstUserPage = try XCTUnwrap(user.mappings.first)
        guard case .physical(let physical) = firstUserPage.target, let address = physical.constantValue else {
            return XCTFail("an imported mapping targets a concrete PA")
        }
        XCTAssertEqual(label(at: address), "owned by task")
        let espfix = user.mappings.filter { !$0.binders.isEmpty }
        XCTAssertEqual(espfix.count, 1, "espfix is one family")
        XCTAssertEqual(espfix.first?.binders.first?.count.constantValue, 65_536)
        XCTAssertLessThan(user.mappings.count, 400, "merged runs, not 65,000 mappings")
    }
}

/// A Linux KPTI spec for one snapshot, written like Specs/linux-kpti/*.isospec but with the
/// snapshot's own PGDs (from meta.json) and absolute paths.
struct LinuxCaptureSpec {
    let configuration: String
    let snapshot: String
    var noPCIDRule = false
    let meta: [String: Any]

    static var captures: URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/linux-6.1-kpti")
    }

    init(configuration: String, snapshot: String, noPCIDRule: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws {
        self.configuration = configuration
        self.snapshot = snapshot
        self.noPCIDRule = noPCIDRule
        let metaURL = Self.captures.appendingPathComponent("\(configuration)/\(snapshot)/meta.json")
        guard FileManager.default.fileExists(atPath: metaURL.path) else {
            XCTFail("capture data not found at \(metaURL.path): the tests need ../shared/data/linux-6.1-kpti", file: file, line: line)
            throw UnusableTestInput(reason: "no capture data")
        }
        meta = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: metaURL)) as? [String: Any])
    }

    func hexField(_ value: Any?) -> UInt64? {
        guard let text = value as? String else { return nil }
        return UInt64(text.hasPrefix("0x") ? String(text.dropFirst(2)) : text, radix: 16)
    }

    func symbol(_ name: String) -> UInt64? { hexField((meta["symbols"] as? [String: Any])?[name]) }
    var pageOffsetBase: UInt64? { hexField((meta["runtime"] as? [String: Any])?["page_offset_base"]) }

    var text: String {
        get throws {
            let folder = Self.captures.appendingPathComponent(configuration).path
            let user = try XCTUnwrap(hexField(meta["user_pgd_pa"]))
            let kernel = try XCTUnwrap(hexField(meta["kernel_pgd_pa"]))
            let perCPU = ((meta["runtime"] as? [String: Any])?["per_cpu"] as? [[String: Any]] ?? []).compactMap { $0["offset"] as? String }
            let core = "\(folder)/\(snapshot)/pgtables.elf.xz"
            let kernelSpace = user == kernel ? "" : "space kernel kernel import core \"\(core)\" cr3 \(String(kernel, radix: 16, uppercase: false).hexLiteral)"
            return """
                principal task
                symbols "\(folder)/guest/System.map.xz" percpu \(perCPU.joined(separator: ", "))
                space user user of task import core "\(core)" cr3 \(String(user, radix: 16).hexLiteral)
                \(kernelSpace)
                policy kpti for user {
                  allow range 0xfffffe0000000000 .. +512G
                  allow range 0xffffff0000000000 .. +512G
                  allow symbol __entry_text_start .. __entry_text_end rounded 2M
                  allow percpu cpu_tss_rw
                  \(noPCIDRule ? "allow symbol _text .. __end_rodata_aligned because \"kernel-image-global-without-pcid\"" : "")
                }
                cpu {
                  cr4 pge smep
                }
                """
        }
    }

    func model(file: StaticString = #filePath, line: UInt = #line) throws -> SystemModel {
        let (model, diagnostics) = Elaborator.load(SourceFile(path: "\(configuration)-\(snapshot).isospec", text: try text))
        let errors = diagnostics.filter { $0.severity == .error }
        guard let model, errors.isEmpty else {
            XCTFail("\(configuration)/\(snapshot): \(errors.map(\.message.text))", file: file, line: line)
            throw UnusableTestInput(reason: "spec has input errors")
        }
        return model
    }

    func check(file: StaticString = #filePath, line: UInt = #line) throws -> SpecResult {
        Checker.check(try model(file: file, line: line))
    }
}

private extension String {
    var hexLiteral: String { "0x" + self }
}
