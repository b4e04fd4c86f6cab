import IsocheckChecker
import IsocheckModel
import XCTest

/// Pins the verdict of every bundled spec, property by property (order: well-formed-layout,
/// no-secret-in-user, no-user-access-to-kernel, no-stale-kernel-tlb).
final class BundledSpecVerdictTests: XCTestCase {
    let expected: [String: [PropertyStatus]] = [
        "Specs/tutorial.isospec": [.proved, .proved, .proved, .proved],
        "Specs/examples/percpu-entry-area.isospec": [.proved, .proved, .notApplicable, .notApplicable],
        "Specs/examples/percpu-entry-area-off-by-one.isospec": [.proved, .violated, .notApplicable, .notApplicable],
        "Specs/examples/huge-page-leak.isospec": [.proved, .violated, .notApplicable, .notApplicable],
        "Specs/examples/huge-page-split.isospec": [.proved, .proved, .notApplicable, .notApplicable],
        "Specs/examples/user-access-to-kernel.isospec": [.proved, .notApplicable, .violated, .notApplicable],
        "Specs/examples/global-secret.isospec": [.proved, .proved, .notApplicable, .violated],
        "Specs/examples/global-text-waived.isospec": [.proved, .proved, .notApplicable, .waived],
        "Specs/examples/misaligned-slide.isospec": [.violated, .notApplicable, .notApplicable, .notApplicable],
        // Real captures (issue 6); every snapshot is pinned in LinuxCaptureVerdictTests.
        "Specs/linux-kpti/pti-on.isospec": [.proved, .proved, .proved, .proved],
        "Specs/linux-kpti/pti-auto-strict.isospec": [.proved, .violated, .proved, .violated],
        "Specs/linux-kpti/pti-auto-no-pcid-rule.isospec": [.proved, .proved, .proved, .proved],
        "Specs/linux-kpti/nopti.isospec": [.proved, .violated, .proved, .violated],
    ]

    func testEveryBundledLayoutSpecHasItsExpectedVerdicts() throws {
        for (path, statuses) in expected.sorted(by: { $0.key < $1.key }) {
            let result = try checkBundledSpec(path)
            XCTAssertFalse(result.hasErrors, "\(path): \(result.diagnostics)")
            XCTAssertEqual(result.statuses, statuses, path)
        }
    }

    func testNoBundledSpecIsLeftUnpinned() throws {
        let specs = FileManager.default.enumerator(atPath: packageRoot.appendingPathComponent("Specs").path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".isospec") }.map { "Specs/" + $0 } ?? []
        // Specs with code are pinned, property by property, in TrampolineMutationTests,
        // SeedSpecVerdictTests and RealEntryCodeTests.
        let codeFolders = ["Specs/trampoline/", "Specs/freebsd/", "Specs/netbsd/", "Specs/linux/", "Specs/linux-kpti-code/"]
        let layoutSpecs = specs.filter { spec in !codeFolders.contains { spec.hasPrefix($0) } }
        XCTAssertEqual(Set(layoutSpecs), Set(expected.keys), "every bundled layout spec has its verdicts pinned here")
    }

    func testOffByOneStrideNamesTheFirstBrokenCPU() throws {
        let result = try checkBundledSpec("Specs/examples/percpu-entry-area-off-by-one.isospec")
        let counterexample = try XCTUnwrap(result.result(.noSecretInUser)?.counterexamples.first)
        XCTAssertEqual(counterexample.indices.map(\.name), ["c"])
        XCTAssertEqual(counterexample.indices.first?.value, 1, "the smallest CPU index that breaks")
        XCTAssertEqual(counterexample.parameters.first { $0.name == "ncpu" }?.value, 2)
        XCTAssertEqual(counterexample.frame?.frame, "percpu[1]")
        XCTAssertEqual(counterexample.frame?.label, "secret")
        XCTAssertEqual(counterexample.frame?.offset, 0x2000)
        XCTAssertEqual(counterexample.virtualAddress, 0xffff_fe00_0000_3000)
        XCTAssertEqual(counterexample.physicalAddress, 0x804_2000)
        XCTAssertEqual(counterexample.location.line, 24)
        XCTAssertEqual(counterexample.frame?.labelLocation?.line, 19, "points at the secret segment")
        XCTAssertEqual(counterexample.walk.map(\.level), ["PML4", "PDPT", "PD", "PT"])
        XCTAssertEqual(counterexample.walk.map(\.index), [508, 0, 0, 3])
    }

    func testHugePageLeakIsReachedThroughTheDerivation() throws {
        let result = try checkBundledSpec("Specs/examples/huge-page-leak.isospec")
        let counterexample = try XCTUnwrap(result.result(.noSecretInUser)?.counterexamples.first)
        XCTAssertEqual(counterexample.pageSize, .size2M)
        XCTAssertEqual(counterexample.derivedThrough.map(\.line), [27])
        XCTAssertEqual(counterexample.frame?.frame, "text_tail")
        XCTAssertEqual(counterexample.walk.last?.entry.contains("2M PS"), true)
    }

    func testMisalignedSlideNamesAnUnalignedSlide() throws {
        let result = try checkBundledSpec("Specs/examples/misaligned-slide.isospec")
        let counterexample = try XCTUnwrap(result.result(.wellFormedLayout)?.counterexamples.first)
        let slide = try XCTUnwrap(counterexample.parameters.first { $0.name == "slide" }?.value)
        XCTAssertNotEqual(slide % 0x20_0000, 0)
        XCTAssertTrue(counterexample.reason.contains("not aligned"), counterexample.reason)
    }

    func testWaiverKeepsTheCounterexample() throws {
        let result = try checkBundledSpec("Specs/examples/global-text-waived.isospec")
        let property = try XCTUnwrap(result.result(.noStaleKernelTLB))
        XCTAssertEqual(property.waivedCounterexamples.count, 1)
        XCTAssertTrue(property.counterexamples.isEmpty)
        XCTAssertEqual(property.waivers.first?.reason.contains("pti_kernel_image_global_ok"), true)
        XCTAssertEqual(ExitStatus.of([result], inputErrors: false), .proved)
    }
}
