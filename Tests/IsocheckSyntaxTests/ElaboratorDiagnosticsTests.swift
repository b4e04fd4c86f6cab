import IsocheckDiagnostics
import IsocheckModel
import IsocheckSyntax
import XCTest

/// Well-formed syntax that the elaborator rejects (`elab.*`). `1️⃣` marks the first error's
/// caret; `2️⃣`, where present, marks the location of its first note.
final class ElaboratorDiagnosticsTests: XCTestCase {
    /// A small valid preamble the space tests build on.
    private let preamble = """
        param slide : u64 where slide & 0x1fffff == 0
        principal proc[p < 4]
        frame text size 2M secret
        frame pcpu[c < 4] at 0x4000000 size 64K public
        region r = 0 .. +4K

        """

    // MARK: names

    func testUnknownNameInExpression() {
        assertDiagnostic("const X = 1️⃣Y + 1", id: "elab.unknown-name", messageContains: "'Y'")
    }

    func testUnknownNameDeepInExpression() {
        assertDiagnostic("const A = 1\nconst X = (A + 2) * 1️⃣B", id: "elab.unknown-name", messageContains: "'B'")
    }

    func testNameUsedBeforeDeclaration() {
        let diagnostic = assertDiagnostic(
            "const X = 1️⃣Y + 1\nconst 2️⃣Y = 2", id: "elab.declared-later", messageContains: "'Y'")
        XCTAssertEqual(diagnostic?.notes.first?.message, "declared here")
    }

    func testPrincipalUsedBeforeDeclaration() {
        assertDiagnostic("frame f size 4K owned by 1️⃣t\nprincipal 2️⃣t", id: "elab.declared-later")
    }

    func testDuplicateDeclaration() {
        let diagnostic = assertDiagnostic(
            "const 2️⃣X = 1\nconst A = 2\nconst 1️⃣X = 3", id: "elab.duplicate-name", messageContains: "'X'")
        XCTAssertEqual(diagnostic?.notes.first?.message, "first declared here")
    }

    func testDuplicateAcrossDeclarationKinds() {
        assertDiagnostic("param 2️⃣n : u8\nframe 1️⃣n size 4K public", id: "elab.duplicate-name")
    }

    func testFrameNameUsedAsValue() {
        assertDiagnostic("frame f size 4K public\nconst X = 1️⃣f + 1", id: "elab.wrong-kind", messageContains: "'f'")
    }

    func testRegionUsedAsMappingTarget() {
        assertDiagnostic(
            preamble + "space k kernel {\n  map 0 .. +4K -> 1️⃣r\n}", id: "elab.wrong-kind", messageContains: "a frame")
    }

    func testUnknownFrameInMap() {
        assertDiagnostic(
            preamble + "space k kernel {\n  map 0 .. +4K -> 1️⃣nosuch rw\n}", id: "elab.unknown-name",
            messageContains: "frame 'nosuch'")
    }

    func testUnknownSpaceInFrom() {
        assertDiagnostic(
            preamble + "space u user of proc[0] {\n  from 1️⃣nosuch\n}", id: "elab.unknown-name",
            messageContains: "space 'nosuch'")
    }

    func testUnknownRegionInFrom() {
        assertDiagnostic(
            preamble + "space k kernel {\n}\nspace u user of proc[0] {\n  from k only r, 1️⃣nosuch\n}",
            id: "elab.unknown-name", messageContains: "region 'nosuch'")
    }

    func testUnknownPrincipalOfUserSpace() {
        assertDiagnostic("space u user of 1️⃣nobody {\n}", id: "elab.unknown-name", messageContains: "principal 'nobody'")
    }

    func testWaiverOfSpaceDeclaredBelow() {
        // Every other reference to a name declared further down says 'declared later'; a
        // waiver naming a space below it should too, not call an existing space unknown.
        assertDiagnostic(
            """
            principal t
            waive no-secret-in-user in 1️⃣u because "shared page"
            space 2️⃣u user of t {
            }
            """, id: "elab.declared-later")
    }

    // MARK: types

    func testConditionWhereValueExpected() {
        assertDiagnostic("const X = 1️⃣1 < 2", id: "elab.type-mismatch", messageContains: "expected a value")
    }

    func testValueWhereConditionExpectedInWhere() {
        assertDiagnostic("param x : u64 where 1️⃣x + 1", id: "elab.type-mismatch", messageContains: "expected a condition")
    }

    func testValueWhereConditionExpectedInAssume() {
        assertDiagnostic("param x : u64\nassume 1️⃣x", id: "elab.type-mismatch", messageContains: "found a value")
    }

    func testValueOnOneSideOfLogicalAnd() {
        assertDiagnostic(
            "param x : u64\nassume x == 1 && 1️⃣x", id: "elab.type-mismatch", messageContains: "each side of '&&'")
    }

    func testConditionOnOneSideOfArithmetic() {
        assertDiagnostic(
            "param x : u64\nassume 1️⃣(x > 1) + 1 == 2", id: "elab.type-mismatch", messageContains: "each side of '+'")
    }

    func testLogicalNotOfValue() {
        assertDiagnostic("param x : u64\nassume !1️⃣x", id: "elab.type-mismatch", messageContains: "after '!'")
    }

    func testConditionAsMappingAddress() {
        assertDiagnostic(
            preamble + "space k kernel {\n  map 1️⃣slide == 0 .. +4K -> text\n}", id: "elab.type-mismatch")
    }

    // MARK: indices

    func testFrameFamilyUsedWithoutIndex() {
        assertDiagnostic(
            preamble + "space k kernel {\n  map 0 .. +64K -> 1️⃣pcpu rw\n}", id: "elab.arity",
            messageContains: "'pcpu' takes 1 index, found 0")
    }

    func testSingleFrameUsedWithIndex() {
        assertDiagnostic(
            preamble + "space k kernel {\n  map 0 .. +2M page 2M -> 1️⃣text[0]\n}", id: "elab.arity",
            messageContains: "'text' takes 0 indexes, found 1")
    }

    func testPrincipalWithTooManyIndices() {
        assertDiagnostic(
            "principal proc[p < 4]\nframe f size 4K owned by 1️⃣proc[1, 2]", id: "elab.arity",
            messageContains: "'proc' takes 1 index, found 2")
    }

    func testDerivedFromFamilyWithoutIndex() {
        assertDiagnostic(
            preamble + "space k[i < 2] kernel {\n}\nspace u user of proc[0] {\n  from 1️⃣k\n}", id: "elab.arity")
    }

    func testRegionFamilyWithWrongIndexCount() {
        assertDiagnostic(
            preamble + "region cea[c < 4] = 0 .. +4K\nspace k kernel {\n}\nspace u user of proc[0] {\n  from k only 1️⃣cea[1, 2]\n}",
            id: "elab.arity")
    }

    func testIndexOutOfScope() {
        assertDiagnostic(
            preamble + "space k kernel {\n  for c < 4 {\n    map 0 .. +64K -> pcpu[c]\n  }\n  map 0 .. +64K -> pcpu[1️⃣c]\n}",
            id: "elab.unknown-name", messageContains: "'c'")
    }

    // MARK: mappings

    func testNonConstantPageSize() {
        assertDiagnostic(
            preamble + "space k kernel {\n  map 0 .. +2M page 1️⃣slide -> text\n}", id: "elab.not-constant",
            messageContains: "a page size")
    }

    func testBadPageSize() {
        assertDiagnostic(
            preamble + "space k kernel {\n  map 0 .. +2M page 1️⃣8K -> text\n}", id: "elab.bad-page-size",
            messageContains: "0x2000")
    }

    func testUnknownMappingFlag() {
        assertDiagnostic(
            preamble + "space k kernel {\n  map 0 .. +2M page 2M -> text rw 1️⃣exec\n}", id: "elab.unknown-flag",
            messageContains: "'exec'")
    }

    // MARK: frames

    func testFrameFamilyWithoutBase() {
        assertDiagnostic("frame 1️⃣f[i < 4] size 4K public", id: "elab.family-needs-base")
    }

    func testFrameWithTwoBinders() {
        assertDiagnostic("frame f[i < 2, 1️⃣j < 2] at 0 size 4K public", id: "elab.frame-one-index")
    }

    func testSymbolicSizeWithoutBase() {
        assertDiagnostic("param n : u16\nframe f size 1️⃣n * 4K public", id: "elab.symbolic-auto-placement")
    }

    func testFrameFamilyBaseUsingItsIndex() {
        // elab.frame-base-uses-index exists for exactly this mistake, but is never emitted: the
        // base is resolved outside the binder's scope, so the user is told 'i' is unknown.
        assertDiagnostic(
            "frame f[i < 4] at 0x100000 + 1️⃣i * 4K size 4K public", id: "elab.frame-base-uses-index")
    }

    func testFrameFamilySizeUsingItsIndex() {
        // Likewise elab.index-in-base ("an index may not appear in ... frame size") is never emitted.
        assertDiagnostic("frame f[i < 4] at 0 stride 64K size (1️⃣i + 1) * 4K public", id: "elab.index-in-base")
    }

    func testBinderCountUsesUnknownName() {
        assertDiagnostic("principal proc[p < 1️⃣nproc]", id: "elab.unknown-name", messageContains: "'nproc'")
    }

    // MARK: cpu, memory, waivers

    func testUnknownCR4Bit() {
        assertDiagnostic("cpu {\n  cr4 pge 1️⃣smepp\n}", id: "elab.unknown-cr4-bit", messageContains: "'smepp'")
    }

    func testCPUBlockTwice() {
        assertDiagnostic("cpu {\n  cr4 pge\n}\n1️⃣cpu {\n  cr4 smep\n}", id: "elab.duplicate-cpu")
    }

    func testMemoryDefaultTwice() {
        assertDiagnostic("memory default public\nframe f size 4K\n1️⃣memory default secret", id: "elab.duplicate-memory-default")
    }

    func testWaiverOfUnknownProperty() {
        assertDiagnostic(
            "waive 1️⃣no-secret-in-kernel because \"typo\"", id: "elab.unknown-property",
            messageContains: "'no-secret-in-kernel'")
    }

    func testWaiverOfWellFormedLayoutIsRefused() {
        assertDiagnostic("waive 1️⃣well-formed-layout because \"trust me\"", id: "elab.not-waivable")
    }

    func testWaiverInUnknownSpace() {
        assertDiagnostic(
            "waive no-secret-in-user in 1️⃣nosuch because \"shared page\"", id: "elab.unknown-name",
            messageContains: "space 'nosuch'")
    }

    // MARK: non-errors

    func testEveryWaivablePropertyCanBeWaived() throws {
        for property in PropertyID.allCases where property.isWaivable {
            let text = "principal t\nwaive  \(property.rawValue) because \"stated reason\""
            let (model, diagnostics) = Elaborator.load(SourceFile(path: testSpecPath, text: text))
            XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.message.text), [], property.rawValue)
            let waiver = try XCTUnwrap(model?.waivers.first, property.rawValue)
            XCTAssertEqual(waiver.property, property)
            XCTAssertEqual(waiver.reason, "stated reason")
            // A property this version does not check yet is accepted with a warning at its name.
            for warning in diagnostics where warning.severity == .warning {
                XCTAssertFalse(property.isChecked, property.rawValue)
                XCTAssertEqual(warning.message.id, "elab.property-not-checked")
                XCTAssertEqual(warning.location?.line, 2)
                XCTAssertEqual(warning.location?.column, 8)
            }
        }
    }

    func testUnlabelledFrameWarnsAtItsName() throws {
        let (model, diagnostics) = Elaborator.load(SourceFile(path: testSpecPath, text: "const A = 1\nframe  buf size 4K\n"))
        let frame = try XCTUnwrap(model?.frame(named: "buf"))
        guard case .secret? = frame.label else { return XCTFail("an unlabelled frame takes the memory default (secret)") }
        let warning = try XCTUnwrap(diagnostics.first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.message.id, "elab.frame-default-label")
        XCTAssertEqual(warning.location?.line, 2)
        XCTAssertEqual(warning.location?.column, 8)
    }
    // MARK: events depth

    func testEventDepthAboveEight() {
        assertDiagnostic("events depth 1️⃣9 because \"deep\"", id: "elab.event-depth-range", messageContains: "expected 0 to 8")
    }

    func testEventDepthGivenTwice() {
        let diagnostic = assertDiagnostic(
            "2️⃣events depth 1 because \"a\"\n1️⃣events depth 0 because \"b\"", id: "elab.duplicate-event-depth")
        XCTAssertEqual(diagnostic?.notes.first?.message, "first given here")
    }

    func testEventDepthIsKeptWithItsReasonAndLocation() throws {
        let (model, diagnostics) = Elaborator.load(SourceFile(path: testSpecPath, text: """
            principal t
            frame f size 4K public
            events depth 3 because "measured: depth 4 takes an hour"
            """))
        let depth = try XCTUnwrap(model?.eventDepth)
        XCTAssertEqual(depth.depth, 3)
        XCTAssertEqual(depth.reason, "measured: depth 4 takes an hour")
        XCTAssertEqual(depth.range.start.line, 3)
        // A spec without code offers no event: the bound is kept but flagged as bounding nothing.
        let warning = try XCTUnwrap(diagnostics.first { $0.severity == .warning })
        XCTAssertEqual(warning.message.id, "elab.event-depth-without-code")
        XCTAssertEqual(warning.location?.line, 3)
        XCTAssertEqual(warning.location?.column, 1)
    }
}
