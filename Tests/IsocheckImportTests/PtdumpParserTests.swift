import IsocheckImport
import XCTest

final class PtdumpParserTests: XCTestCase {
    /// Lines as the kernel prints them (from pti-on's busy-loop user PGD), with their padding.
    private let sample = """
        ---[ User Space ]---
        0x0000000000000000-0x0000000000400000           4M                               pmd
        0x0000000000400000-0x0000000000401000           4K USR ro                     NX pte
        0x0000000000401000-0x00000000004f0000         956K USR ro                     x  pte
        0x00007ffd80000000-0xffff880000000000   17179615242G                               pud
        ---[ ESPfix Area ]---
        0xffffff340006c000-0xffffff340006d000           4K     ro                 GLB NX pte
        ... 131059 entries skipped ... \u{20}
        ---[ High Kernel Mapping ]---
        0xffffffff86e00000-0xffffffff87000000           2M     ro         PSE     GLB x  pmd
        0xffffffffa0000000-0xffffffffa0001000           4K     RW PWT PCD     PAT GLB NX pte
        ---[ Modules ]---
        0xffffffffc0000000-0x0000000000000000           1G                               pud

        """

    func testParsesRangesMarkersAndSkips() throws {
        let listing = try PtdumpParser.parse(sample, path: "sample.txt")
        XCTAssertEqual(listing.regionMarkers.map(\.name), ["User Space", "ESPfix Area", "High Kernel Mapping", "Modules"])
        XCTAssertEqual(listing.ranges.count, 8)
        XCTAssertEqual(listing.presentRanges.map(\.start), [0x40_0000, 0x40_1000, 0xffff_ff34_0006_c000, 0xffff_ffff_86e0_0000, 0xffff_ffff_a000_0000])
        let first = listing.ranges[1]
        XCTAssertEqual(first.byteCount, 0x1000)
        XCTAssertEqual(first.level, .pte)
        XCTAssertEqual(first.attributes, [.user, .noExecute])
        XCTAssertEqual(first.region, "User Space")
        XCTAssertEqual(first.location.line, 3)
        XCTAssertNil(listing.ranges[0].attributes)
        XCTAssertEqual(listing.ranges[3].byteCount, 0xffff_8800_0000_0000 - 0x7ffd_8000_0000)
        let text = listing.ranges[5]
        XCTAssertEqual(text.attributes, [.largePage, .global])
        XCTAssertEqual(text.attributes?.description, "ro PSE GLB x")
        XCTAssertEqual(listing.ranges[6].attributes?.description, "RW PWT PCD PAT GLB NX")
        // The last range ends at 2^64, printed as 0.
        XCTAssertEqual(listing.ranges[7].byteCount, 0x4000_0000)
        XCTAssertEqual(listing.ranges[7].lastAddress, .max)
        XCTAssertEqual(listing.skips.map(\.count), [131_059])
        XCTAssertEqual(listing.skips.first?.afterAddress, 0xffff_ff34_0006_d000)
    }

    /// What ptdump would print for a leaf entry, the bridge for cross-checks with a walk.
    func testAttributesOfALeafEntry() {
        let pte = PageTableEntry(rawValue: 0x8000_0000_0b91_3161)  // cpu_entry_area's IDT alias
        XCTAssertEqual(PtdumpAttributes(leafEntry: pte, size: .size4K).description, "ro GLB NX")
        let pmd = PageTableEntry(rawValue: 0x0a20_11a1)  // PS, G, A, PAT (bit 12)
        XCTAssertEqual(PtdumpAttributes(leafEntry: pmd, size: .size2M).description, "ro PSE PAT GLB x")
        XCTAssertEqual(PtdumpLevel(leafSize: .size2M), .pmd)
    }

    func testCRLFLinesAndBlankLines() throws {
        let listing = try PtdumpParser.parse("\r\n0x0000000000000000-0x0000000000001000           4K USR RW                     NX pte\r\n", path: "crlf.txt")
        XCTAssertEqual(listing.ranges.first?.attributes, [.user, .writable, .noExecute])
    }

    /// Each malformed line is reported at its line and column (where 1️⃣ stands), with what was
    /// expected.
    func testErrorsCarryLineAndColumn() {
        let good = "0x0000000000400000-0x0000000000401000           4K USR ro                     NX pte"
        let cases: [(String, String)] = [
            ("1️⃣---[ User Space ]--", "expected a region marker '---[ NAME ]---'"),
            ("1️⃣---[ ]---", "expected a region marker '---[ NAME ]---'"),
            ("1️⃣---[ ]---]---", "expected a region marker '---[ NAME ]---'"),
            ("1️⃣400000-401000 4K pte", "expected an address such as 0xffffffff81000000"),
            ("0x00000000004000001️⃣ 0x0000000000401000 4K pte", "expected '-' between the start and end addresses"),
            ("0x0000000000400000-0x1️⃣g 4K pte", "expected hexadecimal digits after '0x'"),
            ("1️⃣0x00000000004000000-0x0000000000401000 4K pte", "expected an address of at most 16 hexadecimal digits"),
            ("1️⃣0x0000000000401000-0x0000000000400000 4K pte", "the range 0x401000-0x400000 ends where or before it starts"),
            ("0x0000000000400000-0x0000000000401000           1️⃣8K pte", "the size 8K does not match the range, which spans 0x1000 bytes"),
            ("0x0000000000400000-0x0000000000401000           1️⃣4Q pte", "expected a size such as 4K, 2M or 512G"),
            ("0x0000000000400000-0x00000000004010001️⃣", "expected the size of the range, such as 4K"),
            ("0x0000000000400000-0x0000000000401000           4K USR ro 1️⃣NX", "expected the level (pgd, p4d, pud, pmd or pte)"),
            ("0x0000000000400000-0x0000000000401000           4K USR ro 1️⃣WB NX pte", "unknown attribute 'WB'"),
            ("0x0000000000400000-0x0000000000401000           4K ro 1️⃣USR NX pte", "'USR' is out of place"),
            ("0x0000000000400000-0x0000000000401000           4K USR 1️⃣GLB NX pte", "expected RW or ro before 'GLB'"),
            ("0x0000000000400000-0x0000000000401000           4K USR ro GLB 1️⃣pte", "expected NX or x before the level"),
            ("0x0000000000400000-0x0000000000401000           4K USR 1️⃣pte", "expected RW or ro in a present range"),
            ("... 1️⃣lots of entries skipped ...", "expected the number of skipped entries"),
            ("1️⃣... 12 entries ignored ...", "expected '... N entries skipped ...'"),
            ("1️⃣\u{0}\u{1}ELF", "expected an address"),
        ]
        for (marked, message) in cases {
            let (line, column) = unmark(marked)
            XCTAssertThrowsError(try PtdumpParser.parse(good + "\n" + line + "\n", path: "bad.txt"), line) { error in
                let error = error as! ImportError
                XCTAssertTrue(error.description.hasPrefix("bad.txt:2:\(column): "), "\(marked): \(error.description)")
                XCTAssertTrue(error.description.contains(message), "\(marked): \(error.description)")
                XCTAssertEqual(error.diagnostic.location?.description, "bad.txt:2:\(column)")
            }
        }
    }

    func testMissingFile() {
        XCTAssertThrowsError(try PtdumpParser.parse(contentsOfFile: "/nonexistent/ptdump.txt")) { error in
            XCTAssertEqual((error as! ImportError).message.id, "import.cannot-open")
        }
    }
}

/// Removes the 1️⃣ marker from a line and returns the 1-based column it marked.
func unmark(_ marked: String) -> (String, Int) {
    let marker = "1️⃣"
    guard let range = marked.range(of: marker) else { return (marked, 1) }
    return (marked.replacingCharacters(in: range, with: ""), marked.distance(from: marked.startIndex, to: range.lowerBound) + 1)
}
