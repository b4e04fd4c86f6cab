import IsocheckDiagnostics
import IsocheckModel
import IsocheckSyntax
import XCTest

/// xorshift64*: a tiny deterministic generator, so every run mutates the same way.
struct XorShift64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    /// Uniform enough in 0 ..< bound (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
}

final class ParserRecoveryTests: XCTestCase {
    func testTwoBrokenDeclarationsGiveOneErrorEach() {
        let text = """
            const A = 1
            const B 2
            frame f size 4K public
            param x : u99
            const C = A + 1
            """
        let (model, diagnostics) = Elaborator.load(SourceFile(path: testSpecPath, text: text))
        XCTAssertNil(model)
        let errors = diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.message.id), ["parse.expected", "parse.bad-width"])
        XCTAssertEqual(errors.map { $0.location?.line }, [2, 4])
    }

    func testRecoverySkipsTheRestOfABrokenBlock() {
        let text = """
            frame f size 4K public
            space k kernel {
              map 0 .. +4K f
              map 4K .. +4K -> f
              for i < 2 {
                map 8K + i * 4K .. +4K -> f
              }
            }
            cpu {
              cr4 pge
              pcide
            }
            const X = (1
            """
        let (_, diagnostics) = Parser.parse(SourceFile(path: testSpecPath, text: text))
        XCTAssertEqual(diagnostics.map(\.message.id), ["parse.expected", "parse.expected", "parse.expected"])
        XCTAssertEqual(diagnostics.map { $0.location?.line }, [3, 11, 13])
    }

    func testDeclarationsAfterAnErrorAreStillParsed() {
        let (spec, diagnostics) = Parser.parse(SourceFile(path: testSpecPath, text: "const = 1\nconst B = 2\nconst C = 3 +\nconst D = 4\n"))
        XCTAssertEqual(diagnostics.map { $0.location?.line }, [1, 3])
        let names = spec.declarations.compactMap { declaration -> String? in
            if case .constant(let constant) = declaration { return constant.name.name }
            return nil
        }
        XCTAssertEqual(names, ["B", "D"])
    }

    func testElaboratorReportsEveryBrokenDeclaration() {
        let text = """
            const A = B
            frame f[i < 2] size 4K public
            cpu {
              cr4 pge smepp
            }
            """
        let (_, diagnostics) = Elaborator.load(SourceFile(path: testSpecPath, text: text))
        XCTAssertEqual(
            diagnostics.filter { $0.severity == .error }.map(\.message.id),
            ["elab.unknown-name", "elab.family-needs-base", "elab.unknown-cr4-bit"])
    }
}

final class ParserRobustnessTests: XCTestCase {
    /// Fragments worth inserting: pieces of the syntax, separators and a few troublemakers.
    private static let fragments: [String] = [
        "{", "}", "[", "]", "(", ")", "..", "+", "-", "->", ":", ",", ";", "=", "<", "==", "&&", "!", "~",
        "\n", " ", "\t", "\"", "\\", "#", "//", "/*", "*/", "0x", "0b", "K", "M", "G", "1", "9", "_", "é", "?", "`",
        "18446744073709551616", "frame", "space", "map", "for", "from", "only", "at", "size", "stride",
        "secret", "public", "owned by", "kernel", "user of", "page", "phys", "param", "const", "principal",
        "waive", "because", "cpu", "cr4", "memory default", "region", "assume", "where", "u64", "i", "c",
        "ncpu", "nproc", "slide", "proc[p]", "pcpu[c]", "kernel", "entry_text",
        "code", "percpu", "stack", "handoff", "root", "lstar", "vector", "ist", "exit", "field",
        "trampoline", "%", "$", "%rsp", "%gs:", "movq", "swapgs", "label:", "(%rsp)",
    ]

    private static func mutate(_ original: [Character], _ random: inout XorShift64) -> [Character] {
        var chars = original
        for _ in 0..<(1 + random.below(3)) {
            let position = chars.isEmpty ? 0 : random.below(chars.count + 1)
            switch random.below(7) {
            case 0, 1:  // delete a short run of characters
                guard !chars.isEmpty else { continue }
                let start = min(position, chars.count - 1)
                let length = min(1 + random.below(6), chars.count - start)
                chars.removeSubrange(start..<start + length)
            case 2:  // insert a fragment
                chars.insert(contentsOf: Array(random.pick(fragments)), at: position)
            case 3:  // replace one character with a fragment
                guard position < chars.count else { continue }
                chars.replaceSubrange(position..<position + 1, with: Array(random.pick(fragments)))
            case 4:  // delete a whole "word" (up to the next space or newline)
                var end = position
                while end < chars.count, chars[end] != " ", chars[end] != "\n" { end += 1 }
                chars.removeSubrange(position..<end)
            case 5:  // duplicate a chunk elsewhere
                guard !chars.isEmpty else { continue }
                let start = random.below(chars.count)
                let length = min(1 + random.below(40), chars.count - start)
                let chunk = Array(chars[start..<start + length])
                chars.insert(contentsOf: chunk, at: random.below(chars.count + 1))
            default:  // truncate the file
                chars.removeSubrange(position..<chars.count)
            }
        }
        return chars
    }

    func testRandomMutationsOfTheTutorialNeverCrashAndAlwaysExplainFailure() throws {
        // Whole-line comments are dropped so the mutations mostly land in declarations (and the
        // 2,000 loads stay within a few seconds in a debug build); trailing comments stay.
        let tutorial = try readBundledSpec("Specs/tutorial.isospec").text
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.drop { $0 == " " }.hasPrefix("#") }
            .joined(separator: "\n")
        let original = Array(tutorial)
        var random = XorShift64(seed: 0x15_0C4E_C4)
        var rejected = 0
        for iteration in 0..<2000 {
            let text = String(Self.mutate(original, &random))
            let source = SourceFile(path: "mutant.isospec", text: text)
            let (model, diagnostics) = Elaborator.load(source)
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            for diagnostic in diagnostics {
                guard let location = diagnostic.location else {
                    XCTFail("mutant \(iteration): '\(diagnostic.message.text)' has no location\n\(text)")
                    continue
                }
                XCTAssertEqual(location.file, "mutant.isospec")
                XCTAssertTrue(
                    (1...lineCount + 1).contains(location.line) && location.column >= 1,
                    "mutant \(iteration): \(location) is outside the file (\(lineCount) lines)")
            }
            let errors = diagnostics.filter { $0.severity == .error }
            if model == nil {
                rejected += 1
                XCTAssertFalse(errors.isEmpty, "mutant \(iteration) was rejected without an error\n\(text)")
            } else {
                XCTAssertTrue(errors.isEmpty, "mutant \(iteration) produced a model despite errors")
            }
        }
        // The mutations must actually exercise the error paths.
        XCTAssertGreaterThan(rejected, 1000)
        XCTAssertLessThan(rejected, 2000)
    }

    /// Fewer mutations of every other bundled spec, so the code-section syntax is shaken too.
    func testRandomMutationsOfOtherBundledSpecs() throws {
        var random = XorShift64(seed: 0xC0DE)
        for path in try bundledSpecPaths() where path != "Specs/tutorial.isospec" {
            let original = Array(try readBundledSpec(path).text)
            // A spec that imports a capture decompresses and walks it on every load: fewer mutants.
            let mutants = path.hasPrefix("Specs/linux-kpti") ? 10 : 100
            for iteration in 0..<mutants {
                let text = String(Self.mutate(original, &random))
                let (model, diagnostics) = Elaborator.load(SourceFile(path: path, text: text))
                let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
                let errors = diagnostics.filter { $0.severity == .error }
                if model == nil {
                    XCTAssertFalse(errors.isEmpty, "\(path) mutant \(iteration) was rejected without an error\n\(text)")
                }
                for error in errors {
                    let line = try XCTUnwrap(error.location?.line, "\(path) mutant \(iteration): \(error.message.text)")
                    XCTAssertTrue((1...lineCount + 1).contains(line), "\(path) mutant \(iteration): line \(line)")
                }
            }
        }
    }

    func testPathologicalInputs() {
        let inputs = [
            "", "\n", "\n\n\n", "#", "/*", "*/", "\"", "\\", "{", "}", "}}}}", "{{{{", "[", "]",
            String(repeating: "(", count: 200), String(repeating: "!", count: 200) + "x",
            "const X = " + String(repeating: "-", count: 300) + "1",
            "space k kernel {" + String(repeating: "\n for i < 1 {", count: 50),
            "0x", "0b", "0x_", "1K1", "waive", "waive -", "waive a- b because \"x\"", "frame", "frame f[", "frame f[i <",
            "space s user of", "map", "é", "\u{0}", "\r\n\r\n", "const X = 1\r\nconst Y = X\r\n",
        ]
        for text in inputs {
            let (model, diagnostics) = Elaborator.load(SourceFile(path: testSpecPath, text: text))
            if model == nil {
                XCTAssertTrue(diagnostics.contains { $0.severity == .error && $0.location != nil }, "input \(text.debugDescription)")
            }
        }
    }
}
