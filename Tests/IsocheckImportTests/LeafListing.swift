import Foundation
import IsocheckImport
import XCTest

/// A mappings-*.txt listing of the captures: a comment header, then one line per run with
/// va_start va_end pa_start pa_end pgsize npages flags eff leaf_entry (and labels we ignore).
struct LeafListing {
    /// The first nine columns of one line, as numbers.
    struct Row: Hashable, CustomStringConvertible {
        var virtualAddress: UInt64 = 0
        /// The last byte: an exclusive end of 2^64 (printed with 17 digits) wraps to 0, minus one.
        var lastVirtualAddress: UInt64 = 0
        var physicalAddress: UInt64 = 0
        var lastPhysicalAddress: UInt64 = 0
        var pageSize: UInt64 = 0
        var pageCount: UInt64 = 0
        /// The 11 flag letters `P W U T C A D S a G X`, one bit each.
        var flags: UInt16 = 0
        /// `U`/`K`, `W`/`R`, `X`/`-`, one bit each.
        var effective: UInt8 = 0
        var entry: UInt64 = 0

        var description: String {
            let h = { (value: UInt64) in String(value, radix: 16) }
            return "\(h(virtualAddress))..\(h(lastVirtualAddress)) -> \(h(physicalAddress))..\(h(lastPhysicalAddress)) "
                + "size \(h(pageSize)) x\(pageCount) flags \(String(flags, radix: 2)) eff \(effective) entry \(h(entry))"
        }
    }

    static let flagLetters = Array("PWUTCADSaGX".utf8)

    /// "USER" or "KERNEL".
    let kind: String
    let pgdAddress: UInt64
    let leafCount: UInt64
    let rangeCount: Int
    let tablePageCount: Int
    /// The vCPU the header names and its CR3.
    let cpu: Int
    let cr3: UInt64
    let rows: [Row]

    init(text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        var kind: String?
        var pgd: UInt64?
        var counts: [Int] = []
        var cpu: Int?
        var cr3: UInt64?
        for textLine in text.prefix(4096).split(separator: "\n") where textLine.hasPrefix("#") {
            let words = textLine.split(separator: " ")
            if textLine.hasPrefix("# walk of the ") {
                // "# walk of the USER PGD at PA 0x293d000: 65966 leaves, 65599 merged ranges, 19 paging-structure pages"
                kind = String(words[4])
                pgd = UInt64(words[8].dropFirst(2).dropLast(), radix: 16)
                counts = [words[9], words[11], words[14]].compactMap { Int($0) }
            } else if textLine.hasPrefix("# vCPU(s) with this PGD pair: ") {
                // "# vCPU(s) with this PGD pair: cpu1 CR3=0x000000000293d000 CPL=3"
                cpu = Int(words[6].dropFirst(3))
                cr3 = UInt64(words[7].dropFirst(6), radix: 16)
            }
        }
        guard let kind, let pgd, counts.count == 3, let cpu, let cr3 else {
            XCTFail("listing header not understood", file: file, line: line)
            throw CaptureData.Missing(path: "a listing header")
        }
        var text = text
        let parsed = text.withUTF8 { Self.rows(in: $0) }
        if let bad = parsed.badLine {
            XCTFail("unreadable listing line \(bad)", file: file, line: line)
        }
        (self.kind, self.pgdAddress, self.cpu, self.cr3, self.rows) = (kind, pgd, cpu, cr3, parsed.rows)
        (self.leafCount, self.rangeCount, self.tablePageCount) = (UInt64(counts[0]), counts[1], counts[2])
    }

    /// One pass over the bytes, numbers parsed in place: 40 listings of 65,000 lines must stay
    /// quick in a debug build.
    private static func rows(in bytes: UnsafeBufferPointer<UInt8>) -> (rows: [Row], badLine: Int?) {
        var rows: [Row] = []
        rows.reserveCapacity(70_000)
        var index = 0
        var lineNumber = 0
        while index < bytes.count {
            lineNumber += 1
            if bytes[index] == UInt8(ascii: "#") || bytes[index] == 0x0a {
                while index < bytes.count && bytes[index] != 0x0a { index += 1 }
                index += 1
                continue
            }
            var row = Row()
            var valid = true
            for field in 0..<9 {
                while index < bytes.count && bytes[index] == 0x20 { index += 1 }
                let start = index
                var value: UInt64 = 0
                var letterBits: UInt16 = 0
                while index < bytes.count && bytes[index] != 0x20 && bytes[index] != 0x0a {
                    let byte = bytes[index]
                    let position = index - start
                    switch field {
                    case 4:  // 4K, 2M, 1G
                        if position == 0 { value = byte == 0x34 ? 0x1000 : (byte == 0x32 ? 0x20_0000 : (byte == 0x31 ? 0x4000_0000 : 0)) }
                    case 5:
                        value = value &* 10 &+ UInt64(byte &- 0x30)
                    case 6:
                        if position < 11 && byte == flagLetters[position] { letterBits |= 1 << position }
                    case 7:
                        if byte == UInt8(ascii: "U") || byte == UInt8(ascii: "W") || byte == UInt8(ascii: "X") { letterBits |= 1 << position }
                    default:
                        let digit: UInt64 = byte <= 0x39 ? UInt64(byte &- 0x30) : UInt64(byte &- 0x61 &+ 10)
                        valid = valid && digit < 16
                        value = value &<< 4 | digit
                    }
                    index += 1
                }
                valid = valid && index > start
                switch field {
                case 0: row.virtualAddress = value
                case 1: row.lastVirtualAddress = value &- 1  // 2^64 wrapped to 0
                case 2: row.physicalAddress = value
                case 3: row.lastPhysicalAddress = value &- 1
                case 4: row.pageSize = value
                case 5: row.pageCount = value
                case 6: row.flags = letterBits
                case 7: row.effective = UInt8(letterBits)
                default: row.entry = value
                }
            }
            while index < bytes.count && bytes[index] != 0x0a { index += 1 }
            index += 1
            guard valid && row.pageSize != 0 else { return (rows, lineNumber) }
            rows.append(row)
        }
        return (rows, nil)
    }

    /// The same row for a run of the walker, the flags taken from its 11 letters.
    static func row(_ run: MappingRun) -> Row {
        let letters = Array(run.entry.flagLetters(for: run.pageSize).utf8)
        var flags: UInt16 = 0
        for position in 0..<11 where letters[position] == flagLetters[position] { flags |= 1 << position }
        let effective = UInt8((run.user ? 1 : 0) | (run.writable ? 2 : 0) | (run.noExecute ? 0 : 4))
        return Row(virtualAddress: run.virtualAddress, lastVirtualAddress: run.lastVirtualAddress, physicalAddress: run.physicalAddress,
                   lastPhysicalAddress: run.lastPhysicalAddress, pageSize: run.pageSize.bytes, pageCount: run.pageCount,
                   flags: flags, effective: effective, entry: run.entry.rawValue)
    }
}

/// Fails with the first differing row, rather than dumping 65,000 lines.
func assertSameRows(_ actual: [LeafListing.Row], _ expected: [LeafListing.Row], _ what: String,
                    file: StaticString = #filePath, line: UInt = #line) {
    guard actual != expected else { return }
    let index = zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actual.count, expected.count)
    let mine = index < actual.count ? actual[index].description : "(end)"
    let theirs = index < expected.count ? expected[index].description : "(end)"
    XCTFail("\(what): \(actual.count) walker runs vs \(expected.count) listed; first difference at row \(index):\n  walker:  \(mine)\n  listing: \(theirs)",
            file: file, line: line)
}
