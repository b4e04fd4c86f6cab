import Foundation
import IsocheckDiagnostics
import IsocheckModel
import IsocheckReport
import XCTest

/// Where mutation operators may edit: only text written in the spec itself.
final class MutationSiteTests: XCTestCase {
    /// The real-code spec's instructions are lifted from the capture and point into a listing of
    /// it, not into the spec: editing the spec at their offsets once crashed `isocheck mutate`.
    func testLiftedMachineCodeOffersNoSitesAndEverySiteIsInTheSpec() throws {
        let path = packageRoot.appendingPathComponent("Specs/linux-kpti-code/pti-on.isospec").path
        let source = SourceFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8))
        let (model, diagnostics) = Elaborator.load(source)
        let elaborated = try XCTUnwrap(model, "\(diagnostics.map(\.message.text))")
        XCTAssertFalse(elaborated.program.blocks.flatMap(\.instructions).isEmpty, "the spec lifts machine code")
        var mutants: [Mutant] = []
        for mutation in MutationOperator.allCases { mutants += mutation.mutants(of: source, model: elaborated) }
        for mutant in mutants {
            XCTAssertEqual(mutant.site.file, path, "\(mutant.mutation.rawValue): \(mutant.change)")
            XCTAssertLessThanOrEqual(mutant.site.offset, source.text.utf8.count)
        }
        // What the spec writes itself: its policy, and TSS.RSP0 in its cpu block.
        XCTAssertEqual(Set(mutants.map(\.mutation)), [.dropAllow, .kernelOnlyRSP0], "\(mutants.map(\.change))")
    }
}
