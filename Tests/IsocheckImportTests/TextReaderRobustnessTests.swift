import IsocheckImport
import XCTest

/// Mutated ptdump and symbol-map text: every version parses or throws an ImportError that
/// points inside the text. A deterministic generator, so a failure reproduces.
final class TextReaderRobustnessTests: XCTestCase {
    private let ptdump = """
        ---[ User Space ]---
        0x0000000000000000-0x0000000000400000           4M                               pmd
        0x0000000000400000-0x0000000000401000           4K USR ro                     NX pte
        ---[ ESPfix Area ]---
        0xffffff340006c000-0xffffff340006d000           4K     ro                 GLB NX pte
        ... 131059 entries skipped ...
        ---[ High Kernel Mapping ]---
        0xffffffff86e00000-0xffffffff87000000           2M     ro         PSE     GLB x  pmd
        0xffffffffc0000000-0x0000000000000000           1G                               pud

        """

    private let symbols = """
        0000000000006000 A cpu_tss_rw
        ffffffff86200000 T _text
        ffffffff86e00080 T entry_SYSCALL_64
        ffffffffc0511000 t ptdumpx_open\t[ptdumpx]

        """

    func testMutatedPtdumpNeverTraps() {
        mutate(ptdump) { text in _ = try PtdumpParser.parse(text, path: "fuzz.txt") }
    }

    func testMutatedSymbolMapNeverTraps() {
        mutate(symbols) { text in _ = try SymbolMap(parsing: text, path: "fuzz.map") }
    }

    /// Byte replacements, deletions and insertions, one to three per version, plus every prefix.
    private func mutate(_ original: String, _ parse: (String) throws -> Void, file: StaticString = #filePath, line: UInt = #line) {
        let bytes = Array(original.utf8)
        var state: UInt64 = 0x9e37_79b9_7f4a_7c15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("0x-fF .[]\t\n\r\u{0}GKMTpmdteUSRWNXroPSEALB...".utf8) + [0xff, 0xc3]
        // Whole lines that sit on the edges of the grammar, inserted at line starts.
        let edgeLines = ["---[ ]---", "---[", "...", "0x", "0x0-0x", "0x0000000000000000-0x0000000000000000 0B pte", " ]---"]
        var versions: [[UInt8]] = (0...bytes.count).map { Array(bytes.prefix($0)) }
        for _ in 0..<3_000 {
            var version = bytes
            for _ in 0...next(3) where !version.isEmpty {
                let at = next(version.count)
                switch next(4) {
                case 0: version[at] = alphabet[next(alphabet.count)]
                case 1: version.remove(at: at)
                case 2: version.insert(alphabet[next(alphabet.count)], at: at)
                default: version.insert(contentsOf: Array((edgeLines[next(edgeLines.count)] + "\n").utf8), at: 0)
                }
            }
            versions.append(version)
        }
        for version in versions {
            let text = String(decoding: version, as: UTF8.self)
            do {
                try parse(text)
            } catch let error as ImportError {
                guard let location = error.location else { return XCTFail("no location: \(error)", file: file, line: line) }
                XCTAssertLessThanOrEqual(location.offset, text.utf8.count, file: file, line: line)
                XCTAssertGreaterThanOrEqual(location.line, 1, file: file, line: line)
            } catch {
                XCTFail("not an ImportError: \(error)", file: file, line: line)
            }
        }
    }
}
